/**
 * Pages made from one template (the 31 province pages of each language: src/pages/provinces/[slug].astro and its
 * English twin; the guide pages: Markdown in Starlight's page, with our components) differ in words, not in the kinds of
 * markup they use, and load the same scripts and styles. The browser suite (load, guard, axe in both themes) checks each
 * template on a sample of its pages, across both languages, rather than on each: the fewest pages whose main content,
 * together, holds every kind of element found on any of them (tag, classes and role, under the same kind of parent),
 * plus the page with the most elements. Every other page (home pages, tool pages, the province index) is checked in the
 * browser in both languages. The static checks of tests/unit/site/ read every page, and check there what does not need
 * a browser (tests/unit/site/a11y.test.ts).
 */
import { localeOf } from '../locales';

/** The address of a province page in either language (`/provinces/anhui/`, `/en/provinces/anhui/`; not the index). */
export const PROVINCE_PAGE = /^(?:\/en)?\/provinces\/[a-z]+\/$/;

/** The address of a guide page in either language (`/guide/faq/`, `/en/guide/faq/`). */
export const GUIDE_PAGE = /^(?:\/en)?\/guide\/[a-z0-9-]+\/$/;

/** The templates whose pages the browser samples. */
export const TEMPLATES = { guide: GUIDE_PAGE, province: PROVINCE_PAGE } as const;

/**
 * The pages the browser suite loads and checks with axe, among `paths` (the sitemap's): each page of no template, and
 * for each template the sample of its pages in both languages ({@link samplePages}) with, in each language, its
 * largest page (the fonts and the words differ). `htmlOf` reads a built page.
 *
 * @example browserPages(['/', '/guide/a/', '/guide/b/'], (p) => (p === '/guide/b/' ? '<main><p>x</p><ul><li>y</li></ul></main>' : '<main><p>x</p></main>'))
 *   // → ['/', '/guide/b/']
 */
export function browserPages(paths: readonly string[], htmlOf: (path: string) => string): string[] {
  const templated = Object.values(TEMPLATES);
  const chosen = paths.filter((p) => !templated.some((t) => t.test(p)));
  for (const template of templated) {
    const members = new Map(paths.filter((p) => template.test(p)).map((p) => [p, htmlOf(p)]));
    const byLanguage = Object.groupBy(members.keys(), localeOf);
    const largest = Object.values(byLanguage).map((list) =>
      list!.reduce((a, b) => (size(members.get(b)!) > size(members.get(a)!) ? b : a)),
    );
    chosen.push(...new Set([...samplePages(members), ...largest]));
  }
  return chosen;
}

/** The kinds of element in `html`'s `<main>`, each as "parent kind > kind" (`ul > li`, `small > a`). */
export function elementKinds(html: string): Set<string> {
  const start = html.indexOf('<main');
  const main = start < 0 ? '' : html.slice(start, html.indexOf('</main>', start) + '</main>'.length);
  const kinds = new Set<string>();
  const open: Array<{ tag: string; kind: string }> = [];
  for (const [, closing, name, attrs] of main.matchAll(/<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const tag = name!.toLowerCase();
    if (closing) {
      while (open.length && open.pop()!.tag !== tag);
      continue;
    }
    const classes = (attrs!.match(/\bclass="([^"]*)"/)?.[1] ?? '')
      .split(/\s+/)
      .filter((c) => c && !c.startsWith('astro-')) // Astro's scoping classes: one per component, not a style
      .sort();
    const role = attrs!.match(/\brole="([^"]*)"/)?.[1];
    const kind = [tag, ...classes].join('.') + (role ? `[role=${role}]` : '');
    kinds.add(`${open.at(-1)?.kind ?? ''} > ${kind}`);
    if (!VOID.has(tag) && !attrs!.trimEnd().endsWith('/')) open.push({ tag, kind });
  }
  return kinds;
}

/** The number of elements in `html`: how large a page is. */
const size = (html: string) => html.match(/<[a-z]/gi)?.length ?? 0;

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The sample axe checks among `pages` (path → HTML): greedily, the page adding the most kinds not yet covered until
 * every kind is, then the page with the most elements if it is not already in.
 *
 * @example samplePages(new Map([['/a/', '<main><p>x</p></main>'], ['/b/', '<main><p>y</p><ul><li>z</li></ul></main>']]))
 *   // → ['/b/']
 */
export function samplePages(pages: Map<string, string>): string[] {
  const kinds = new Map([...pages].map(([path, html]) => [path, elementKinds(html)]));
  const left = new Set([...kinds.values()].flatMap((k) => [...k]));
  const chosen: string[] = [];
  while (left.size > 0) {
    let best = '';
    let gain = 0;
    for (const [path, k] of kinds) {
      const adds = [...k].filter((kind) => left.has(kind)).length;
      if (adds > gain) [best, gain] = [path, adds];
    }
    chosen.push(best);
    for (const kind of kinds.get(best)!) left.delete(kind);
  }
  const largest = [...pages].sort(([, a], [, b]) => size(b) - size(a))[0]?.[0];
  if (largest && !chosen.includes(largest)) chosen.push(largest);
  return chosen;
}
