/**
 * The countdown of the SMS's 24 hours as the islands write it (words: the `deadlines` dictionary slice). Fetched with
 * ./SmsDeadlineShown, once a receipt time is given; the numbers come from src/lib/deadlines/sms-window.
 */
import { fill } from '../../i18n/fill';
import { durationParts, smsDeadline, timeLeft } from '../../lib/deadlines/sms-window';
import { two, type CommonCopy, type SmsCopy } from './format';

/**
 * A duration written out to the second (negative durations by their size).
 *
 * @example
 * durationText(copy, 90_061_000); // '1 天 1 小时 01 分 01 秒'
 */
export function durationText(c: CommonCopy, ms: number): string {
  const d = durationParts(ms);
  return fill(d.days ? c.durationDays : c.duration, {
    days: d.days,
    hours: d.hours,
    minutes: two(d.minutes),
    seconds: two(d.seconds),
  });
}

/**
 * The countdown to the end of the 24 hours (or how long ago it ended), to the second.
 *
 * @example
 * countdownText(copy, receivedAt, now); // '还剩 23 小时 59 分 59 秒'
 */
export function countdownText(copy: SmsCopy, receivedAt: Date, now: Date): string {
  const t = timeLeft(smsDeadline(receivedAt), now);
  return fill(t.passed ? copy.sms.over : copy.sms.left, { d: durationText(copy.common, t.ms) });
}
