import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, axeBothThemes, axeViolations, waitForIslands, NOTHING_STORED, storedByPage } from './fixtures';

const PATH = '/tools/deadlines/';

async function open(page: Page): Promise<void> {
  await page.goto(PATH);
  await waitForIslands(page);
  // hydrated: the day fields' default (today, in Beijing) is filled in; the SMS time is left empty (issue 21)
  await expect(page.getByLabel('提交管局的日期')).not.toHaveValue('');
}

/** Hold the given island scripts until `release()`: what is typed meanwhile is typed before hydration. */
async function holdIslands(page: Page, names: RegExp) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(names, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The same checks in two browser time zones: the answers must not move. */
for (const timezoneId of ['America/Los_Angeles', 'Asia/Shanghai'] as const) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('server-rendered HTML has the four calculators, labels and inputs before hydration', async ({ page }) => {
      const html = await (await page.request.get(PATH)).text();
      for (const text of [
        '收到短信的时间（北京时间）',
        '核验完成时间（北京时间）',
        '提交管局的日期',
        '备案所在省份',
        '浙江（30 个工作日，接入商的说法，不是法规的时限）',
        '网站开通的日期',
        'id="公安联网备案期限"',
      ]) {
        expect(html, text).toContain(text);
      }
      expect(html).toMatch(/<input[^>]*type="date"/);
      expect(html).not.toContain('client="only"');
    });

    test('review window: same first and last working day; the province sets the limit', async ({ page }) => {
      await open(page);
      await page.getByLabel('提交管局的日期').fill('2026-09-18');
      await expect(page.getByTestId('review-first')).toHaveText('2026年9月20日（周日）');
      await expect(page.getByTestId('review-last')).toHaveText('2026年10月22日（周四）');
      await expect(page.getByTestId('review-result')).toContainText('国庆节调休上班：2026年9月20日（周日）');
      await page.getByLabel('备案所在省份').selectOption('浙江');
      await expect(page.getByTestId('review-last')).toHaveText('2026年11月5日（周四）');
    });

    test('SMS deadline: same Beijing time; outside UTC+8 the reader may type their own time and sees both', async ({
      page,
    }) => {
      await open(page);
      await expect(page.getByRole('timer')).toHaveText(''); // nothing counted before a time is given (issue 21)
      await page.getByLabel('收到短信的时间（北京时间）').fill('2026-12-31T20:00');
      const result = page.getByTestId('sms-result');
      await expect(result).toContainText('2027年1月1日（周五）20:00');
      await expect(page.getByRole('timer')).toContainText(/还剩|已超过/);
      const own = page.getByRole('radio', { name: /^我这里的时间/ });
      if (timezoneId === 'America/Los_Angeles') {
        await expect(result.getByText('你这里的时间：2027年1月1日（周五）04:00（UTC−8）')).toBeVisible();
        // the offset now: −8 in winter, −7 in summer (the answers below are for fixed December instants)
        await expect(own).toHaveAccessibleName(/^我这里的时间（America\/Los_Angeles，UTC−[78]）$/);
        // the same instant typed on the reader's own clock gives the same deadline, with both times shown
        await own.check();
        await page.getByLabel('收到短信的时间（你这里的时间）').fill('2026-12-31T04:00');
        await expect(result).toContainText('2027年1月1日（周五）20:00');
        await expect(result).toContainText(
          '收到短信：北京时间 2026年12月31日（周四）20:00，你这里的时间 2026年12月31日（周四）04:00（UTC−8）',
        );
        await expect(page.getByLabel('核验完成时间（你这里的时间）')).toHaveValue('2026-12-31T04:00');
      } else {
        await expect(result.locator('.icp-deadlines-local')).toHaveCount(0);
        await expect(own).toHaveCount(0);
      }
    });

    test('加入日历 downloads .ics files with the deadlines', async ({ page }) => {
      await open(page);
      await page.getByLabel('收到短信的时间（北京时间）').fill('2026-12-31T20:00');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '把核验截止加入日历（.ics）' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('icp-sms-deadline-202701012000.ics');
      const ics = await readFile(await download.path(), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics).toContain('\r\nDTSTART:20270101T110000Z\r\n');
      expect(ics).toContain('\r\nDTEND:20270101T120000Z\r\n');
      expect(ics.replace(/\r\n /g, '')).toContain(
        'SUMMARY:ICP 备案：工信部短信核验截止（北京时间 2027年1月1日（周五）20:00）',
      );
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

      await page.getByLabel('提交管局的日期').fill('2026-12-25');
      const [dl2] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '把审核最后一天加入日历（.ics）' }).click(),
      ]);
      expect(dl2.suggestedFilename()).toBe('icp-review-day20-20270125.ics');
      const ics2 = await readFile(await dl2.path(), 'utf8');
      expect(ics2).toContain('\r\nDTSTART;VALUE=DATE:20270125\r\n');
      expect(ics2).toContain('\r\nDTEND;VALUE=DATE:20270126\r\n');
    });
  });
}

