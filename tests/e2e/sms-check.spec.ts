import type { Page } from '@playwright/test';
import { test, expect, axeBothThemes, waitForIslands } from './fixtures';

const PATH = '/tools/sms-check/';
const SMS =
  '【工业和信息化部】验证码：654321。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';

/** Record every Storage write made by any script on the page, from before the first script runs. */
async function recordStorageWrites(page: Page) {
  await page.addInitScript(() => {
    const writes: [string, string, string][] = [];
    (window as unknown as { __writes: typeof writes }).__writes = writes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push([this === window.localStorage ? 'local' : 'session', key, String(value)]);
      return setItem.call(this, key, value);
    };
  });
}
const storageWrites = (page: Page) =>
  page.evaluate(() => (window as unknown as { __writes: [string, string, string][] }).__writes);
const storageSnapshot = (page: Page) =>
  page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));

/** The live result region that belongs to a labelled input (the one its aria-describedby names). */
function resultFor(page: Page, label: string) {
  return page
    .locator('.icp-tool-field', { has: page.getByLabel(label, { exact: true }) })
    .last()
    .locator(':scope > [aria-live="polite"]');
}

test('the HTML before hydration already has the labels, inputs and explanations', async ({ request }) => {
  const res = await request.get(PATH);
  expect(res.status()).toBe(200);
  const html = await res.text();
  for (const text of [
    '<h1',
    '短信核验信息自查',
    '把收到的工信部短信整条粘贴到这里',
    '收到短信的时间（北京时间）',
    '短信验证码',
    '手机号码',
    '证件号码后六位',
    '证件类型',
    '第 6 次提交',
    '本站也不保存它',
    'inputmode="numeric"',
    'autocomplete="one-time-code"',
    'inputmode="tel"',
    'autocomplete="tel-national"',
    'aria-live="polite"',
    'client="visible"',
    'href="/guide/sms-verification/"',
    '资料来源',
  ]) {
    expect(html, text).toContain(text);
  }
  expect(html).not.toMatch(/client="only"/);
});

test('typing into the island shows errors and corrected values', async ({ page }) => {
  await page.goto(PATH);
  await waitForIslands(page);

  await page.getByLabel('短信验证码', { exact: true }).fill('６５４３２１');
  await expect(resultFor(page, '短信验证码')).toContainText('全角');
  await expect(page.locator('.icp-smscheck-copy code').first()).toHaveText('654321');

  await page.getByLabel('手机号码', { exact: true }).fill('+86 138-1234-5678');
  const phone = resultFor(page, '手机号码');
  await expect(phone).toContainText('“+86”');
  await expect(phone).toContainText('请填写：13812345678');

  await page.getByLabel('手机号码', { exact: true }).fill('17012345678');
  await expect(phone).toContainText('虚拟运营商');

  // A lower-case x: advised to type X (no source says the page refuses it), with X offered to copy.
  await page.getByLabel('证件号码后六位', { exact: true }).fill('31002x');
  await expect(resultFor(page, '证件号码后六位')).toContainText('大写 X');
  await expect(page.locator('.icp-smscheck-copy code').last()).toHaveText('31002X');
});

test('pasting the SMS fills the code and shows the filing type and the Beijing deadline', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T06:05:00Z')); // 14:05 in Beijing
  await page.goto(PATH);
  await waitForIslands(page);
  // Nothing is counted until the reader gives the receipt time (issue 21).
  await expect(page.getByLabel('收到短信的时间（北京时间）')).toHaveValue('');
  await expect(page.getByRole('timer')).toHaveText('');
  await page.getByLabel('把收到的工信部短信整条粘贴到这里').fill(SMS);
  await expect(page.getByLabel('短信验证码', { exact: true })).toHaveValue('654321');
  await expect(page.getByText('新增接入', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '刚收到' }).click();
  await expect(page.getByLabel('收到短信的时间（北京时间）')).toHaveValue('2026-11-28T14:05');
  await expect(page.getByTestId('sms-result')).toContainText('2026年11月29日（周日）14:05');
  await page.getByLabel('收到短信的时间（北京时间）').fill('2026-11-28T09:30');
  await expect(page.getByTestId('sms-result')).toContainText('2026年11月29日（周日）09:30');
  await expect(page.getByRole('timer')).toContainText(/还剩 19 小时 25 分/);
});

