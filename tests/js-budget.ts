/**
 * The one definition of a page's JavaScript budget figure, used by the budget check (tests/unit/site/budget.test.ts)
 * and by `npm run bench` alike, so that "within budget" means one thing: the JavaScript a built page loads at start
 * — its module scripts and its islands' component and renderer modules (every island counted as hydrated, as for a
 * reader who scrolls through the page), with every static import, each file once — gzip level 9, minus the same for
 * the site's lightest content page (a page of Starlight alone as this site builds it: without an island, with a
 * table of contents, so with the site's own search script). Parts an island fetches on first use (dynamic imports,
 * such as the .ics files or Pagefind) are not counted: the first view does not load them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The script files of a page's HTML: module scripts and the islands' component and renderer modules. */
function roots(html: string): string[] {
  const urls = [...html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const [, url] of island.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)) urls.push(url!);
  }
  return urls.filter((u) => u.startsWith('/'));
}

/**
 * Reads a built site (`dist`): what each page loads at start, in gzip bytes.
 *
 * @example
 * const js = startJs('dist');
 * js.total('/tools/deadlines/') - js.baseline(pages); // the page's figure, in bytes
 */
export function startJs(dist: string) {
  const gz = new Map<string, number>();
  const gzBytes = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
    return gz.get(file)!;
  };
  const htmlOf = (page: string) =>
    readFileSync(join(dist, page === '/404/' ? '404.html' : join(page.slice(1), 'index.html')), 'utf8');
  const closure = (file: string, seen: Set<string>) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      closure(new URL(spec!, new URL(file, 'http://x')).pathname, seen);
    }
  };
  /** Every JS file the page loads without user action, with its gzip size. */
  const files = (page: string): Map<string, number> => {
    const seen = new Set<string>();
    for (const root of roots(htmlOf(page))) closure(root, seen);
    return new Map([...seen].map((f) => [f, gzBytes(f)]));
  };
  const total = (page: string) => [...files(page).values()].reduce((a, b) => a + b, 0);
  const hasIslands = (page: string) => /<astro-island\b/.test(htmlOf(page));
  /** The lightest content page among `pages`: no island, a table of contents. */
  const baseline = (pages: readonly string[]) =>
    Math.min(...pages.filter((p) => !hasIslands(p) && /<starlight-toc\b/.test(htmlOf(p))).map((p) => total(p)));
  return { files, total, hasIslands, baseline };
}
