/**
 * Pages made from one template and data (the 31 province pages: src/pages/provinces/[slug].astro) differ in words,
 * not in markup, and load the same scripts and styles. The browser suite (load, guard, axe in both themes) checks the
 * template on a sample of them rather than on each: the fewest pages whose main content, together, holds every kind of
 * element found on any of them (tag, classes and role, under the same kind of parent), plus the page with the most
 * elements. The static checks of tests/unit/site/ still read every one of them.
 */

/** The address of a province page in either language (`/provinces/anhui/`, `/en/provinces/anhui/`; not the index). */
export const PROVINCE_PAGE = /^(?:\/en)?\/provinces\/[a-z]+\/$/;

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

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The sample axe checks among `pages` (path → HTML): greedily, the page adding the most kinds not yet covered until
 * every kind is, then the page with the most elements if it is not already in. `covered`: kinds already checked on
 * other pages of the same template (e.g. the Chinese guide pages, all checked, for the English ones).
 *
 * @example samplePages(new Map([['/a/', '<main><p>x</p></main>'], ['/b/', '<main><p>y</p><ul><li>z</li></ul></main>']]))
 *   // → ['/b/']
 */
export function samplePages(pages: Map<string, string>, covered: ReadonlySet<string> = new Set()): string[] {
  const kinds = new Map([...pages].map(([path, html]) => [path, elementKinds(html)]));
  const left = new Set([...kinds.values()].flatMap((k) => [...k]).filter((k) => !covered.has(k)));
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
  const size = (html: string) => html.match(/<[a-z]/gi)?.length ?? 0;
  const largest = [...pages].sort(([, a], [, b]) => size(b) - size(a))[0]?.[0];
  if (largest && !chosen.includes(largest)) chosen.push(largest);
  return chosen;
}
