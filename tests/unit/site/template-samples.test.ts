/**
 * The pages the browser suite checks with axe (tests/e2e/template-samples.ts): every page of no template, and for each
 * template (guide pages, province pages) a sample, across both languages, that holds every kind of element any of its
 * pages has, so that no markup a template produces goes unchecked.
 */
import { expect, test } from 'vitest';
import { TEMPLATES, browserPages, elementKinds, samplePages } from '../../e2e/template-samples';
import { localeOf } from '../../locales';
import { htmlOf, sitemapPaths } from './site';

test('samplePages: the @example', () => {
  const pages = new Map([
    ['/a/', '<main><p>x</p></main>'],
    ['/b/', '<main><p>y</p><ul><li>z</li></ul></main>'],
  ]);
  expect(samplePages(pages)).toEqual(['/b/']);
});

test('elementKinds: each element with its parent, classes and role; outside <main> is not read', () => {
  const html =
    '<nav><a href="/">x</a></nav><main class="astro-x"><ul><li>a<br><small class="b a">s <a href="/y/">y</a></small></li></ul>' +
    '<div role="note"></div></main>';
  expect([...elementKinds(html)].sort()).toEqual(
    [' > main', 'main > ul', 'ul > li', 'li > br', 'li > small.a.b', 'small.a.b > a', 'main > div[role=note]'].sort(),
  );
});

test('browserPages: the @example', () => {
  const html = (p: string) =>
    p === '/guide/b/' ? '<main><p>x</p><ul><li>y</li></ul></main>' : '<main><p>x</p></main>';
  expect(browserPages(['/', '/guide/a/', '/guide/b/'], html)).toEqual(['/', '/guide/b/']);
});

const paths = sitemapPaths();
const checked = browserPages(paths, htmlOf);
const size = (html: string) => html.match(/<[a-z]/gi)?.length ?? 0;

test('every page of no template is checked in the browser, in both languages', () => {
  const plain = paths.filter((p) => !Object.values(TEMPLATES).some((t) => t.test(p)));
  expect(plain.length).toBeGreaterThanOrEqual(18); // 2 home pages, 14 tool pages, 2 province indexes
  for (const p of plain) expect(checked, p).toContain(p);
  expect(new Set(checked).size).toBe(checked.length);
});

test.each(Object.entries(TEMPLATES))(
  'the %s pages: the sample holds every kind of element of every page, and the largest page, in each language',
  (_, template) => {
    const members = paths.filter((p) => template.test(p));
    expect(members.filter((p) => localeOf(p) === 'en')).toHaveLength(members.length / 2);
    const sample = checked.filter((p) => template.test(p));
    expect(sample.length).toBeLessThan(members.length / 2);
    const covered = new Set(sample.flatMap((p) => [...elementKinds(htmlOf(p))]));
    for (const path of members) {
      const missing = [...elementKinds(htmlOf(path))].filter((k) => !covered.has(k));
      expect(missing, path).toEqual([]);
    }
    const largest = Math.max(...members.map((p) => size(htmlOf(p))));
    expect(sample.some((p) => size(htmlOf(p)) === largest)).toBe(true);
    // Both languages are among the pages loaded.
    expect(new Set(sample.map(localeOf))).toEqual(new Set(['zh-CN', 'en']));
  },
);
