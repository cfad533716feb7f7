import { htmlOf, sitemapPaths } from '../dist';
import { LOCALES } from '../locales';
import {
  test,
  pageTest,
  expect,
  axeBothThemes,
  axeViolations,
  searchBoxBuilt,
  waitForIslands,
  type Page,
} from './fixtures';
import { browserPages, samplePages } from './template-samples';

/**
 * What needs a browser, one test per page so that they run in parallel: the page loads with no console error and
 * no request to another origin (the `guard` fixture), and axe finds nothing.
 * Pages made from one template (the guide pages, the province pages) are checked on a sample of them, across both
 * languages, that holds every kind of element any of them has; every other page is checked in both languages
 * (tests/e2e/template-samples.ts). The static checks of every page (one h1, CSP, description, sources, canonical, no
 * foreign asset, ids, names and headings) run without a browser in tests/unit/site/.
 */
const checked = browserPages(sitemapPaths(), htmlOf);
/**
 * The dark theme changes colours, not markup: its colour contrast is checked on the pages, among those, that together
 * hold every kind of element of them all (the header, sidebar and footer are the same on every page).
 */
const darkToo = new Set(samplePages(new Map(checked.map((p) => [p, htmlOf(p)]))));

/** Load `path` as a reader does and wait until its islands have hydrated and its code blocks are set up. */
async function load(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await waitForIslands(page);
  // Expressive Code makes overflowing code blocks focusable from a script, shortly after load.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
}

for (const path of checked) {
  const themes = darkToo.has(path) ? 'in both themes' : 'in the light theme';
  pageTest(`${path} loads cleanly and passes axe ${themes}`, async ({ workerPage: page }) => {
    await load(page, path);
    if (darkToo.has(path)) {
      const { light, dark } = await axeBothThemes(page);
      expect(light, 'light theme').toEqual([]);
      expect(dark, 'dark theme').toEqual([]);
    } else {
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}

for (const locale of Object.values(LOCALES)) {
  test(`the ${locale.lang} 404 page is served for an unknown address there, with a way back, and passes axe`, async ({
    page,
    guard,
  }) => {
    guard.allowConsoleError(/status of 404/);
    const response = await page.goto(`${locale.prefix}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText(locale.notFound);
    await expect(page.getByRole('link', { name: locale.home })).toHaveAttribute('href', `${locale.prefix}/`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('on a 320 px phone the home page has the menu button, and the first question and the tools are on it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const menu = page.getByRole('button', { name: '菜单' });
  await expect(menu).toBeVisible();
  await menu.click();
  await expect(page.locator('#starlight__sidebar').getByRole('link', { name: '要不要备案' })).toBeVisible();
  await menu.click();
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: /要不要备案、能不能备案/ }).first()).toHaveAttribute(
    'href',
    '/guide/need-filing/',
  );
  for (const href of [
    '/tools/province-picker/',
    '/tools/site-name/',
    '/tools/sms-check/',
    '/tools/message-decoder/',
    '/tools/deadlines/',
    '/provinces/',
  ])
    await expect(main.locator(`a[href="${href}"]`).first(), href).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
});

test('the CSP really blocks an injected inline script, and search (WebAssembly) still works under it', async ({
  page,
  guard,
}) => {
  guard.allowConsoleError(/Content Security Policy|CSP violation/);
  await page.goto('/guide/faq/');
  const ran = await page.evaluate(async () => {
    (window as unknown as { injected?: boolean }).injected = false;
    // An inline script runs as it is inserted, or the browser reports that the policy refused it.
    const refused = new Promise<string>((r) =>
      document.addEventListener('securitypolicyviolation', (e) => r(e.effectiveDirective), { once: true }),
    );
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    return { injected: (window as unknown as { injected?: boolean }).injected, refusedBy: await refused };
  });
  expect(ran).toEqual({ injected: false, refusedBy: expect.stringMatching(/^script-src/) });
  // Starlight builds the search box when the browser is first idle after load; a reader opens the dialog after that.
  // (Opened earlier, headless Chromium can hold off that idle moment for as long as the modal dialog is open.)
  await searchBoxBuilt(page);
  await page.keyboard.press('Control+k');
  await page.locator('#starlight__search input').fill('授权码');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
});
