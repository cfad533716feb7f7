import { test, expect, axeBothThemes, waitForIslands } from './fixtures';

const TOOL = '/tools/domain-check/';
const GUIDE = '/guide/need-filing/';
const LABEL = '域名或网址';

const result = (page: import('@playwright/test').Page) => page.locator('.icp-domain .icp-tool-result').first();

test('the HTML before hydration has the field, its hint, the live region and the sources', async ({ request }) => {
  for (const path of [TOOL, GUIDE]) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const html = await res.text();
    for (const text of [LABEL, 'blog.example.cn', 'aria-live="polite"', 'client="visible"', 'icp-domain', '资料来源']) {
      expect(html, `${path}: ${text}`).toContain(text);
    }
    expect(html).not.toMatch(/client="only"/);
  }
  expect(await (await request.get(TOOL)).text()).toContain('domain.miit.gov.cn/managerdns/index');
});

test('typing gives a live verdict: an unapproved suffix, then an address whose domain is filed', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const input = page.getByLabel(LABEL);
  await input.fill('example.dev');
  await expect(result(page)).toContainText('这个域名现在不能备案');
  await expect(result(page)).toContainText('.dev 不在工信部批准的顶级域名名单里');
  await input.fill('https://blog.example.com.cn/about');
  await expect(result(page)).toContainText('这个后缀在可以备案的名单里');
  await expect(result(page).locator('code', { hasText: /^example\.com\.cn$/ })).toBeVisible();
  await expect(result(page).getByRole('link', { name: '域名实名认证' })).toHaveAttribute(
    'href',
    '/guide/prepare/#域名实名认证持有人要和备案主体一致',
  );
});

test('keyboard only: Tab to the field, type, Tab to the copy button', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const input = page.getByLabel(LABEL);
  for (let i = 0; i < 80 && !(await input.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('例子。中国');
  await expect(result(page)).toContainText('xn--fsqu00a.xn--fiqs8s');
  await page.keyboard.press('Tab');
  await expect(result(page).getByRole('button', { name: /复制/ })).toBeFocused();
});

test('nothing is stored', async ({ page, context }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const url = page.url();
  await page.getByLabel(LABEL).fill('example.cn');
  await expect(result(page)).toContainText('这个后缀在可以备案的名单里');
  const stored = await page.evaluate(() => ({
    local: Object.keys(localStorage).filter((k) => k !== 'starlight-theme'),
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ local: [], session: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);
  expect(page.url()).toBe(url);
});

test('axe finds no violation in the island with a verdict shown, in both themes', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  await page.getByLabel(LABEL).fill('jyj.example.gov.cn');
  await expect(result(page)).toContainText('党政机关');
  expect(await axeBothThemes(page, '.icp-domain')).toEqual({ light: [], dark: [] });
});
