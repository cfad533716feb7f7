/**
 * The 24 hours of the MIIT verification SMS: when they end, how much of them is left, and whether a given receipt
 * time lies in the future. Instants only (Date in, Date or numbers out); shown in Beijing time by the islands.
 * Its own module because nothing of it is needed before the reader gives a receipt time.
 */

const HOUR = 3_600_000;

/**
 * How long the verification SMS stays valid: the SMS says 有效期 1 天, and the providers count the 24 hours from
 * when it was received (JD Cloud: 收到短信的24小时内; Tencent: 收到验证短信后…24小时内); 48 hours before 2020.
 * Source: icp-facts §1.
 *
 * @example
 * SMS_VALID_HOURS; // 24
 */
export const SMS_VALID_HOURS = 24;

/**
 * The end of the 24-hour window for the MIIT verification SMS, counted from when it was received.
 * An invalid Date gives an invalid Date (nothing throws).
 *
 * @example
 * smsDeadline(new Date('2026-12-31T12:00:00Z')); // 2027-01-01 20:00 Beijing time (2027-01-01T12:00:00Z)
 */
export function smsDeadline(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + SMS_VALID_HOURS * HOUR);
}

/**
 * How far ahead of the device's clock a time may be before the tools say "this time has not come yet": one minute,
 * so that a time picked "now" (rounded to the minute) or a device clock a little behind is not flagged.
 *
 * @example
 * FUTURE_TOLERANCE_MS; // 60000
 */
export const FUTURE_TOLERANCE_MS = 60_000;

/**
 * Whether `at` lies in the future of `now`, beyond {@link FUTURE_TOLERANCE_MS}.
 *
 * @example
 * isInFuture(new Date('2026-11-28T10:00:30Z'), new Date('2026-11-28T10:00:00Z')); // false (within a minute)
 * isInFuture(new Date('2026-11-28T10:05:00Z'), new Date('2026-11-28T10:00:00Z')); // true
 */
export function isInFuture(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

/**
 * Time left until a deadline.
 *
 * @example
 * const t: TimeLeft = { ms: 3_600_000, passed: false, urgent: true };
 */
export interface TimeLeft {
  /** Milliseconds left, negative once passed. */
  ms: number;
  passed: boolean;
  /** Less than two hours left (and not passed). */
  urgent: boolean;
}

/**
 * How much time is left before `deadline` at `now`.
 *
 * @example
 * timeLeft(new Date('2026-11-29T01:00:00Z'), new Date('2026-11-28T23:30:00Z')); // { ms: 5400000, passed: false, urgent: true }
 */
export function timeLeft(deadline: Date, now: Date): TimeLeft {
  const ms = deadline.getTime() - now.getTime();
  return { ms, passed: ms <= 0, urgent: ms > 0 && ms < 2 * HOUR };
}

/**
 * A duration split into days, hours, minutes and seconds (whole seconds, negative durations by their size), for the
 * dictionary's countdown sentence.
 *
 * @example
 * durationParts(5_400_000); // { days: 0, hours: 1, minutes: 30, seconds: 0 }
 * durationParts(-90_061_000); // { days: 1, hours: 1, minutes: 1, seconds: 1 }
 */
export function durationParts(ms: number): { days: number; hours: number; minutes: number; seconds: number } {
  const t = Math.floor(Math.abs(ms) / 1000);
  return {
    days: Math.floor(t / 86400),
    hours: Math.floor(t / 3600) % 24,
    minutes: Math.floor(t / 60) % 60,
    seconds: t % 60,
  };
}
