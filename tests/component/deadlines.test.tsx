import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import PoliceDeadline from '../../src/components/deadlines/PoliceDeadline';
import ReviewWindow from '../../src/components/deadlines/ReviewWindow';
import SmsDeadline from '../../src/components/deadlines/SmsDeadline';
import SyncWindow from '../../src/components/deadlines/SyncWindow';
// The calculators fetch what the first view does not show on first use (./later.ts); loaded here once, each fetch is
// immediate, as from the browser's cache, so that a result can be read right after typing.
import '../../src/components/deadlines/SmsDeadlineShown';
import '../../src/components/deadlines/SyncResult';
import '../../src/components/deadlines/ZoneChoice';
import '../../src/components/deadlines/ics-files';
import '../../src/lib/deadlines/validate';
import { setSmsReceived } from '../../src/components/shared/sms-received';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import { PROVINCES, reviewLimit } from '../../src/lib/provinces';

// The islands' words, as the .astro wrappers pass them; labels with a {zone} read as Beijing time (the default).
const D = dictionary('zh-CN').deadlines;
const inBeijing = (label: string) => fill(label, { zone: D.common.beijingTime });
const SMS_DEADLINE_LABELS = { ...D.sms, receivedLabel: inBeijing(D.sms.receivedLabel) };
const SYNC_WINDOW_LABELS = { ...D.sync, verifiedLabel: inBeijing(D.sync.verifiedLabel) };
const REVIEW_WINDOW_LABELS = D.review;
const POLICE_DEADLINE_LABELS = D.police;

// A fixed "now" (Date only; timers stay real): 2026-12-31 20:30 in Beijing.
const NOW = new Date('2026-12-31T12:30:00Z');
const PROVINCE_LIST = PROVINCES.map((p) => ({ name: p.name, days: reviewLimit(p) }));

const all = () =>
  render(() => (
    <>
      <SmsDeadline copy={{ common: D.common, sms: D.sms }} />
      <SyncWindow copy={{ common: D.common, sync: D.sync }} />
      <ReviewWindow copy={{ common: D.common, holidays: D.holidays, review: D.review }} provinces={PROVINCE_LIST} />
      <PoliceDeadline copy={{ common: D.common, police: D.police }} />
    </>
  ));
