import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';

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

/**
 * Watch `page` for console errors, uncaught errors and requests to another origin until the returned `stop` is
 * called; `stop` then asserts there were none (other than those allowed).
 */
function watch(page: Page, origin: string): Guard & { stop(): void } {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const allowed: RegExp[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  };
  const onError = (err: Error) => consoleErrors.push(String(err));
  const onRequest = (req: Request) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  return {
    consoleErrors,
    foreignRequests,
    allowConsoleError: (re) => allowed.push(re),
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('request', onRequest);
      expect(
        consoleErrors.filter((e) => !allowed.some((re) => re.test(e))),
        'console errors',
      ).toEqual([]);
      expect(foreignRequests, 'requests to another origin').toEqual([]);
    },
  };
}

/** A CSP violation is reported on the console by Chromium; report it ourselves too, with the directive. */
async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
}

/**
 * Data Saver: the browser asks the site to save data, so pages do not load Pagefind in the background a few seconds
 * after loading (`preloadSearchWhenIdle`). On by default: elsewhere that background load is only CPU spent on
 * something the test does not look at (it happened in about 25 tests). Search still loads the moment a test reaches
 * for it. The search tests turn it off to test the background load itself.
 */
async function emulateDataSaver(page: Page, on: boolean): Promise<void> {
  if (!on) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
}

export const test = base.extend<{ guard: Guard; dataSaver: boolean }>({
  dataSaver: [true, { option: true }],
  guard: [
    async ({ page, baseURL, dataSaver }, use) => {
      await reportCspViolations(page);
      await emulateDataSaver(page, dataSaver);
      const guard = watch(page, new URL(baseURL!).origin);
      await use(guard);
      guard.stop();
    },
    { auto: true },
  ],
});

/**
 * For tests that only load a page and look at it (one test per URL): one browser page per worker, reused from test to
 * test, so that each test is a navigation rather than a new browser context, and axe-core, injected into the same
 * renderer again, is compiled once per worker. The same guard as `test` applies to each test.
 */
export const pageTest = base.extend<{ guard: Guard }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId, colorScheme: 'light' });
      const page = await context.newPage();
      await reportCspViolations(page);
      await emulateDataSaver(page, true);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  guard: [
    async ({ workerPage, baseURL }, use) => {
      const guard = watch(workerPage, new URL(baseURL!).origin);
      await use(guard);
      guard.stop();
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
 * axe-core run in the page itself (injected through the DevTools protocol, so the page's CSP does not apply to it;
 * once per document): the violations as "rule: targets" lines, [] when there are none. `rules` limits the run to
 * those rules (e.g. colour contrast after switching the theme), `include` to one part of the page (an island with a
 * result shown). The top document only: our pages have no frames.
 */
export async function axeViolations(
  page: Page,
  options: { rules?: string[]; include?: string } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async ({ rules, include }) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    type Axe = { run(ctx: Document | { include: string[] }, o: object): Promise<Result> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const runOnly = rules ? { runOnly: rules } : {};
    const { violations } = await axe.run(include ? { include: [include] } : document, {
      resultTypes: ['violations'],
      ...runOnly,
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, options);
}

/**
 * axe in both themes, as every page test does: all rules in the light theme, then colour contrast after switching
 * to the dark theme the way Starlight's theme picker does (the same HTML in other colours). Leaves the page light.
 */
export async function axeBothThemes(page: Page, include?: string): Promise<{ light: string[]; dark: string[] }> {
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  const light = await axeViolations(page, { include });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  const dark = await axeViolations(page, { include, rules: ['color-contrast'] });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  return { light, dark };
}

/**
 * What the page keeps in the browser besides Starlight's own colour theme choice (`starlight-theme`): localStorage
 * and sessionStorage entries and the cookies scripts can see. A tool that stores nothing leaves
 * `{ local: {}, session: {}, cookie: '' }`.
 */
export async function storedByPage(
  page: Page,
): Promise<{ local: Record<string, string>; session: Record<string, string>; cookie: string }> {
  return page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage).filter(([k]) => k !== 'starlight-theme')),
    session: Object.fromEntries(Object.entries(sessionStorage)),
    cookie: document.cookie,
  }));
}

/** {@link storedByPage} of a page where nothing is stored. */
export const NOTHING_STORED = { local: {}, session: {}, cookie: '' };

/**
 * Wait until Starlight has built the search box. Starlight builds it in a `requestIdleCallback` without a timeout, and
 * headless Chromium under load now and then grants a fully loaded page no idle period at all (measured: 1 page in 30
 * opened 5 at a time on a 2-core machine; `document.readyState` complete, Starlight's search script loaded, a new
 * `requestIdleCallback` not called within 3 s). A reader whose search dialog stays empty reloads; the test does the
 * same, once, and notes it in the report, so that a box that never comes still fails.
 */
export async function searchBoxBuilt(page: Page): Promise<void> {
  const input = page.locator('#starlight__search input');
  try {
    await input.waitFor({ state: 'attached', timeout: 10_000 });
  } catch {
    test.info().annotations.push({ type: 'search box', description: 'no idle period in 10 s: page reloaded once' });
    await page.reload();
    await input.waitFor({ state: 'attached', timeout: 10_000 });
  }
}
