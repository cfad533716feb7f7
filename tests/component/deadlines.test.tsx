import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Deadlines from '../../src/components/Deadlines';
import { deadlinesLabels } from '../../src/components/Deadlines.labels';

// A fixed "now" (Date only; timers stay real): 2026-12-31 20:30 in Beijing.
const NOW = new Date('2026-12-31T12:30:00Z');

describe('Deadlines island', () => {
  let blobs: Blob[];
  beforeEach(() => {
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

  const setup = () => render(() => <Deadlines labels={deadlinesLabels} />);

  test('every input has a label; defaults are filled in after mount (Beijing time)', async () => {
    setup();
    const received = screen.getByLabelText('短信收到时间（北京时间）') as HTMLInputElement;
    const verified = screen.getByLabelText('核验完成时间（北京时间）') as HTMLInputElement;
    const submitted = screen.getByLabelText('提交管局的日期') as HTMLInputElement;
    expect(screen.getByLabelText('在浙江备案（按 30 个工作日计算）')).toHaveAttribute('type', 'checkbox');
    await waitFor(() => expect(received.value).toBe('2026-12-31T20:30'));
    expect(verified.value).toBe('2026-12-31T20:30');
    expect(submitted.value).toBe('2026-12-31');
  });

  test('SMS deadline across the year end, with status and countdown outside the live region', async () => {
    setup();
    const input = screen.getByLabelText('短信收到时间（北京时间）');
    fireEvent.input(input, { target: { value: '2026-12-31T20:00' } });
    const result = screen.getByTestId('sms-result');
    expect(result).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(result).toHaveTextContent('核验截止：2027年1月1日（周五）20:00'));
    expect(result).toHaveTextContent('请在截止前完成核验。');
    const timer = screen.getByRole('timer');
    expect(result).not.toContainElement(timer);
    expect(timer).toHaveTextContent('剩余 23 小时 30 分 00 秒');

    fireEvent.input(input, { target: { value: '2026-12-30T22:00' } }); // deadline 12-31 22:00, 1.5 h left
    await waitFor(() => expect(result).toHaveTextContent('不到 2 小时了'));

    fireEvent.input(input, { target: { value: '2026-12-29T10:00' } });
    await waitFor(() => expect(result).toHaveTextContent('订单会被退回接入商，需要重新提交备案'));
    expect(screen.getByRole('timer')).toHaveTextContent('已超时 1 天 10 小时 30 分 00 秒');
  });

  test('bad input: clear Chinese errors, nothing thrown', async () => {
    setup();
    const received = screen.getByLabelText('短信收到时间（北京时间）');
    fireEvent.input(received, { target: { value: '' } });
    await waitFor(() => expect(received).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('请填写日期和时间，例如 2026-11-28 09:30。')).toBeInTheDocument();

    const submitted = screen.getByLabelText('提交管局的日期');
    fireEvent.input(submitted, { target: { value: '2040-01-02' } });
    await waitFor(() => expect(screen.getByText(/请填写 2020 年至 2035 年之间的日期/)).toBeInTheDocument());
    expect(submitted).toHaveAccessibleDescription(/2020 年至 2035 年/);
  });

  test('verification before the SMS arrived is an error (end before start)', async () => {
    setup();
    fireEvent.input(screen.getByLabelText('短信收到时间（北京时间）'), { target: { value: '2026-12-31T10:00' } });
    fireEvent.input(screen.getByLabelText('核验完成时间（北京时间）'), { target: { value: '2026-12-31T09:00' } });
    await waitFor(() => expect(screen.getByText('核验完成时间早于短信收到时间，请检查这两个时间。')).toBeInTheDocument());
    fireEvent.input(screen.getByLabelText('核验完成时间（北京时间）'), { target: { value: '2026-12-31T11:00' } });
    const sync = screen.getByTestId('sync-result');
    await waitFor(() => expect(sync).toHaveTextContent('京东云（来源指南）：约 30–60 分钟，即 2026年12月31日（周四）11:30 至 2026年12月31日（周四）12:00'));
    expect(sync).toHaveTextContent('阿里云：24 小时内，即 2027年1月1日（周五）11:00 之前');
    expect(sync).toHaveTextContent('2027年1月4日（周一） 或 2027年1月5日（周二）');
  });

  test('review window across 中秋 and 国庆 2026, holidays listed, 浙江 30 days', async () => {
    setup();
    fireEvent.input(screen.getByLabelText('提交管局的日期'), { target: { value: '2026-09-18' } });
    await waitFor(() => expect(screen.getByTestId('review-first')).toHaveTextContent('2026年9月20日（周日）'));
    expect(screen.getByTestId('review-last')).toHaveTextContent('2026年10月22日（周四）');
    const result = screen.getByTestId('review-result');
    expect(result).toHaveTextContent('第 20 个工作日（最晚）');
    expect(result).toHaveTextContent('国庆节调休上班：2026年9月20日（周日）');
    expect(result).toHaveTextContent('中秋节放假：2026年9月25日（周五） 至 2026年9月27日（周日），共 3 天');
    expect(result).toHaveTextContent('国庆节放假：2026年10月1日（周四） 至 2026年10月7日（周三），共 7 天');
    expect(result).not.toHaveTextContent('估算');

    await userEvent.click(screen.getByLabelText('在浙江备案（按 30 个工作日计算）'));
    await waitFor(() => expect(screen.getByTestId('review-last')).toHaveTextContent('2026年11月5日（周四）'));
    expect(result).toHaveTextContent('第 30 个工作日（最晚）');
  });

  test('a window reaching into 2027 is marked as an estimate', async () => {
    setup();
    fireEvent.input(screen.getByLabelText('提交管局的日期'), { target: { value: '2026-12-25' } });
    await waitFor(() => expect(screen.getByTestId('review-last')).toHaveTextContent('2027年1月25日（周一）（估算）'));
    expect(screen.getByTestId('review-result')).toHaveTextContent('元旦放假：2027年1月1日（周五）（估算）');
    expect(screen.getByTestId('review-result')).toHaveTextContent('调休上班日和补假要等通知公布后才知道');
  });

  test('加入日历 buttons produce .ics files with the deadlines', async () => {
    setup();
    fireEvent.input(screen.getByLabelText('短信收到时间（北京时间）'), { target: { value: '2026-12-31T20:00' } });
    fireEvent.input(screen.getByLabelText('提交管局的日期'), { target: { value: '2026-09-18' } });
    await userEvent.click(await screen.findByRole('button', { name: '把核验截止加入日历（.ics）' }));
    await userEvent.click(screen.getByRole('button', { name: '把审核最后一天加入日历（.ics）' }));
    expect(blobs).toHaveLength(2);
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    const sms = await blobs[0]!.text();
    expect(sms).toContain('\r\nDTEND:20270101T120000Z\r\n');
    expect(sms).toContain('BEGIN:VALARM');
    const review = await blobs[1]!.text();
    expect(review).toContain('\r\nDTSTART;VALUE=DATE:20261022\r\n');
    expect(review.replace(/\r\n /g, '')).toContain('SUMMARY:ICP 备案：管局审核第 20 个工作日（最晚）');
  });

  test('shows only the calculators a page asks for', () => {
    render(() => <Deadlines labels={deadlinesLabels} parts={['review']} />);
    expect(screen.getByRole('heading', { name: deadlinesLabels.reviewHeading })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: deadlinesLabels.smsHeading })).toBeNull();
    expect(screen.queryByRole('heading', { name: deadlinesLabels.syncHeading })).toBeNull();
  });
});
