/**
 * 期限计算 in English: the four calculators rendered with the English `deadlines` section (src/i18n/en.ts) and
 * the provinces as an English page names them (src/i18n/provinces). Dates read the English way ("Saturday 5 December 2026, 14:30"),
 * durations and holidays in English with the Chinese holiday names beside them, and the .ics texts in English.
 */
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import PoliceDeadline from '../../src/components/deadlines/PoliceDeadline';
import ReviewWindow from '../../src/components/deadlines/ReviewWindow';
import SmsDeadline from '../../src/components/deadlines/SmsDeadline';
import SyncWindow from '../../src/components/deadlines/SyncWindow';
import { setSmsReceived } from '../../src/components/shared/sms-received';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import { localProvinces } from '../../src/i18n/provinces';
import { reviewLimit } from '../../src/lib/provinces';
import { strayCjk } from './en-text';

const EN = dictionary('en');
const D = EN.deadlines;

const inBeijing = (label: string) => fill(label, { zone: D.common.beijingTime });
const RECEIVED = inBeijing(D.sms.receivedLabel);
const VERIFIED = inBeijing(D.sync.verifiedLabel);
/** As the wrapper (ReviewWindow.astro) builds it on an English page. */
const PROVINCE_LIST = localProvinces('en').map(({ zh, label }) => ({ name: zh.name, label, days: reviewLimit(zh) }));
// 2026-12-05 10:00 in Beijing.
const NOW = new Date('2026-12-05T02:00:00Z');

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
/** The text of a downloaded calendar file, lines unfolded and text unescaped. */
const icsText = async (b: Blob) =>
  (await b.text())
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/gi, '\n');

describe('期限计算 islands in English', () => {
  let blobs: Blob[];
  beforeEach(() => {
    setSmsReceived('');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    blobs = [];
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

  test('English labels, buttons and waiting texts; no Chinese outside quoted terms', async () => {
    const { container } = all();
    expect(screen.getByLabelText('When the SMS arrived (Beijing time, UTC+8)')).toBeInTheDocument();
    expect(screen.getByLabelText('When the verification succeeded (Beijing time, UTC+8)')).toBeInTheDocument();
    expect(screen.getByLabelText('Date of submission to the bureau')).toBeInTheDocument();
    expect(screen.getByLabelText('Date the website went live')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Just received' })).toBeInTheDocument();
    expect(screen.getByTestId('sms-result')).toHaveTextContent('No SMS time entered yet');
    await waitFor(() => expect(screen.getByTestId('review-first')).toBeInTheDocument());
    // Provinces are named in English with the Chinese beside them.
    expect(strayCjk(container.textContent ?? '')).toEqual([]);
  });

  test('the province select names provinces in English and sets the review limit (Zhejiang 30)', async () => {
    all();
    set('Date of submission to the bureau', '2026-09-18');
    const select = screen.getByLabelText('Province of your filing') as HTMLSelectElement;
    expect(select.options).toHaveLength(32);
    expect(screen.getByRole('option', { name: 'Guangdong (广东): 20 working days' })).toBeInTheDocument();
    // Zhejiang's 30 days is Tencent Cloud's statement, not a legal limit: the option says so (issue 24).
    const zhejiang = 'Zhejiang (浙江): 30 working days (a provider’s statement, not a legal limit)';
    expect(screen.getByRole('option', { name: zhejiang })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Zhejiang (浙江): 30 working days' })).toBeNull();
    await userEvent.selectOptions(select, zhejiang);
    const review = screen.getByTestId('review-result');
    await waitFor(() => expect(review).toHaveTextContent('Working day 30 (the latest)'));
    await userEvent.selectOptions(select, 'Beijing (北京): 20 working days');
    await waitFor(() => expect(review).toHaveTextContent('Working day 20 (the latest)'));
  });

  test('the SMS deadline in English: weekday, day, month name, year, 24-hour time; countdown and status', async () => {
    all();
    set(RECEIVED, '2026-12-04T14:30');
    const result = screen.getByTestId('sms-result');
    await waitFor(() =>
      expect(result).toHaveTextContent('Verify before (Beijing time): Saturday 5 December 2026, 14:30'),
    );
    expect(result).toHaveTextContent(D.sms.statusOk);
    expect(screen.getByRole('timer')).toHaveTextContent('Time left: 4 h 30 min 00 s');
    set(RECEIVED, '2026-12-03T09:00');
    await waitFor(() => expect(result).toHaveTextContent('the filing application will be returned (退回)'));
    expect(screen.getByRole('timer')).toHaveTextContent('Overdue by 1 d 1 h 00 min 00 s');
    expect(strayCjk(result.textContent ?? '')).toEqual([]);
  });

  test('the sync window says each provider’s figure with English dates', async () => {
    all();
    set(RECEIVED, '2026-12-04T14:30');
    set(VERIFIED, '2026-12-04T15:00');
    const sync = screen.getByTestId('sync-result');
    await waitFor(() =>
      expect(sync).toHaveTextContent(
        'JD Cloud (one user’s filing with JD Cloud in March 2025): about 30–60 minutes, that is Friday 4 December 2026, 15:30 to Friday 4 December 2026, 16:00',
      ),
    );
    expect(sync).toHaveTextContent('Alibaba Cloud: within 24 hours, that is before Saturday 5 December 2026, 15:00');
    expect(strayCjk(sync.textContent ?? '')).toEqual([]);
  });

  test('bureau review across National Day: English days, holiday names with the Chinese beside them', async () => {
    all();
    set('Date of submission to the bureau', '2026-09-21');
    const review = screen.getByTestId('review-result');
    await waitFor(() => expect(screen.getByTestId('review-first')).toHaveTextContent('Tuesday 22 September 2026'));
    expect(review).toHaveTextContent('Working day 20 (the latest)');
    expect(review).toHaveTextContent(
      'Days off for National Day (国庆节): Thursday 1 October 2026 to Wednesday 7 October 2026, 7 days',
    );
    expect(review).toHaveTextContent(
      'Make-up working day (调休上班日) for National Day (国庆节): Saturday 10 October 2026',
    );
    expect(strayCjk(review.textContent ?? '')).toEqual([]);
    expect(review).toHaveTextContent(
      'Days off for Mid-Autumn Festival (中秋节): Friday 25 September 2026 to Sunday 27',
    );
  });

  test('the public security filing deadline in English, and its calendar file', async () => {
    all();
    set('Date the website went live', '2026-12-05');
    const police = screen.getByTestId('police-result');
    await waitFor(() =>
      expect(police).toHaveTextContent('Finish the public security filing by: Monday 4 January 2027'),
    );
    expect(strayCjk(police.textContent ?? '')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: D.police.icsButton }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const ics = await icsText(blobs[0]!);
    expect(ics).toContain('SUMMARY:After ICP filing: public security filing deadline (day 30 after going live)');
    expect(ics).toContain('DESCRIPTION:Website went live: Saturday 5 December 2026. Do the public security filing');
  });

  test('the SMS deadline’s calendar file speaks English', async () => {
    all();
    set(RECEIVED, '2026-12-04T14:30');
    await waitFor(() => expect(screen.getByRole('button', { name: D.sms.icsButton })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: D.sms.icsButton }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const ics = await icsText(blobs[0]!);
    expect(ics).toContain(
      'SUMMARY:ICP filing: MIIT SMS verification deadline (Saturday 5 December 2026, 14:30 Beijing time)',
    );
  });
});
