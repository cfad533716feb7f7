import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_TOPICS } from '../../src/lib/provinces/vocabulary-data';
import { test, expect, axeBothThemes, NOTHING_STORED, storedByPage, waitForIslands } from './fixtures';

/** The 31 entries as stored (the pages are generated from them). */
const dir = join(import.meta.dirname, '..', '..', 'src', 'content', 'provinces');
const PROVINCES = readdirSync(dir)
  .map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as { slug: string; name: string; code: number; rules: unknown[] },
  )
  .sort((a, b) => a.code - b.code);
const index = (slug: string) => PROVINCES.findIndex((p) => p.slug === slug);

test('/provinces/ has a 31-row table, each row linking to its province page, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/provinces/');
  const table = page.getByRole('table', { name: /31 个省/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(31);
  expect(PROVINCES).toHaveLength(31);
  for (const [i, p] of PROVINCES.entries()) {
    await expect(rows.nth(i).getByRole('link', { name: p.name, exact: true })).toHaveAttribute(
      'href',
      `/provinces/${p.slug}/`,
    );
  }
  await expect(table.locator('thead th')).toHaveText(['省份', '管局审核时限', ...RULE_TOPICS]);
  // The picker says plainly that it needs JavaScript, and points to the table that answers by hand.
  // (Inside <noscript>, which Playwright's text and role locators skip: found by its class.)
  const noJs = page.locator('.icp-tool-nojs');
  await expect(noJs).toBeVisible();
  await expect(noJs).toContainText('这个小工具要在浏览器里运行 JavaScript 才能用');
  await expect(noJs.locator('a')).toHaveAttribute('href', `/provinces/#${encodeURIComponent('31-个省份对照表')}`);
  await expect(page.getByLabel('身份证上的户籍所在省份', { exact: true })).toBeHidden();
  await context.close();
});

test('issue 12: the table is not laid out while the page loads, only when the reader scrolls to it', async ({
  page,
}) => {
  // A phone: the table starts far below the first screen. Its layout was the page's longest task (90–125 ms).
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/provinces/');
  const firstRow = page.locator('.icp-province-table tbody tr').first();
  const rendered = () =>
    firstRow.evaluate((tr) => tr.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions));
  expect(await rendered()).toBe(false);
  // Still in the page for search, find-in-page and screen readers.
  await expect(page.getByRole('table', { name: /31 个省/ }).locator('tbody tr')).toHaveCount(31);
  await firstRow.scrollIntoViewIfNeeded();
  await expect.poll(rendered).toBe(true);
  await expect(firstRow.getByRole('link', { name: '北京', exact: true })).toBeVisible();
});

test.describe('the picker', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/tools/province-picker/');
    await waitForIslands(page);
  });

  test('works by keyboard alone and links each rule to its place on the province page', async ({ page }) => {
    const url = page.url();
    const result = page.locator('.icp-province [aria-live="polite"]');
    await expect(result).toContainText('选好省份后');

    await page.getByRole('radio', { name: '个人' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('身份证上的户籍所在省份', { exact: true })).toBeFocused();
    for (let i = 0; i <= index('hunan'); i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('身份证上的户籍所在省份', { exact: true })).toHaveValue('hunan');
    await expect(result).toContainText('湖南省通信管理局（按户籍地）');

    // Past the search field of the 户籍 list to the residence list.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('你现在居住的省份', { exact: true })).toBeFocused();
    for (let i = 0; i <= index('guangdong'); i++) await page.keyboard.press('ArrowDown');
    await expect(result.locator('section')).toHaveCount(2);
    const gd = result.locator('section').nth(1);
    await expect(gd).toContainText('广东省通信管理局（按居住地（跨省））');
    await expect(gd).toHaveAttribute('data-verdict', /^(accepted|conditional|refused|unknown|check)$/);

    // Nothing stored, nothing added to the address of the tool.
    expect(await storedByPage(page)).toEqual(NOTHING_STORED);
    expect(page.url()).toBe(url);

    // Every rule link points at an element that exists on the province page.
    const hrefs = await result.locator('a[href*="#rule-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    const first = hrefs.find((h) => h.startsWith('/provinces/guangdong/'))!;
    await gd.locator(`a[href="${first}"]`).first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((u) => u.pathname + u.hash === first || decodeURI(u.pathname + u.hash) === first);
    await expect(page.locator(`#${first.split('#')[1]}`)).toBeVisible();
  });

  test('typing finds a province: 粤, a filing number, a pinyin, a city; several candidates are buttons', async ({
    page,
  }) => {
    const homeSearch = page.getByRole('searchbox', { name: '输入查找：身份证上的户籍所在省份' });
    const residenceSearch = page.getByRole('searchbox', { name: '输入查找：你现在居住的省份' });
    const home = page.getByLabel('身份证上的户籍所在省份', { exact: true });
    const residence = page.getByLabel('你现在居住的省份', { exact: true });
    await homeSearch.pressSequentially('粤');
    await expect(home).toHaveValue('guangdong');
    await expect(page.locator('.icp-province').getByRole('status').first()).toHaveText('已选：广东（简称“粤”）');
    for (const [q, slug] of [
      ['苏ICP备2026012345号-1', 'jiangsu'],
      ['guangxi', 'guangxi'],
      ['深圳市', 'guangdong'],
    ] as const) {
      await homeSearch.fill(q);
      await expect(home, q).toHaveValue(slug);
    }
    await residenceSearch.pressSequentially('湖');
    await expect(page.locator('.icp-province').getByRole('status').nth(1)).toContainText('有 3 个省份符合');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '浙江（湖州）' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(residence).toHaveValue('hubei');
    await expect(page.locator('.icp-province section')).toHaveCount(2);
  });

  test('a 单位 is sent to the bureau where it is registered', async ({ page }) => {
    await page.getByRole('radio', { name: /^单位/ }).check();
    await expect(page.getByLabel('你现在居住的省份', { exact: true })).toBeHidden();
    await page.getByLabel('单位注册所在省份（营业执照或登记证书上的住所）', { exact: true }).selectOption('zhejiang');
    await expect(page.locator('.icp-province section')).toHaveCount(1);
    await expect(page.locator('.icp-province section')).toContainText('浙江省通信管理局（按注册地）');
  });
});

// The overview and every province page are checked whole, in both themes, by site.spec.ts; here the picker with a result.
test('axe finds no violation in the picker with a result, in both themes', async ({ page }) => {
  await page.goto('/tools/province-picker/');
  await waitForIslands(page);
  await page.getByLabel('身份证上的户籍所在省份', { exact: true }).selectOption('hunan');
  await page.getByLabel('你现在居住的省份', { exact: true }).selectOption('shanghai');
  await page.getByLabel('主体负责人（你本人）的年龄').selectOption('16至17岁');
  await expect(page.locator('.icp-province section')).toHaveCount(2);
  expect(await axeBothThemes(page, '.icp-province')).toEqual({ light: [], dark: [] });
});
