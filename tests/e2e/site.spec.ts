import { htmlOf, sitemapPaths } from '../dist';
import { LOCALES, localeOf } from '../locales';
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
import { PROVINCE_PAGE, elementKinds, samplePages } from './template-samples';

/**
 * What needs a browser, one test per page so that they run in parallel: the page loads with no console error and
 * no request to another origin (the `guard` fixture), and axe finds nothing in the light and the dark theme.
 * The province pages are one template filled with data, with the same scripts and styles: the browser checks that
 * template on a sample of them that holds every kind of element any of them has (tests/e2e/template-samples.ts). The
 * static checks of every page, each province page included (one h1, CSP, description, sources, canonical, no
 * foreign asset), run without a browser in tests/unit/site/.
 */
const paths = sitemapPaths();
const sample = (list: string[], covered?: ReadonlySet<string>) =>
  samplePages(new Map(list.map((p) => [p, htmlOf(p)])), covered);
const kindsOf = (list: string[]) => new Set(list.flatMap((p) => [...elementKinds(htmlOf(p))]));
const zh = paths.filter((p) => localeOf(p) === 'zh-CN');
const en = paths.filter((p) => localeOf(p) === 'en');
/**
 * Every Chinese page but the province pages, which are sampled. The English edition uses the same templates and
 * tools: each English tool page, the English home and /en/provinces/ pages, the English guide pages that hold a kind
 * of element no Chinese guide page has (with the largest), and a sample of the English province pages, chosen the
 * same way as the Chinese ones.
 */
const checked = [
  ...zh.filter((p) => !PROVINCE_PAGE.test(p)),
  ...sample(zh.filter((p) => PROVINCE_PAGE.test(p))),
  ...en.filter((p) => /^\/en\/(tools\/.+|provinces\/)?$/.test(p)),
  ...sample(
    en.filter((p) => /^\/en\/guide\//.test(p)),
    kindsOf(zh.filter((p) => /^\/guide\//.test(p))),
  ),
  ...sample(en.filter((p) => PROVINCE_PAGE.test(p))),
];

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

for (const path of new Set(checked)) {
  pageTest(`${path} loads cleanly and passes axe in both themes`, async ({ workerPage: page }) => {
    await load(page, path);
    const { light, dark } = await axeBothThemes(page);
    expect(light, 'light theme').toEqual([]);
    expect(dark, 'dark theme').toEqual([]);
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
