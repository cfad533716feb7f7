import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect, axeBothThemes, waitForIslands, NOTHING_STORED, storedByPage } from './fixtures';

const TOOL = '/tools/site-name/';
const GUIDE = '/guide/site-name/';
const LABEL = '打算填写的网站名称';

const result = (page: import('@playwright/test').Page) => page.locator('.icp-sitename-result').first();

test('the HTML before hydration has the field, the subject choice, the provinces and the sources', async ({
  request,
}) => {
  for (const path of [TOOL, GUIDE]) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const html = await res.text();
    for (const text of [
      '<h1',
      LABEL,
      '备案主体',
      '个人',
      '单位（公司、事业单位、社会组织等）',
      '备案所在省份（可选）',
      'aria-live="polite"',
      'client="visible"',
      'class="icp-sitename not-content"',
      '资料来源',
      'github.com/yunify/qingcloud-docs/blob/',
      // With JavaScript off the frame says the tool needs it and links the guide (shared/Tool.astro).
      'class="icp-tool-nojs"',
      'href="/guide/site-name/#',
    ]) {
      expect(html, `${path}: ${text}`).toContain(text);
    }
    expect(html).toMatch(/<option[^>]*value="zhejiang"[^>]*>浙江<\/option>/);
    expect(html).toMatch(/<option[^>]*value="xinjiang"[^>]*>新疆<\/option>/);
    expect(html).not.toMatch(/client="only"/);
  }
});

test('typing gives a live verdict; subject and province change it', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const input = page.getByLabel(LABEL);
  await input.fill('中國摄影工作室');
  await expect(result(page)).toContainText('这个名称会被驳回或退回');
  await expect(result(page)).toContainText('“中國”（即“中国”）');
  await expect(result(page)).toContainText('工作室');

  await input.fill('小林摄影工作室');
  await expect(result(page)).toContainText('常被驳回或退回');
  await page.getByRole('radio', { name: '单位（公司、事业单位、社会组织等）' }).check();
  await expect(result(page)).toContainText('没有发现问题');

  await input.fill('小林视频教程分享');
  const link = result(page).getByRole('link', { name: '前置审批说明' });
  await expect(link).toHaveAttribute('href', '/guide/pre-approval/');

  await page.getByLabel('备案所在省份（可选）').selectOption('zhejiang');
  await expect(result(page)).toContainText('浙江：');

  // 江苏 prescribes the format of a personal site's name (issue 21): its own 博客 is not held against it.
  await page.getByRole('radio', { name: '个人' }).check();
  await page.getByLabel('备案所在省份（可选）').selectOption('jiangsu');
  await input.fill('张三的个人博客');
  await expect(result(page)).toContainText('没有发现问题');
  await input.fill('小林的摄影作品集');
  await expect(result(page)).toContainText('例如改成“小林的个人博客”');
});

test('what was typed before hydration is read when the island starts', async ({ page }) => {
  // Hold the island's script back until the server-rendered fields have been filled in.
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/SiteNameCheck\.[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(TOOL, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('.icp-sitename input[type="text"]')!;
    input.value = '中国论坛';
    document.querySelector<HTMLInputElement>('.icp-sitename input[value="organisation"]')!.checked = true;
  });
  release();
  await waitForIslands(page);
  await expect(page.getByLabel(LABEL)).toHaveValue('中国论坛');
  await expect(result(page)).toContainText('不是国家机关的单位');
});

test('keyboard only: Tab to the field, type, pick the subject with the arrow keys', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const input = page.getByLabel(LABEL);
  for (let i = 0; i < 80 && !(await input.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('小林手作商城');
  await expect(result(page)).toContainText('商城');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '个人' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '单位（公司、事业单位、社会组织等）' })).toBeChecked();
  await expect(result(page)).toContainText('没有发现问题');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('备案所在省份（可选）')).toBeFocused();
});

test('a 100 KB paste answers at once and nothing is stored', async ({ page, context }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const url = page.url();
  await page.getByLabel(LABEL).fill('中国论坛'.repeat(25_000));
  await expect(result(page)).toContainText('内容太长（100000 个字符）');
  await page.getByLabel(LABEL).fill('小林的摄影作品集');
  await expect(result(page)).toContainText('没有发现问题');
  expect(await storedByPage(page)).toEqual(NOTHING_STORED);
  expect(await context.cookies()).toEqual([]);
  expect(page.url()).toBe(url);
});

test('the tool page loads at most a bare Starlight page + 20 KB gz of island JavaScript (Solid included)', async ({
  page,
}) => {
  await page.goto(TOOL);
  const island = page.locator('astro-island').first();
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  const file = (u: string) => readFileSync(join(dist, new URL(u, 'http://x').pathname));
  const seen = new Set<string>();
  const visit = (u: string) => {
    if (seen.has(u)) return;
    seen.add(u);
    for (const m of file(u)
      .toString('utf8')
      .matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g))
      visit(new URL(m[1]!, new URL(u, 'http://x')).pathname);
  };
  visit((await island.getAttribute('component-url'))!);
  visit((await island.getAttribute('renderer-url'))!);
  const bytes = [...seen].reduce((sum, u) => sum + gzipSync(file(u), { level: 9 }).length, 0);
  console.log(`${TOOL}: island + Solid = ${bytes} B gz (${[...seen].join(', ')})`);
  expect(bytes).toBeGreaterThan(3000);
  expect(bytes).toBeLessThanOrEqual(20 * 1024);
});

test('axe finds no violation in the island with a verdict shown, in both themes', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  await page.getByLabel(LABEL).fill('中国视频论坛😀');
  await page.getByLabel('备案所在省份（可选）').selectOption('beijing');
  await expect(result(page)).toContainText('前置审批');
  expect(await axeBothThemes(page, '.icp-sitename')).toEqual({ light: [], dark: [] });
});
