/**
 * Static checks of every built page, without a browser (the browser suite keeps what needs one: console errors,
 * requests, axe, the tools). One test per page, so a failure names the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES, localeOf } from '../../locales';
import { DIST, TEST_SITE_URL, builtPages, documentOf, htmlOf, sitemapPaths } from './site';

const pages = builtPages();
const listed = sitemapPaths();

test('the sitemap lists every built page but the 404 page, under the SITE_URL the build was given', () => {
  expect(listed.length).toBeGreaterThanOrEqual(9);
  expect([...listed].sort()).toEqual(pages.filter((p) => !/^(\/en)?\/404\/$/.test(p)));
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/guide/sms-verification/</loc>`);
  expect(sitemap).not.toContain('localhost');
});

/** Pages that state facts: they end with their sources and show their reviewed date. */
const factual = (path: string) => /^(\/en)?\/(guide|tools|provinces)\//.test(path);

describe.each(pages)('%s', (path) => {
  const doc = documentOf(path);
  const locale = LOCALES[localeOf(path)];

  test('one h1, in its language, a description, a strict CSP', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.documentElement.getAttribute('lang')).toBe(locale.lang);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(20);
    const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;?/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test('refers to no asset on another origin', () => {
    const here = new URL(path, TEST_SITE_URL);
    const foreign = [...doc.querySelectorAll('[src], [srcset], object[data], link[href]')]
      .filter((el) => !['canonical', 'sitemap', 'alternate'].includes(el.getAttribute('rel') ?? ''))
      .flatMap((el) => [
        el.getAttribute('src'),
        el.getAttribute('href'),
        el.getAttribute('data'),
        el.getAttribute('srcset'),
      ])
      .filter((u): u is string => !!u)
      .flatMap((u) => u.split(/,\s+/).map((part) => part.trim().split(/\s+/)[0]!))
      .filter((u) => new URL(u, here).origin !== here.origin);
    expect(foreign).toEqual([]);
  });

  if (!/^(\/en)?\/404\/$/.test(path)) {
    test('its canonical link names the SITE_URL it was built for', () => {
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(TEST_SITE_URL + path);
    });
  }

  if (factual(path)) {
    test('ends with its sources and shows its reviewed date', () => {
      expect([...doc.querySelectorAll('h2')].filter((h) => h.textContent?.trim() === locale.sources)).toHaveLength(1);
      expect(doc.querySelector('footer time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}/);
    });
  }
});

test.each(Object.values(LOCALES))('the $lang 404 page is in its language, with a way back', (locale) => {
  const doc = documentOf(`${locale.prefix}/404/`);
  expect(doc.querySelector('h1')?.textContent?.trim()).toBe(locale.notFound);
  const home = `${locale.prefix}/`;
  expect(
    [...doc.querySelectorAll('a')].some(
      (a) => a.textContent?.trim() === locale.home && a.getAttribute('href') === home,
    ),
  ).toBe(true);
});

test('dist/_headers carries each page’s script hashes and the other security headers', () => {
  const body = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const path of pages) {
    for (const hash of htmlOf(path).match(/'sha256-[^']+'/g) ?? []) expect(body, path).toContain(hash);
  }
  expect(body).toMatch(/^\/\*\n {2}Content-Security-Policy: .*script-src 'self' 'wasm-unsafe-eval' 'sha256-/m);
  expect(body).toContain("frame-ancestors 'none'");
  expect(body).toContain('X-Content-Type-Options: nosniff');
});