test('keyboard only: Tab through the fields, copy, and use the document helper', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PATH);
  await waitForIslands(page);

  // Tab from the top of the page until the SMS box has focus.
  const sms = page.getByLabel('把收到的工信部短信整条粘贴到这里');
  for (let i = 0; i < 80 && !(await sms.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(sms).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('收到短信的时间（北京时间）')).toBeFocused();
  await page.keyboard.press('Tab');
  // datetime-local has several sub-fields, then the 刚收到 button; keep tabbing until the code field.
  const code = page.getByLabel('短信验证码', { exact: true });
  for (let i = 0; i < 8 && !(await code.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(code).toBeFocused();
  await page.keyboard.type('123 456');
  await expect(resultFor(page, '短信验证码')).toContainText('空格');

  // Next stop is the copy button of the corrected code.
  await page.keyboard.press('Tab');
  const copy = page.getByRole('button', { name: /复制.*短信验证码/ });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(copy).toHaveText(/已复制/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('123456');

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('手机号码', { exact: true })).toBeFocused();
  await page.keyboard.type('13812345678');
  await expect(resultFor(page, '手机号码')).toContainText('这样填写可以');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // copy button of the phone
  await expect(page.getByLabel('证件号码后六位', { exact: true })).toBeFocused();

  // Open the helper with the keyboard, choose 香港身份证, type the number, fill the tail.
  await page.keyboard.press('Tab');
  await expect(page.getByText('不确定后六位？用完整证件号推算')).toBeFocused();
  await page.keyboard.press('Enter');
  const type = page.getByLabel('证件类型');
  await expect(type).toBeVisible(); // the helper is fetched on first use
  await page.keyboard.press('Tab');
  await expect(type).toBeFocused();
  await type.selectOption('hk-id'); // a <select> changes with the keyboard too; selectOption fires the same events
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('完整证件号码')).toBeFocused();
  await page.keyboard.type('A123456(3)');
  await expect(resultFor(page, '完整证件号码')).toContainText('456(3)');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '填入“证件号码后六位”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('证件号码后六位', { exact: true })).toHaveValue('456(3)');
  await expect(page.getByLabel('证件号码后六位', { exact: true })).toBeFocused();
});

test('nothing is stored and the URL does not change', async ({ page, context }) => {
  await recordStorageWrites(page);
  await page.goto(PATH);
  await waitForIslands(page);
  const url = page.url();
  const before = await storageSnapshot(page);
  const writesBefore = (await storageWrites(page)).length;

  await page.getByLabel('把收到的工信部短信整条粘贴到这里').fill(SMS);
  await page.getByLabel('手机号码', { exact: true }).fill('13812345678');
  await page.getByLabel('证件号码后六位', { exact: true }).fill('31002X');
  await page.getByText('不确定后六位？用完整证件号推算').click();
  await page.getByLabel('完整证件号码').fill('11010519491231002X');
  await page.getByRole('button', { name: '填入“证件号码后六位”' }).click();
  await expect(page.getByLabel('证件号码后六位', { exact: true })).toHaveValue('31002X');

  // The island writes nothing at all …
  expect((await storageWrites(page)).slice(writesBefore)).toEqual([]);
  // … and the only key ever written on this page is Starlight's own theme preference (set on load), never our data.
  for (const [, key, value] of await storageWrites(page)) {
    expect(key).toBe('starlight-theme');
    expect(value).not.toMatch(/654321|13812345678|31002X|110105/);
  }
  const after = await storageSnapshot(page);
  expect(after).toEqual(before);
  expect(Object.keys(after.local).filter((k) => k !== 'starlight-theme')).toEqual([]);
  expect(after.session).toEqual({});
  expect(after.cookie).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(page.url()).toBe(url);
});

