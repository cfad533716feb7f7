import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForIslands, type Page } from './fixtures';

/**
 * What needs a browser, one test per page so that they run in parallel: the page loads with no console error and
 * no request to another origin (the `guard` fixture), and axe finds nothing in the light and the dark theme.
 * Static checks of the same pages (one h1, CSP, description, sources, canonical) run without a browser in
 * tests/unit/site/.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');
function sitemapPaths(): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) =>
    [...readFileSync(join(dist, new URL(loc!).pathname), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, page]) => new URL(page!).pathname,
    ),
  );
}

/**
 * axe on the page in one colour scheme. The light theme gets every rule; the dark theme only what the theme changes
 * (colour contrast): the structure is the same HTML.
 */
async function axe(page: Page, path: string, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  await waitForIslands(page);
  // Expressive Code makes overflowing code blocks focusable from a script, shortly after load.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  const builder = new AxeBuilder({ page });
  if (scheme === 'dark') builder.withRules(['color-contrast']);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `${path} (${scheme})`).toEqual([]);
}

for (const path of sitemapPaths()) {
  test(`${path} loads cleanly and passes axe in both themes`, async ({ page }) => {
    test.setTimeout(60_000);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await axe(page, path, 'light');
    await axe(page, path, 'dark');
  });
}

test('the 404 page is served for an unknown address, in Chinese, with a way back, and passes axe', async ({
  page,
  guard,
}) => {
  guard.allowConsoleError(/status of 404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面没有找到');
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the CSP really blocks an injected inline script, and search (WebAssembly) still works under it', async ({
  page,
  guard,
}) => {
  guard.allowConsoleError(/Content Security Policy|CSP violation/);
  await page.goto('/guide/faq/');
  const ran = await page.evaluate(async () => {
    (window as unknown as { injected?: boolean }).injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { injected?: boolean }).injected;
  });
  expect(ran).toBe(false);
  await page.keyboard.press('Control+k');
  await page.locator('#starlight__search input').fill('授权码');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
});
