/**
 * The tools on the English pages, as a foreign filer uses them: English labels and results for what they paste and
 * type (mostly Chinese), links that stay on the English pages, nothing stored. The static checks (a counterpart for
 * every page, no untranslated sentence) are in tests/unit/site/locales.test.ts; the component tests cover each
 * island's English copy in detail.
 */
import { test, expect, waitForIslands, NOTHING_STORED, storedByPage } from './fixtures';

test('message decoder: a Chinese notice and an English one, explained in English, links to English pages', async ({
  page,
}) => {
  await page.goto('/en/tools/message-decoder/');
  await waitForIslands(page);
  const box = page.getByLabel('Paste the SMS or notice you received');
  const result = page.locator('.icp-decoder [aria-live="polite"]');

  await box.fill('尊敬的ICP用户：\n您的短信核验完成，请等待其他核验人进行短信核验。');
  await expect(result).toContainText('You have verified; another responsible person has not');
  for (const href of await result.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/en\//);

  await box.fill('【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。');
  await expect(result).toContainText('The filing is approved');
  await expect(result).toContainText('粤ICP备2026012345号-1');

  // A provider's preliminary review passed, in English: never an approval.
  await box.fill(
    'Alibaba Cloud: Your ICP filing application has passed our preliminary review and has been submitted to the ' +
      'Communications Administration for review. Please complete the MIIT SMS verification within 24 hours.',
  );
  await expect(result).not.toContainText('The filing is approved');
  expect(await storedByPage(page)).toEqual(NOTHING_STORED);
});

test('SMS checker: the three boxes of the Chinese page, with what to type instead, in English', async ({ page }) => {
  await page.goto('/en/tools/sms-check/');
  await waitForIslands(page);
  await page.getByLabel('Mobile number (手机号码)').fill('+86 138 0013 8000');
  await expect(page.locator('.icp-smscheck')).toContainText('Starts with “+86”');
  await expect(page.locator('.icp-smscheck')).not.toContainText('开头');
});

test('bureau finder: typing 广东 or guangdong finds Guangdong (广东), with its bureau in English', async ({ page }) => {
  await page.goto('/en/tools/province-picker/');
  await waitForIslands(page);
  const home = page.getByLabel('Province of your household registration (户籍) on your ID card', { exact: true });
  await expect(home.locator('option[value="guangdong"]')).toHaveText('Guangdong (广东)');
  const search = page.getByRole('searchbox').first();
  for (const query of ['广东', 'guangdong']) {
    await search.fill(query);
    await expect(page.getByRole('status').first()).toContainText('Chosen: Guangdong (广东)');
    await expect(home).toHaveValue('guangdong');
  }
  await expect(page.locator('.icp-picker, main').first()).toContainText(
    'Guangdong Communications Administration (广东省通信管理局)',
  );
});
