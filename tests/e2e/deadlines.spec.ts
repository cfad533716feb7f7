import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures';

const PATH = '/tools/deadlines/';

async function open(page: Page): Promise<void> {
  await page.goto(PATH);
  await page.locator('.icpdl').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  // hydrated: the defaults (now, in Beijing) are filled in
  await expect(page.getByLabel('提交管局的日期')).not.toHaveValue('');
}

/** The same checks in two browser time zones: the answers must not move. */
for (const timezoneId of ['America/Los_Angeles', 'Asia/Shanghai'] as const) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('server-rendered HTML has the labels and inputs before hydration', async ({ page }) => {
      await page.goto(PATH);
      const html = await (await page.request.get(PATH)).text();
      for (const text of ['短信收到时间（北京时间）', '核验完成时间（北京时间）', '提交管局的日期', '在浙江备案（按 30 个工作日计算）']) {
        expect(html).toContain(text);
      }
      expect(html).toMatch(/<input[^>]*id="icpdl-submitted"[^>]*type="date"|<input[^>]*type="date"[^>]*id="icpdl-submitted"/);
    });

    test('review window: same first and last working day', async ({ page }) => {
      await open(page);
      await page.getByLabel('提交管局的日期').fill('2026-09-18');
      await expect(page.getByTestId('review-first')).toHaveText('2026年9月20日（周日）');
      await expect(page.getByTestId('review-last')).toHaveText('2026年10月22日（周四）');
      await expect(page.getByTestId('review-result')).toContainText('国庆节调休上班：2026年9月20日（周日）');
      await page.getByLabel('在浙江备案（按 30 个工作日计算）').check();
      await expect(page.getByTestId('review-last')).toHaveText('2026年11月5日（周四）');
    });

    test('SMS deadline: same Beijing time; the local-time line only outside UTC+8', async ({ page }) => {
      await open(page);
      await page.getByLabel('短信收到时间（北京时间）').fill('2026-12-31T20:00');
      const result = page.getByTestId('sms-result');
      await expect(result).toContainText('核验截止：2027年1月1日（周五）20:00');
      const local = result.locator('.icpdl-local');
      if (timezoneId === 'America/Los_Angeles') {
        await expect(local).toHaveText('你的本地时间：2027年1月1日（周五）04:00（UTC−8）');
        await expect(page.locator('.icpdl-note')).toContainText('America/Los_Angeles');
      } else {
        await expect(local).toHaveCount(0);
        await expect(page.locator('.icpdl-note')).not.toContainText('你的设备时区');
      }
      await expect(page.getByRole('timer')).toContainText(/剩余|已超时/);
    });

    test('加入日历 downloads an .ics with the deadline in UTC', async ({ page }) => {
      await open(page);
      await page.getByLabel('短信收到时间（北京时间）').fill('2026-12-31T20:00');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '把核验截止加入日历（.ics）' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('icp-sms-deadline-202701012000.ics');
      const ics = await readFile(await download.path(), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics).toContain('\r\nDTSTART:20270101T110000Z\r\n');
      expect(ics).toContain('\r\nDTEND:20270101T120000Z\r\n');
      expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:ICP 备案：工信部短信核验截止（北京时间 2027年1月1日（周五）20:00）');
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

      await page.getByLabel('提交管局的日期').fill('2026-12-25');
      const [dl2] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '把审核最后一天加入日历（.ics）' }).click(),
      ]);
      const ics2 = await readFile(await dl2.path(), 'utf8');
      expect(ics2).toContain('\r\nDTSTART;VALUE=DATE:20270125\r\n');
      expect(ics2).toContain('\r\nDTEND;VALUE=DATE:20270126\r\n');
    });
  });
}

test.describe('accessibility and behaviour', () => {
  test('keyboard: the inputs and buttons are reachable with Tab', async ({ page }) => {
    await open(page);
    await page.getByLabel('短信收到时间（北京时间）').focus();
    const order: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
    }
    expect(order).toContain('icpdl-verified');
    expect(order).toContain('icpdl-submitted');
    expect(order).toContain('icpdl-zj');
    await page.getByLabel('在浙江备案（按 30 个工作日计算）').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-result')).toContainText('第 30 个工作日（最晚）');
  });

  test('nothing is stored', async ({ page }) => {
    await open(page);
    await page.getByLabel('提交管局的日期').fill('2026-09-18');
    const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, location.search]);
    // Starlight itself may remember the colour theme; nothing of ours is there.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k !== 'starlight-theme')).toEqual([]);
    expect(stored.slice(1)).toEqual([0, '', '']);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation with warnings and estimates shown (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await page.getByLabel('短信收到时间（北京时间）').fill('2026-01-01T10:00'); // passed: red box
      await page.getByLabel('提交管局的日期').fill('2026-12-25'); // estimate: orange box
      await expect(page.getByTestId('sms-result')).toContainText('已超过 24 小时');
      await expect(page.getByTestId('review-result')).toContainText('估算');
      const { violations } = await new AxeBuilder({ page }).include('.icpdl').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.getByLabel('提交管局的日期').fill('');
      await expect(page.locator('#icpdl-submitted-err')).not.toBeEmpty();
      const page2 = await new AxeBuilder({ page }).analyze();
      expect(page2.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
