/**
 * The built site (`dist/`) read from disk, for the static checks of tests/unit/site/ and for the browser suite's list
 * of pages. `npm test` builds once, with SITE_URL=https://beian.example.cn (see package.json `build:test`), before
 * either runs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(import.meta.dirname, '..', 'dist');
/** The address `npm test` builds for; the sitemap and canonical links must name it. */
export const TEST_SITE_URL = 'https://beian.example.cn';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'dist/ is missing: these checks read the built site. Run `npm run build:test` (npm test does) first.',
    );
  }
}

/** Every built HTML page as its URL path ('/guide/faq/'), the 404 page as '/404/'. */
export function builtPages(): string[] {
  requireDist();
  const out: string[] = [];
  for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (rel === '404.html') out.push('/404/');
    else out.push('/' + rel.replace(/index\.html$/, ''));
  }
  return out.sort();
}

/** The page paths the sitemap lists (origins dropped). */
export function sitemapPaths(): string[] {
  requireDist();
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) => {
    const xml = readFileSync(join(DIST, new URL(loc!).pathname), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, page]) => new URL(page!).pathname);
  });
}

export function htmlOf(path: string): string {
  const file = path === '/404/' ? '404.html' : join(path.slice(1), 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}