test('axe finds no violation in the island with every kind of result shown, in both themes', async ({ page }) => {
  await page.goto(PATH);
  await waitForIslands(page);
  // Show every kind of result: error, warning, ok, the helper and the SMS notes.
  await page.getByLabel('把收到的工信部短信整条粘贴到这里').fill('验证码：123456 请访问 example.top');
  await page.getByLabel('短信验证码', { exact: true }).fill('12345');
  await page.getByLabel('手机号码', { exact: true }).fill('17012345678');
  await page.getByLabel('证件号码后六位', { exact: true }).fill('31002X');
  await page.getByText('不确定后六位？用完整证件号推算').click();
  await page.getByLabel('证件类型').selectOption('macau-id');
  await page.getByLabel('完整证件号码').fill('1234567(8)');
  await expect(resultFor(page, '完整证件号码')).toContainText('567(8)');
  expect(await axeBothThemes(page, '.icp-smscheck')).toEqual({ light: [], dark: [] });
});

test.describe('issue 12', () => {
  test('values typed before hydration are read and checked at start (no “手机号不能为空” for a filled field)', async ({
    page,
  }) => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/SmsCheck\.[\w-]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(PATH);
    await page.getByLabel('收到短信的时间（北京时间）').fill('2026-11-28T09:30');
    await page.getByLabel('手机号码', { exact: true }).fill('+86 138 1234 5678');
    await page.getByLabel('证件号码后六位', { exact: true }).fill('31002x');
    release();
    await waitForIslands(page);
    const phone = page.getByLabel('手机号码', { exact: true });
    await expect(phone).toHaveValue('+86 138 1234 5678');
    await expect(resultFor(page, '手机号码')).toContainText('“+86”');
    await expect(resultFor(page, '证件号码后六位')).toContainText('大写 X');
    await expect(page.getByLabel('收到短信的时间（北京时间）')).toHaveValue('2026-11-28T09:30');
    await expect(page.getByTestId('sms-result')).toContainText('2026年11月29日（周日）09:30');
    await phone.focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.icp-smscheck')).not.toContainText('手机号不能为空');
  });

  test('Back to the page: the restored phone number is checked, not judged empty', async ({ page }) => {
    await page.goto(PATH);
    await waitForIslands(page);
    await page.getByLabel('手机号码', { exact: true }).fill('13812345678');
    await page.goto('/guide/why/');
    await page.goBack();
    await waitForIslands(page);
    const phone = page.getByLabel('手机号码', { exact: true });
    const restored = await phone.inputValue();
    test.skip(restored === '', 'this browser restored nothing on Back');
    await expect(resultFor(page, '手机号码')).toContainText('这样填写可以');
    await phone.focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.icp-smscheck')).not.toContainText('手机号不能为空');
  });

  test('full-width brackets in an HK ID tail: a warning and both forms to copy, not “会被页面拒绝”', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PATH);
    await waitForIslands(page);
    await page.getByLabel('证件号码后六位', { exact: true }).fill('456（3）');
    const out = resultFor(page, '证件号码后六位');
    await expect(out).toContainText('这样填写页面会接受，但请留意');
    await expect(out).toContainText('先问接入商');
    await expect(out).not.toContainText('两种都收');
    await expect(out).not.toContainText('会被页面拒绝');
    // Issue 22: each form with its own copy button.
    await page.getByRole('button', { name: /复制.*证件号码后六位.*全角括号/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('456（3）');
    await page.getByRole('button', { name: /复制.*证件号码后六位.*半角括号/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('456(3)');
  });
  // The script time of a keystroke with 100 KB in a field is measured by npm run bench, not asserted here.
});

for (const path of [PATH, '/guide/sms-verification/']) {
  test(`no horizontal overflow at 320 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await waitForIslands(page);
    await page.getByLabel('证件号码后六位', { exact: true }).fill('456（3）');
    const overflow = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('.icp-smscheck, .icp-smscheck *, .icp-deadlines, .icp-deadlines *')]
        .filter((e) => e.getBoundingClientRect().right > w + 0.5)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().width)}px`);
    });
    expect(overflow).toEqual([]);
  });
}