test.describe('issue 12', () => {
  test('values typed before hydration are read and checked, not overwritten with now', async ({ page }) => {
    const release = await holdIslands(
      page,
      /\/_astro\/(SmsDeadline|SyncWindow|ReviewWindow|PoliceDeadline)\.[\w-]+\.js$/,
    );
    await page.goto(PATH);
    await page.getByLabel('收到短信的时间（北京时间）').fill('2026-11-20T09:30');
    await page.getByLabel('提交管局的日期').fill('2026-09-18');
    await page.getByLabel('网站开通的日期').fill('2026-11-02');
    release();
    await waitForIslands(page);
    await expect(page.getByLabel('收到短信的时间（北京时间）')).toHaveValue('2026-11-20T09:30');
    await expect(page.getByTestId('sms-result')).toContainText('2026年11月21日（周六）09:30');
    await expect(page.getByLabel('核验完成时间（北京时间）')).toHaveValue('2026-11-20T09:30');
    await expect(page.getByLabel('提交管局的日期')).toHaveValue('2026-09-18');
    await expect(page.getByTestId('review-last')).toHaveText('2026年10月22日（周四）');
    await expect(page.getByTestId('police-result')).toContainText('2026年12月2日（周三）');
  });

  test.describe('on a UTC+8 device', () => {
    test.use({ timezoneId: 'Asia/Shanghai' });
    test('the islands never call Intl (its first use loads the time-zone data: a long task on a phone)', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { intlCalls: number; ticks: number };
        w.intlCalls = 0;
        // Count the ticks of the islands' one-second clock.
        w.ticks = 0;
        const every = window.setInterval;
        window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
          every(
            typeof fn === 'function' && ms === 1000 ? (...a: unknown[]) => (w.ticks++, fn(...a)) : fn,
            ms,
            ...rest,
          )) as typeof window.setInterval;
        const Original = Intl.DateTimeFormat;
        Intl.DateTimeFormat = new Proxy(Original, {
          construct: (target, args) => (w.intlCalls++, Reflect.construct(target, args)),
          apply: (target, self, args) => (w.intlCalls++, Reflect.apply(target, self, args)),
        });
      });
      await open(page);
      await page.getByLabel('收到短信的时间（北京时间）').fill('2026-12-31T20:00');
      await expect(page.getByTestId('sms-result')).toContainText('2027年1月1日（周五）20:00');
      await expect(page.getByTestId('sync-result')).toContainText('2026年12月31日');
      await page.waitForFunction(() => (window as unknown as { ticks: number }).ticks >= 2); // two ticks of the clock
      expect(await page.evaluate(() => (window as unknown as { intlCalls: number }).intlCalls)).toBe(0);
      await expect(page.locator('.icp-deadlines-local')).toHaveCount(0);
    });
  });

  test('the interpreter’s link to the 公安联网备案 calculator lands on it', async ({ page }) => {
    await page.goto(PATH + '#公安联网备案期限');
    await expect(page.getByRole('heading', { name: '公安联网备案期限', level: 2 })).toBeInViewport();
    await expect(page.getByLabel('网站开通的日期')).toBeVisible();
  });

  test('keyboard focus on a date field is visible (the field and its calendar button)', async ({ page }) => {
    await open(page);
    await page.getByLabel('提交管局的日期').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const styles = await page.getByLabel('提交管局的日期').evaluate((el) => {
      const own = getComputedStyle(el);
      const button = getComputedStyle(el, '::-webkit-calendar-picker-indicator');
      return {
        matches: el.matches(':focus-visible'),
        own: [own.outlineStyle, own.outlineWidth],
        button: button.outlineStyle,
      };
    });
    expect(styles.matches).toBe(true);
    expect(styles.own[0]).not.toBe('none');
    expect(parseFloat(styles.own[1]!)).toBeGreaterThanOrEqual(2);
    expect(styles.button).not.toBe('none');
  });

  test('on a 320 px phone nothing overflows and the review dates are readable', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page);
    await page.getByLabel('提交管局的日期').fill('2026-12-25');
    await expect(page.getByTestId('review-last')).toContainText('估算');
    const overflow = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('.icp-deadlines, .icp-deadlines *')]
        .filter((e) => e.getBoundingClientRect().right > w + 0.5)
        .map((e) => `${e.tagName}.${e.className}`);
    });
    expect(overflow).toEqual([]);
    const last = await page.getByTestId('review-last').boundingBox();
    expect(last!.width).toBeGreaterThan(150); // under its label, not squeezed into a narrow column
  });
});

test.describe('accessibility and behaviour', () => {
  test('keyboard: the inputs, the province select and the buttons are reachable with Tab', async ({ page }) => {
    await open(page);
    await page.getByLabel('收到短信的时间（北京时间）').focus();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      seen.add(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ||
            (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ||
            document.activeElement?.textContent ||
            '',
        ),
      );
    }
    for (const name of [
      '核验完成时间（北京时间）',
      '提交管局的日期',
      '备案所在省份',
      '网站开通的日期',
      '把审核最后一天加入日历（.ics）',
    ]) {
      expect([...seen], name).toContain(name);
    }
    await page.getByLabel('备案所在省份').focus();
    await page.getByLabel('备案所在省份').selectOption('浙江');
    await expect(page.getByTestId('review-result')).toContainText('第 30 个工作日（最晚）');
  });

  test('nothing is stored', async ({ page }) => {
    await open(page);
    await page.getByLabel('提交管局的日期').fill('2026-09-18');
    // Starlight itself may remember the colour theme; nothing of ours is there.
    expect(await storedByPage(page)).toEqual(NOTHING_STORED);
    expect(new URL(page.url()).search).toBe('');
  });

  test('axe finds no violation in the calculators with warnings and estimates shown, in both themes', async ({
    page,
  }) => {
    await open(page);
    await page.getByLabel('收到短信的时间（北京时间）').fill('2026-01-01T10:00'); // passed: red box
    await page.getByLabel('提交管局的日期').fill('2026-12-25'); // estimate: orange box
    await expect(page.getByTestId('sms-result')).toContainText('已经超过 24 小时');
    await expect(page.getByTestId('review-result')).toContainText('估算');
    expect(await axeBothThemes(page, '.icp-deadlines')).toEqual({ light: [], dark: [] });
    await page.getByLabel('提交管局的日期').fill('');
    await expect(page.getByLabel('提交管局的日期')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page, { include: '.icp-deadlines' }), 'with an invalid field').toEqual([]);
  });
});
