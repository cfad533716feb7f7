/**
 * The sample of province pages that the browser suite checks with axe (tests/e2e/template-samples.ts): it must hold
 * every kind of element that any province page has, so that no markup the template can produce goes unchecked.
 */
import { expect, test } from 'vitest';
import { PROVINCE_PAGE, elementKinds, samplePages } from '../../e2e/template-samples';
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

test.each(['zh-CN', 'en'])(
  'the %s province sample holds every kind of element of every province page, and the largest page',
  (lang) => {
    const provinces = sitemapPaths().filter((p) => PROVINCE_PAGE.test(p) && localeOf(p) === lang);
    expect(provinces).toHaveLength(31);
    const pages = new Map(provinces.map((p) => [p, htmlOf(p)]));
    const sample = samplePages(pages);
    expect(sample.length).toBeLessThan(provinces.length);
    const covered = new Set(sample.flatMap((p) => [...elementKinds(pages.get(p)!)]));
    for (const [path, html] of pages) {
      const missing = [...elementKinds(html)].filter((k) => !covered.has(k));
      expect(missing, path).toEqual([]);
    }
    const size = (html: string) => html.match(/<[a-z]/gi)?.length ?? 0;
    const largest = Math.max(...[...pages.values()].map(size));
    expect(sample.some((p) => size(pages.get(p)!) === largest)).toBe(true);
  },
);
