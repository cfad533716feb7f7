/**
 * The 加入日历 files of the 期限计算 calculators, fetched on first use (the first press of a 加入日历 button) with the
 * .ics writer (src/lib/deadlines/ics) and the download helper: the first view offers the buttons, not the files.
 * Words from the `deadlines` dictionary slice; nothing leaves the browser.
 */
import { fill } from '../../i18n/fill';
import { smsDeadline } from '../../lib/deadlines/sms-window';
import { yearOf } from '../../lib/deadlines/days';
import { buildIcs, dayEvent, dayIcsFileName, deadlineEvent, smsIcsFileName } from '../../lib/deadlines/ics';
import { downloadFile } from '../shared/download';
import { beijingText, dayText, type DeadlinesCopy, type SmsCopy } from './format';

const ICS = 'text/calendar;charset=utf-8';

/**
 * The end of the SMS's 24 hours, with an alarm, for the SMS received at `receivedAt`.
 *
 * @example
 * saveSmsIcs(copy, receivedAt); // downloads icp-sms-deadline-….ics
 */
export function saveSmsIcs(copy: SmsCopy, receivedAt: Date): void {
  const d = smsDeadline(receivedAt);
  const summary = fill(copy.sms.icsSummary, { time: beijingText(copy.common, d) });
  downloadFile(smsIcsFileName(d), buildIcs([deadlineEvent(d, summary, copy.sms.icsDescription)], new Date()), ICS);
}

/** The review window as ReviewWindow computes it. */
export interface ReviewFileInput {
  submitted: string;
  first: string;
  last: string;
  lastLikely?: string;
  estimated: boolean;
  n: number;
}

/**
 * The last day of the 管局 review (its more likely end when the last day is a range).
 *
 * @example
 * saveReviewIcs(copy, { submitted: '2026-09-18', first: '2026-09-20', last: '2026-10-22', estimated: false, n: 20 });
 */
export function saveReviewIcs(copy: Pick<DeadlinesCopy, 'common' | 'review'>, r: ReviewFileInput): void {
  const c = copy.review;
  const day = (d: string) => dayText(copy.common, d);
  const on = r.lastLikely ?? r.last;
  const summary = fill(c.icsSummary, { n: r.n }) + (r.estimated ? c.estimatedTag : '');
  const description =
    fill(c.icsDescription, { submitted: day(r.submitted), first: day(r.first) }) +
    (r.lastLikely ? fill(c.icsLikely, { year: yearOf(on), statutory: day(r.last) }) : '');
  downloadFile(dayIcsFileName(`review-day${r.n}`, on), buildIcs([dayEvent(on, summary, description)], new Date()), ICS);
}

/**
 * The last day of the 30 days for the 公安联网备案, for a site that went live on `live`.
 *
 * @example
 * savePoliceIcs(copy, { live: '2026-11-02', last: '2026-12-02' });
 */
export function savePoliceIcs(copy: Pick<DeadlinesCopy, 'common' | 'police'>, r: { live: string; last: string }): void {
  const { common, police } = copy;
  const description = fill(police.icsDescription, { live: dayText(common, r.live) });
  const ics = buildIcs([dayEvent(r.last, police.icsSummary, description, 'police')], new Date());
  downloadFile(dayIcsFileName('police', r.last), ics, ICS);
}