const set = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('期限计算 islands', () => {
  let blobs: Blob[];
  beforeEach(() => {
    setSmsReceived('');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    blobs = [];
    // jsdom has no object URLs and no downloads: capture the Blob, skip the navigation.
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test/' + blobs.length;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('every input has a label; empty day fields get today after mount (Beijing time), the SMS time stays empty', async () => {
    all();
    const received = screen.getByLabelText(SMS_DEADLINE_LABELS.receivedLabel) as HTMLInputElement;
    const submitted = screen.getByLabelText(REVIEW_WINDOW_LABELS.submittedLabel) as HTMLInputElement;
    const live = screen.getByLabelText(POLICE_DEADLINE_LABELS.liveLabel) as HTMLInputElement;
    expect(screen.getByLabelText(REVIEW_WINDOW_LABELS.provinceLabel).tagName).toBe('SELECT');
    await waitFor(() => expect(submitted.value).toBe('2026-12-31'));
    expect(live.value).toBe('2026-12-31');
    expect(received.value).toBe('');
  });

  test('no countdown before the reader gives the SMS time; 刚收到 starts it from now (issue 21)', async () => {
    all();
    const received = screen.getByLabelText(SMS_DEADLINE_LABELS.receivedLabel) as HTMLInputElement;
    await waitFor(() => expect(screen.getByTestId('review-first')).toBeInTheDocument()); // the islands have mounted
    await new Promise((r) => setTimeout(r, 50)); // and their start-up microtasks have run
    const result = screen.getByTestId('sms-result');
    expect(received.value).toBe('');
    expect(received).toHaveAttribute('aria-invalid', 'false');
    expect(result).toHaveTextContent(SMS_DEADLINE_LABELS.waiting);
    expect(result).not.toHaveTextContent(SMS_DEADLINE_LABELS.statusOk);
    expect(screen.getByRole('timer').textContent).toBe('');
    expect(screen.getByTestId('sync-result')).toHaveTextContent(SYNC_WINDOW_LABELS.waiting);

    await userEvent.click(screen.getByRole('button', { name: '刚收到' }));
    expect(received.value).toBe('2026-12-31T20:30');
    await waitFor(() => expect(result).toHaveTextContent('2027年1月1日（周五）20:30'));
    expect(result).toHaveTextContent(SMS_DEADLINE_LABELS.statusOk);
    expect(screen.getByRole('timer')).toHaveTextContent('还剩 1 天 0 小时 00 分 00 秒');
  });

  test('核验完成时间 defaults to the SMS time entered above, not to now, until edited', async () => {
    all();
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-30T09:15');
    const verified = screen.getByLabelText(SYNC_WINDOW_LABELS.verifiedLabel) as HTMLInputElement;
    await waitFor(() => expect(verified.value).toBe('2026-12-30T09:15'));
    // The answer is fetched on first use (a time in the field): it follows in a moment.
    await waitFor(() =>
      expect(screen.getByTestId('sync-result')).toHaveTextContent(
        '阿里云：24 小时内，即 2026年12月31日（周四）09:15 之前',
      ),
    );
    set(SYNC_WINDOW_LABELS.verifiedLabel, '2026-12-30T11:00');
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-30T10:00');
    expect(verified.value).toBe('2026-12-30T11:00');
  });

  test('SMS deadline across the year end, with status, local time rules and countdown outside the live region', async () => {
    all();
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-31T20:00');
    const result = screen.getByTestId('sms-result');
    expect(result).toHaveAttribute('aria-live', 'polite');
    await waitFor(() =>
      expect(result).toHaveTextContent('请在这个时间之前完成核验（北京时间）：2027年1月1日（周五）20:00'),
    );
    expect(result).toHaveTextContent(SMS_DEADLINE_LABELS.statusOk);
    const timer = screen.getByRole('timer');
    expect(result).not.toContainElement(timer);
    expect(timer).toHaveTextContent('还剩 23 小时 30 分 00 秒');

    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-30T22:00'); // deadline 12-31 22:00, 1.5 h left
    await waitFor(() => expect(result).toHaveTextContent('不到 2 小时了'));

    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-29T10:00');
    await waitFor(() => expect(result).toHaveTextContent('备案申请会被退回'));
    expect(screen.getByRole('timer')).toHaveTextContent('已超过 1 天 10 小时 30 分 00 秒');

    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-31T20:31'); // within the minute of tolerance
    await waitFor(() => expect(result).toHaveTextContent('2027年1月1日（周五）20:31'));
    expect(result).not.toHaveTextContent(SMS_DEADLINE_LABELS.futureNote);
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-31T21:00');
    await waitFor(() => expect(result).toHaveTextContent(SMS_DEADLINE_LABELS.futureNote));
  });

  test('the SMS timing as the providers give it (issue 22 items 6 and 20, facts §1)', () => {
    const { container } = render(() => <SmsDeadline copy={{ common: D.common, sms: D.sms }} />);
    const text = container.textContent ?? '';
    // valid 24 hours from receipt, never "from sending"
    expect(text).toContain('从收到短信起 24 小时内');
    expect(text).not.toMatch(/发出/);
    // usually 5–10 minutes after the provider submits the order (JD Cloud's current SMS doc)
    expect(text).toContain('5–10 分钟');
    // two 负责人: each gets an SMS; both verify within 24 hours of the first one
    expect(text).toContain('两人各收到一条短信');
    expect(text).toContain('都在第一条短信到达后的 24 小时内');
  });

  test('bad input: clear Chinese errors, nothing thrown; a cleared SMS time is not an error, only not counted', async () => {
    all();
    const received = screen.getByLabelText(SMS_DEADLINE_LABELS.receivedLabel) as HTMLInputElement;
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-31T10:00');
    await waitFor(() => expect(screen.getByRole('timer').textContent).not.toBe(''));
    fireEvent.input(received, { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole('timer').textContent).toBe(''));
    expect(received).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByTestId('sms-result')).toHaveTextContent(SMS_DEADLINE_LABELS.waiting);

    const submitted = screen.getByLabelText(REVIEW_WINDOW_LABELS.submittedLabel);
    fireEvent.input(submitted, { target: { value: '2100-01-02' } });
    await waitFor(() => expect(screen.getByText(/请填写 2020 年至 2099 年之间的日期/)).toBeInTheDocument());
    expect(submitted).toHaveAccessibleDescription(/2020 年至 2099 年/);
  });

  test('verification before the SMS arrived is an error (end before start)', async () => {
    all();
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-31T10:00');
    set(SYNC_WINDOW_LABELS.verifiedLabel, '2026-12-31T09:00');
    await waitFor(() =>
      expect(screen.getByText('核验完成时间早于收到短信的时间，请检查这两个时间。')).toBeInTheDocument(),
    );
    set(SYNC_WINDOW_LABELS.verifiedLabel, '2026-12-31T11:00');
    const sync = screen.getByTestId('sync-result');
    await waitFor(() =>
      expect(sync).toHaveTextContent('约 30–60 分钟，即 2026年12月31日（周四）11:30 至 2026年12月31日（周四）12:00'),
    );
    expect(sync).toHaveTextContent('阿里云：24 小时内，即 2027年1月1日（周五）11:00 之前');
    // Tencent's 6 hours and 1–2 working days are about the 管局's result reaching it, not the SMS result
    // (issue 22 item 17): no times are computed from them, and the tool says what they are about.
    expect(sync).not.toHaveTextContent('2027年1月4日（周一）');
    expect(sync).not.toHaveTextContent('2026年12月31日（周四）17:00');
    expect(sync).toHaveTextContent('腾讯云没有给出核验结果同步的时间');
    expect(sync).toHaveTextContent('是管局审核结果同步到腾讯云的时间，不是短信核验的结果');
  });

  test('review window across 中秋 and 国庆 2026; the province select sets the limit (浙江 30)', async () => {
    all();
    set(REVIEW_WINDOW_LABELS.submittedLabel, '2026-09-18');
    await waitFor(() => expect(screen.getByTestId('review-first')).toHaveTextContent('2026年9月20日（周日）'));
    expect(screen.getByTestId('review-last')).toHaveTextContent('2026年10月22日（周四）');
    const result = screen.getByTestId('review-result');
    expect(result).toHaveTextContent('第 20 个工作日（最晚）');
    expect(result).toHaveTextContent('国庆节调休上班：2026年9月20日（周日）');
    expect(result).toHaveTextContent('中秋节放假：2026年9月25日（周五） 至 2026年9月27日（周日），共 3 天');
    expect(result).not.toHaveTextContent('估算');

    const select = screen.getByLabelText(REVIEW_WINDOW_LABELS.provinceLabel) as HTMLSelectElement;
    expect(select.options).toHaveLength(32);
    // 浙江's 30 days is 腾讯云's statement, not the law's limit: the option says so (issue 24).
    expect(
      screen.getByRole('option', { name: '浙江（30 个工作日，接入商的说法，不是法规的时限）' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '北京（20 个工作日）' })).toBeInTheDocument();
    await userEvent.selectOptions(select, '浙江');
    await waitFor(() => expect(screen.getByTestId('review-last')).toHaveTextContent('2026年11月5日（周四）'));
    expect(result).toHaveTextContent('第 30 个工作日（最晚）');
    await userEvent.selectOptions(select, '北京');
    await waitFor(() => expect(result).toHaveTextContent('第 20 个工作日（最晚）'));
  });

  test('submitted on the first day of 国庆: the holiday is listed whole, the 20th working day unchanged', async () => {
    all();
    set(REVIEW_WINDOW_LABELS.submittedLabel, '2026-10-01');
    await waitFor(() => expect(screen.getByTestId('review-last')).toHaveTextContent('2026年11月3日（周二）'));
    const result = screen.getByTestId('review-result');
    expect(result).toHaveTextContent('国庆节放假：2026年10月1日（周四） 至 2026年10月7日（周三），共 7 天');
    expect(result).not.toHaveTextContent('共 6 天');
  });

  test('a window reaching into 2027 is marked as an estimate', async () => {
    all();
    set(REVIEW_WINDOW_LABELS.submittedLabel, '2026-12-25');
    await waitFor(() => expect(screen.getByTestId('review-last')).toHaveTextContent('2027年1月25日（周一）（估算）'));
    expect(screen.getByTestId('review-result')).toHaveTextContent('元旦放假：2027年1月1日（周五）（估算）');
    expect(screen.getByTestId('review-result')).toHaveTextContent('调休上班日和补假要等通知公布后才知道');
  });

  test('a window across 春节 2027 (no notice yet) ends in a range, and says which end is more likely (issue 21)', async () => {
    all();
    set(REVIEW_WINDOW_LABELS.submittedLabel, '2027-01-20');
    const last = screen.getByTestId('review-last');
    await waitFor(() => expect(last).toHaveTextContent('2027年2月19日（周五） 至 2027年2月23日（周二）（估算）'));
    const result = screen.getByTestId('review-result');
    expect(result).toHaveTextContent('只扣除法定节假日，是 2027年2月19日（周五）');
    expect(result).toHaveTextContent('照近年的春节安排');
    expect(result).toHaveTextContent('是 2027年2月23日（周二），这一天更可能');
    // the statutory days are still listed as the estimate they are
    expect(result).toHaveTextContent('春节放假：2027年2月5日（周五） 至 2027年2月8日（周一），共 4 天（估算）');
    // the calendar file goes on the more likely day, and names the other
    await userEvent.click(screen.getByRole('button', { name: REVIEW_WINDOW_LABELS.icsButton }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const ics = (await blobs[0]!.text()).replace(/\r\n /g, '');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270223\r\n');
    expect(ics).toContain('只扣除法定节假日则是 2027年2月19日（周五）');
  });

  test('公安联网备案: 30 days after the site goes live', async () => {
    all();
    set(POLICE_DEADLINE_LABELS.liveLabel, '2026-09-18');
    const result = screen.getByTestId('police-result');
    await waitFor(() => expect(result).toHaveTextContent('最晚在这一天办完公安联网备案：2026年10月18日（周日）'));
    expect(result).toHaveTextContent(POLICE_DEADLINE_LABELS.restDayNote);
    set(POLICE_DEADLINE_LABELS.liveLabel, '2026-11-02');
    await waitFor(() => expect(result).toHaveTextContent('2026年12月2日（周三）'));
    expect(result).not.toHaveTextContent(POLICE_DEADLINE_LABELS.restDayNote);
  });

  test('加入日历 buttons produce .ics files with the deadlines', async () => {
    all();
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-31T20:00');
    set(REVIEW_WINDOW_LABELS.submittedLabel, '2026-09-18');
    set(POLICE_DEADLINE_LABELS.liveLabel, '2026-09-18');
    await userEvent.click(await screen.findByRole('button', { name: SMS_DEADLINE_LABELS.icsButton }));
    await userEvent.click(screen.getByRole('button', { name: REVIEW_WINDOW_LABELS.icsButton }));
    await userEvent.click(screen.getByRole('button', { name: POLICE_DEADLINE_LABELS.icsButton }));
    await waitFor(() => expect(blobs).toHaveLength(3)); // the .ics writer is loaded on first use
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    const sms = await blobs[0]!.text();
    expect(sms).toContain('\r\nDTEND:20270101T120000Z\r\n');
    expect(sms).toContain('BEGIN:VALARM');
    const review = await blobs[1]!.text();
    expect(review).toContain('\r\nDTSTART;VALUE=DATE:20261022\r\n');
    expect(review.replace(/\r\n /g, '')).toContain('SUMMARY:ICP 备案：管局审核第 20 个工作日（最晚）');
    const police = await blobs[2]!.text();
    expect(police).toContain('\r\nDTSTART;VALUE=DATE:20261018\r\n');
    expect(police).toContain('UID:police-20261018@icp-beian-guide');
    // every file reminds, not only the SMS one (issue 21): the review's last day at 09:00, the 公安 deadline three
    // days ahead at 09:00
    expect(review).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT9H\r\n');
    expect(police).toContain('\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P2DT15H\r\n');
  });
});

/**
 * Issue 21: a filer abroad reads the SMS time on their phone in their own zone. The same page in several device zones
 * (Node applies a TZ set at run time; the islands are loaded afresh for each, as a page load would): the Beijing
 * answers never move, and where the device is not on UTC+8 the reader may type their own time and sees both.
 */
describe('期限计算 in the reader’s own zone', () => {
  const machineZone = process.env.TZ;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => {
    process.env.TZ = machineZone;
    vi.resetModules();
  });
  const ZONES = [
    // zone, offset, the SMS instant (2026-12-31 20:00 Beijing) there, "now" there, the deadline there
    ['America/Los_Angeles', 'UTC−8', '2026-12-31T04:00', '2026-12-31T04:30', '2027年1月1日（周五）04:00'],
    ['Pacific/Kiritimati', 'UTC+14', '2027-01-01T02:00', '2027-01-01T02:30', '2027年1月2日（周六）02:00'],
    ['UTC', 'UTC+0', '2026-12-31T12:00', '2026-12-31T12:30', '2027年1月1日（周五）12:00'],
  ] as const;

  async function load(zone: string) {
    process.env.TZ = zone;
    vi.resetModules();
    const tl = await import('@solidjs/testing-library');
    const { default: Sms } = await import('../../src/components/deadlines/SmsDeadline');
    const { default: Sync } = await import('../../src/components/deadlines/SyncWindow');
    tl.render(() => (
      <>
        <Sms copy={{ common: D.common, sms: D.sms }} />
        <Sync copy={{ common: D.common, sync: D.sync }} />
      </>
    ));
    return tl;
  }

  for (const [zone, offset, localTyped, localNow, localDeadline] of ZONES) {
    test(
      `${zone}: Beijing time by default, the reader’s own time on request, both shown`,
      { timeout: 30_000 },
      async () => {
        const tl = await load(zone);
        try {
          const own = await tl.screen.findByRole('radio', { name: `我这里的时间（${zone}，${offset}）` });
          const beijing = tl.screen.getByRole('radio', { name: '北京时间' });
          expect(beijing).toBeChecked();
          const result = tl.screen.getByTestId('sms-result');

          // Beijing time typed: the same deadline in every zone, and the reader's own clock beside it
          fireEvent.input(tl.screen.getByLabelText('收到短信的时间（北京时间）'), {
            target: { value: '2026-12-31T20:00' },
          });
          await tl.waitFor(() => expect(result).toHaveTextContent('2027年1月1日（周五）20:00'));
          expect(result).toHaveTextContent(`你这里的时间：${localDeadline}（${offset}）`);

          // the reader's own time: the field now reads their clock; the same instant gives the same deadline
          await userEvent.click(own);
          const field = tl.screen.getByLabelText('收到短信的时间（你这里的时间）') as HTMLInputElement;
          fireEvent.input(field, { target: { value: localTyped } });
          await tl.waitFor(() => expect(result).toHaveTextContent('2027年1月1日（周五）20:00'));
          expect(result).toHaveTextContent(`收到短信：北京时间 2026年12月31日（周四）20:00，你这里的时间`);
          expect(result).toHaveTextContent(`你这里的时间：${localDeadline}（${offset}）`);
          expect(tl.screen.getByRole('timer')).toHaveTextContent('还剩 23 小时 30 分 00 秒');
          // 核验完成时间 follows the SMS time and is read in the same zone
          const verified = tl.screen.getByLabelText('核验完成时间（你这里的时间）') as HTMLInputElement;
          expect(verified.value).toBe(localTyped);
          expect(tl.screen.getByTestId('sync-result')).toHaveTextContent(
            '阿里云：24 小时内，即 2027年1月1日（周五）20:00 之前',
          );

          // 刚收到 fills in now on the reader's clock
          await userEvent.click(tl.screen.getByRole('button', { name: '刚收到' }));
          expect(field.value).toBe(localNow);
          await tl.waitFor(() => expect(result).toHaveTextContent('2027年1月1日（周五）20:30'));
        } finally {
          tl.cleanup();
        }
      },
    );
  }

  test('Asia/Shanghai (UTC+8): no choice to make, Beijing time only', { timeout: 30_000 }, async () => {
    const tl = await load('Asia/Shanghai');
    try {
      fireEvent.input(tl.screen.getByLabelText('收到短信的时间（北京时间）'), {
        target: { value: '2026-12-31T20:00' },
      });
      const result = tl.screen.getByTestId('sms-result');
      await tl.waitFor(() => expect(result).toHaveTextContent('2027年1月1日（周五）20:00'));
      await new Promise((r) => setTimeout(r, 50));
      expect(tl.screen.queryByRole('radio')).toBeNull();
      expect(result).not.toHaveTextContent('你这里的时间');
    } finally {
      tl.cleanup();
    }
  });
});
