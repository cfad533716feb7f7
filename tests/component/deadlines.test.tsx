import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import PoliceDeadline from '../../src/components/deadlines/PoliceDeadline';
import { POLICE_DEADLINE_LABELS } from '../../src/components/deadlines/PoliceDeadline.labels';
import ReviewWindow from '../../src/components/deadlines/ReviewWindow';
import { REVIEW_WINDOW_LABELS } from '../../src/components/deadlines/ReviewWindow.labels';
import SmsDeadline from '../../src/components/deadlines/SmsDeadline';
import { SMS_DEADLINE_LABELS } from '../../src/components/deadlines/SmsDeadline.labels';
import SyncWindow from '../../src/components/deadlines/SyncWindow';
import { SYNC_WINDOW_LABELS } from '../../src/components/deadlines/SyncWindow.labels';
import { setSmsReceived } from '../../src/components/shared/sms-received';
import { PROVINCES, reviewLimit } from '../../src/lib/provinces';

// A fixed "now" (Date only; timers stay real): 2026-12-31 20:30 in Beijing.
const NOW = new Date('2026-12-31T12:30:00Z');
const PROVINCE_LIST = PROVINCES.map((p) => ({ name: p.name, days: reviewLimit(p) }));

const all = () =>
  render(() => (
    <>
      <SmsDeadline labels={SMS_DEADLINE_LABELS} />
      <SyncWindow labels={SYNC_WINDOW_LABELS} />
      <ReviewWindow labels={REVIEW_WINDOW_LABELS} provinces={PROVINCE_LIST} />
      <PoliceDeadline labels={POLICE_DEADLINE_LABELS} />
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

  test('every input has a label; empty fields get today / now after mount (Beijing time)', async () => {
    all();
    const received = screen.getByLabelText(SMS_DEADLINE_LABELS.receivedLabel) as HTMLInputElement;
    const submitted = screen.getByLabelText(REVIEW_WINDOW_LABELS.submittedLabel) as HTMLInputElement;
    const live = screen.getByLabelText(POLICE_DEADLINE_LABELS.liveLabel) as HTMLInputElement;
    expect(screen.getByLabelText(REVIEW_WINDOW_LABELS.provinceLabel).tagName).toBe('SELECT');
    await waitFor(() => expect(received.value).toBe('2026-12-31T20:30'));
    expect(submitted.value).toBe('2026-12-31');
    expect(live.value).toBe('2026-12-31');
  });

  test('核验完成时间 defaults to the SMS time entered above, not to now, until edited', async () => {
    all();
    set(SMS_DEADLINE_LABELS.receivedLabel, '2026-12-30T09:15');
    const verified = screen.getByLabelText(SYNC_WINDOW_LABELS.verifiedLabel) as HTMLInputElement;
    await waitFor(() => expect(verified.value).toBe('2026-12-30T09:15'));
    expect(screen.getByTestId('sync-result')).toHaveTextContent(
      '阿里云：24 小时内，即 2026年12月31日（周四）09:15 之前',
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

  test('bad input: clear Chinese errors, nothing thrown', async () => {
    all();
    const received = screen.getByLabelText(SMS_DEADLINE_LABELS.receivedLabel) as HTMLInputElement;
    await waitFor(() => expect(received.value).not.toBe('')); // the default (now) is in
    fireEvent.input(received, { target: { value: '' } });
    await waitFor(() => expect(received).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('请填写日期和时间，例如 2026-11-28 09:30。')).toBeInTheDocument();

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
    expect(sync).toHaveTextContent('2027年1月4日（周一） 或 2027年1月5日（周二）');
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
    await userEvent.selectOptions(select, '浙江');
    await waitFor(() => expect(screen.getByTestId('review-last')).toHaveTextContent('2026年11月5日（周四）'));
    expect(result).toHaveTextContent('第 30 个工作日（最晚）');
    await userEvent.selectOptions(select, '北京');
    await waitFor(() => expect(result).toHaveTextContent('第 20 个工作日（最晚）'));
  });

  test('a window reaching into 2027 is marked as an estimate', async () => {
    all();
    set(REVIEW_WINDOW_LABELS.submittedLabel, '2026-12-25');
    await waitFor(() => expect(screen.getByTestId('review-last')).toHaveTextContent('2027年1月25日（周一）（估算）'));
    expect(screen.getByTestId('review-result')).toHaveTextContent('元旦放假：2027年1月1日（周五）（估算）');
    expect(screen.getByTestId('review-result')).toHaveTextContent('调休上班日和补假要等通知公布后才知道');
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
  });
});
