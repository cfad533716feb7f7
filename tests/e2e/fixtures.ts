import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Shared fixture for every browser test: collects console errors, uncaught page errors and any request that
 * leaves the site's origin, and fails the test on any of them after it ran.
 */
type Guard = {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Accept console errors matching this pattern in the current test (e.g. the 404 status of a 404 page). */
  allowConsoleError(pattern: RegExp): void;
};

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
      // A CSP violation is reported on the console by Chromium; report it ourselves too, with the directive.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
        );
      });
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      const allowed: RegExp[] = [];
      await use({ consoleErrors, foreignRequests, allowConsoleError: (re) => allowed.push(re) });
      expect(
        consoleErrors.filter((e) => !allowed.some((re) => re.test(e))),
        'console errors',
      ).toEqual([]);
      expect(foreignRequests, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };

/**
 * Hydrate every Astro island on the page and wait until they all have (Astro removes the `ssr` attribute then).
 * Islands load `client:visible`, so each one is scrolled into view first.
 */
export async function waitForIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run in the page itself (injected once per page through the DevTools protocol, so the page's CSP does not
 * apply to it): the violations as "rule: targets" lines, [] when there are none. `rules` limits the run (e.g. to
 * colour contrast after switching the theme). The top document only: our pages have no frames.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (runOnly) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'], ...(runOnly ? { runOnly } : {}) });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, rules);
}
