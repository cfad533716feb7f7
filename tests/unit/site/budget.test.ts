/**
 * Byte budgets (not timings), read from the built files: the JavaScript a page loads at start beyond the site's
 * lightest content page, as tests/js-budget.ts defines it (the same function gives `npm run bench` its budget
 * column). The limits are data (budgets.json).
 */
import { describe, expect, test } from 'vitest';
import { startJs } from '../../js-budget';
import budgets from './budgets.json';
import { DIST, builtPages } from './site';

const js = startJs(DIST);
const pages = builtPages();
const withIslands = pages.filter((p) => js.hasIslands(p));
const baseline = js.baseline(pages);

test('the baseline (a page of Starlight alone) loads some JavaScript', () => {
  expect(baseline).toBeGreaterThan(1_000);
});

describe.each(withIslands)('%s', (page) => {
  const over = (budgets.over as unknown as Record<string, { extraKiB: number; why: string } | undefined>)[page];
  const rule = over ?? (new RegExp(budgets.toolPage.pages).test(page) ? budgets.toolPage : budgets.pageWithTools);
  test(`loads at most ${rule.extraKiB} KiB gz of JavaScript more than Starlight alone`, () => {
    const extra = js.total(page) - baseline;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThanOrEqual(rule.extraKiB * 1024);
  });
});

test('every page listed as over the budget still is (remove it from budgets.json once it fits)', () => {
  for (const page of Object.keys(budgets.over).filter((p) => p.startsWith('/'))) {
    const rule = new RegExp(budgets.toolPage.pages).test(page) ? budgets.toolPage : budgets.pageWithTools;
    expect(js.total(page) - baseline, page).toBeGreaterThan(rule.extraKiB * 1024);
  }
});
