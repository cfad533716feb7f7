/**
 * Byte budgets (not timings), read from the built files: the JavaScript a page loads — its module scripts and the
 * islands' component and renderer modules, with every static import — gzip level 9, compared with the JavaScript
 * of a page that is Starlight alone (the lightest content page without an island). Shared code is counted once per page, as the browser loads it.
 * The limits are data (budgets.json); `npm run bench` reports what Chromium actually loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import budgets from './budgets.json';
import { DIST, builtPages, documentOf } from './site';

const gz = new Map<string, number>();
function gzBytes(path: string): number {
  if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length);
  return gz.get(path)!;
}

function closure(path: string, seen: Set<string>): void {
  if (seen.has(path)) return;
  seen.add(path);
  const code = readFileSync(join(DIST, path), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    closure(new URL(spec!, new URL(path, 'http://x')).pathname, seen);
  }
}

/** Every JS file a page loads without user action (dynamic imports such as Pagefind's are left out). */
function pageScripts(page: string): Set<string> {
  const doc = documentOf(page);
  const files = new Set<string>();
  const roots = [
    ...[...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
    ...[...doc.querySelectorAll('astro-island')].flatMap((i) => [
      i.getAttribute('component-url'),
      i.getAttribute('renderer-url'),
    ]),
  ].filter((u): u is string => !!u && u.startsWith('/'));
  for (const root of roots) closure(root, files);
  return files;
}

const total = (files: Set<string>) => [...files].reduce((sum, f) => sum + gzBytes(f), 0);
const pages = builtPages();
const withIslands = pages.filter((p) => documentOf(p).querySelector('astro-island'));
// Starlight alone: the lightest content page without an island that has a table of contents, as a bare Starlight
// page with a heading has (the 404 page has no table of contents, so it loads less than any real page).
const baseline = Math.min(
  ...pages
    .filter((p) => !withIslands.includes(p) && documentOf(p).querySelector('starlight-toc'))
    .map((p) => total(pageScripts(p))),
);

test('the baseline (a page of Starlight alone) loads some JavaScript', () => {
  expect(baseline).toBeGreaterThan(1_000);
});

describe.each(withIslands)('%s', (page) => {
  const over = (budgets.over as unknown as Record<string, { extraKiB: number; why: string } | undefined>)[page];
  const rule = over ?? (new RegExp(budgets.toolPage.pages).test(page) ? budgets.toolPage : budgets.pageWithTools);
  test(`loads at most ${rule.extraKiB} KiB gz of JavaScript more than Starlight alone`, () => {
    const extra = total(pageScripts(page)) - baseline;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThanOrEqual(rule.extraKiB * 1024);
  });
});

test('every page listed as over the budget still is (remove it from budgets.json once it fits)', () => {
  for (const page of Object.keys(budgets.over).filter((p) => p.startsWith('/'))) {
    const rule = new RegExp(budgets.toolPage.pages).test(page) ? budgets.toolPage : budgets.pageWithTools;
    expect(total(pageScripts(page)) - baseline, page).toBeGreaterThan(rule.extraKiB * 1024);
  }
});
