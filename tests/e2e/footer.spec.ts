import { test, expect, axeBothThemes, waitForIslands } from './fixtures';

const TOOL = '/tools/footer/';
const ICP = 'ICP 备案号';
const PASTE = '网页源代码或页脚代码';

test('the HTML before hydration has both tools, their fields and live regions, and the sources', async ({
  request,
}) => {
  for (const [path, labels] of [
    [TOOL, [ICP, PASTE]],
    ['/guide/after-approval/', [ICP]],
    ['/guide/police-filing/', [PASTE]],
  ] as const) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const html = await res.text();
    for (const text of [...labels, 'aria-live="polite"', 'client="visible"', 'icp-footer', '资料来源']) {
      expect(html, `${path}: ${text}`).toContain(text);
    }
  }
});

test('the writer gives the footer code as text; 广东 gets the 主体备案号', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const writer = page.locator('.icp-footer').first();
  await page.getByLabel(ICP).fill('京ICP备2026000000号-1');
  await page.getByLabel('公安联网备案号（可选）').fill('京公网安备11010802012345号');
  const code = writer.locator('pre code');
  await expect(code).toContainText('<a href="https://beian.miit.gov.cn/"');
  await expect(code).toContainText('webSearch?code=11010802012345');
  await page.getByLabel(ICP).fill('粤ICP备2026012345号-1');
  await expect(code).toContainText('>粤ICP备2026012345号</a>');
  await expect(writer).toContainText('广东管局的要求从哪里来');
});

test('the check reads a pasted footer as text and names what is wrong', async ({ page }) => {
  let ran = false;
  await page.exposeFunction('markRan', () => (ran = true));
  await page.goto(TOOL);
  await waitForIslands(page);
  const check = page.locator('.icp-footer').nth(1);
  await page
    .getByLabel(PASTE)
    .fill(
      '<a href="http://www.miibeian.gov.cn/">京ICP备2026000000号-1</a><img src=x onerror="markRan()"><script>markRan()</script>',
    );
  await expect(check).toContainText('miibeian.gov.cn 已经停用');
  await expect(check.locator('img, script')).toHaveCount(0);
  expect(ran).toBe(false);
});

test('keyboard only: Tab through the writer’s fields to the check', async ({ page }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  const icp = page.getByLabel(ICP);
  for (let i = 0; i < 80 && !(await icp.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(icp).toBeFocused();
  await page.keyboard.type('京ICP备2026000000号');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('公安联网备案号（可选）')).toBeFocused();
});

test('axe finds no violation with results shown, in both themes; nothing is stored', async ({ page, context }) => {
  await page.goto(TOOL);
  await waitForIslands(page);
  await page.getByLabel(ICP).fill('粤ICP备2026012345号-1');
  await page.getByLabel(PASTE).fill('<p>京ICP备2026000000号-1 京公网安备11010802012345号</p>');
  await expect(page.locator('.icp-footer').nth(1)).toContainText('没有链接');
  expect(await axeBothThemes(page, '.icp-footer')).toEqual({ light: [], dark: [] });
  const stored = await page.evaluate(() => ({
    local: Object.keys(localStorage).filter((k) => k !== 'starlight-theme'),
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ local: [], session: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);
});
