import { test, expect, axeBothThemes, axeViolations, waitForIslands, NOTHING_STORED, storedByPage } from './fixtures';

const PATH = '/tools/message-decoder/';
const LABEL = '粘贴收到的短信或提示';

test('the server HTML already has the label, paste box, examples, privacy note and the ten texts', async ({
  request,
}) => {
  const res = await request.get(PATH);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain(LABEL);
  expect(html).toMatch(/<textarea[^>]*id="[^"]+"/);
  expect(html).toContain('试试示例');
  expect(html).toContain('不会上传、保存');
  expect(html).toContain('aria-live="polite"');
  for (const text of [
    '您的短信核验完成,请等待其他核验人进行短信核验。',
    '该条验证库里找不到记录或已完成验证。',
    '重发次数已到上限，若不能及时完成短信核验，您的备案申请将会被退回。',
  ]) {
    expect(html).toContain(text);
  }
  expect(html).toContain('client="visible"');
  expect(html).toMatch(/class="icp-decoder not-content"/);
  expect(html).not.toMatch(/状态码|原始参考指南|参考指南|5 分钟内/);
});

test('a text typed before hydration is read when the island starts', async ({ page }) => {
  await page.goto(PATH);
  const box = page.getByLabel(LABEL);
  await box.fill('尊敬的ICP用户：该条验证库里找不到记录或已完成验证。');
  await waitForIslands(page);
  await expect(page.locator('.icp-decoder [aria-live="polite"]')).toContainText('没找到相关记录');
});

test('on a narrow screen the answer is brought into view after an example or 解读; focus stays on the button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PATH);
  await waitForIslands(page);
  const title = page.locator('.icp-decoder [aria-live="polite"] .icp-decoder-title');
  await expect(title).not.toBeInViewport();
  const example = page.getByRole('button', { name: '找不到记录' });
  await example.click();
  await expect(title).toContainText('没找到相关记录');
  await expect(title).toBeInViewport();
  await expect(example).toBeFocused();

  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(title).not.toBeInViewport();
  const decode = page.getByRole('button', { name: '解读' });
  await decode.click();
  await expect(title).toBeInViewport();
  await expect(decode).toBeFocused();
});

test.describe('in the browser', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PATH);
    await waitForIslands(page);
  });

  test('paste a text, read the interpretation', async ({ page }) => {
    const url = page.url();
    // Starlight's theme picker keeps its own `starlight-theme` key; the tool must add nothing.
    expect(await storedByPage(page)).toEqual(NOTHING_STORED);
    const box = page.getByLabel(LABEL);
    const result = page.locator('.icp-decoder [aria-live="polite"]');
    await expect(result).toContainText('请先粘贴内容');

    await box.fill('尊敬的ICP用户：\n您的短信核验完成，请等待其他核验人进行短信核验。');
    await expect(result).toContainText('你已核验，还差其他负责人');
    await expect(result).not.toContainText('31');
    await expect(result.getByRole('link', { name: '用期限计算器算出具体时间' })).toHaveAttribute(
      'href',
      '/tools/deadlines/',
    );

    await box.fill('【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。');
    await expect(result).toContainText('备案已通过');
    await expect(result).toContainText('粤ICP备2026012345号-1');

    await box.fill('【阿里云】您的ICP备案订单被管局退回，退回原因：网站名称不符合要求，请修改后重新提交。');
    await expect(result).toContainText('网站名称不符合要求');

    // Nothing stored, nothing in the URL.
    expect(page.url()).toBe(url);
    expect(await storedByPage(page)).toEqual(NOTHING_STORED);
    expect(await page.context().cookies()).toEqual([]);
  });

  test('keyboard only', async ({ page }) => {
    const box = page.getByLabel(LABEL);
    const result = page.locator('.icp-decoder [aria-live="polite"]');
    await box.focus();
    await page.keyboard.insertText('该条验证库里找不到记录或已完成验证。');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '解读' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(result).toContainText('没找到相关记录');

    await page.keyboard.press('Tab'); // 清空
    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await expect(result).toContainText('请先粘贴内容');

    await page.keyboard.press('Tab'); // 解读
    await page.keyboard.press('Tab'); // 清空
    await page.keyboard.press('Tab'); // first example
    await expect(page.getByRole('button', { name: '工信部短信' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(result).toContainText('482913');
    await expect(result).toContainText('新增接入');
  });

  test('HTML in the input stays text', async ({ page }) => {
    const result = page.locator('.icp-decoder [aria-live="polite"]');
    await page
      .getByLabel(LABEL)
      .fill('您的备案已被驳回，原因：<img src=x onerror="window.__pwned=1"><b id="pwn">x</b>');
    await expect(result).toContainText('<img src=x onerror="window.__pwned=1">');
    await expect(page.locator('.icp-decoder img, #pwn')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('axe finds no violation in the interpreter with a result shown, in both themes', async ({ page }) => {
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('button', { name: '审核通过' }).click();
    await expect(page.locator('.icp-decoder [aria-live="polite"]')).toContainText('备案已通过');
    expect(await axeBothThemes(page, '.icp-decoder')).toEqual({ light: [], dark: [] });
    await page.getByLabel(LABEL).fill('今天天气不错');
    expect(await axeViolations(page, { include: '.icp-decoder' }), 'an unknown text').toEqual([]);
  });
});
