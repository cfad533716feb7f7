/**
 * The one Beijing clock of the site. China has used UTC+8 all year since 1991 (no daylight saving), so Beijing
 * wall-clock time is `UTC + 8 h` — computed with UTC getters only, never the machine's local time. Everything that
 * shows or reads a Beijing time (期限计算, 短信核验信息自查, the ID birth-date check) imports it from here.
 * It imports no holiday table, so a tool that only needs the clock stays small.
 *
 * Error convention: these functions take typed values (a Date, a string a validator produced) and throw a
 * `RangeError` outside their domain where their JSDoc says `@throws`; what a person typed goes through
 * ./validate first, which never throws.
 */
import { daysInMonth, weekdayName } from './days';

const HOUR = 3_600_000;
/**
 * Beijing's offset from UTC in milliseconds.
 *
 * @example
 * new Date(Date.UTC(2026, 0, 1) - BEIJING_OFFSET_MS).toISOString(); // '2025-12-31T16:00:00.000Z' = 2026-01-01 00:00 Beijing
 */
export const BEIJING_OFFSET_MS = 8 * HOUR;

/**
 * Beijing wall-clock parts of an instant.
 *
 * @example
 * const p: BeijingParts = beijingParts(new Date()); // p.date is today in Beijing
 */
export interface BeijingParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** `'YYYY-MM-DD'` in Beijing. */
  date: string;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/**
 * The Beijing date and time of an instant, whatever the machine's zone.
 *
 * @example
 * beijingParts(new Date('2026-12-31T16:30:00Z')); // { year: 2027, month: 1, day: 1, hour: 0, minute: 30, …, date: '2027-01-01' }
 */
export function beijingParts(date: Date): BeijingParts {
  const b = new Date(date.getTime() + BEIJING_OFFSET_MS);
  const year = b.getUTCFullYear();
  const month = b.getUTCMonth() + 1;
  const day = b.getUTCDate();
  return {
    year,
    month,
    day,
    hour: b.getUTCHours(),
    minute: b.getUTCMinutes(),
    second: b.getUTCSeconds(),
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
  };
}

/**
 * Today's date in Beijing for the instant `now`.
 *
 * @example
 * todayInBeijing(new Date('2026-11-27T17:00:00Z')); // '2026-11-28' (01:00 in Beijing)
 */
export function todayInBeijing(now: Date): string {
  return beijingParts(now).date;
}

/**
 * An instant in Beijing time, the Chinese way: `2027年1月1日（周五）20:00`.
 *
 * @throws RangeError for an instant outside the years 1000–9999 (the UI only accepts 2020–2099).
 * @example
 * formatBeijing(new Date('2027-01-01T12:00:00Z')); // '2027年1月1日（周五）20:00'
 */
export function formatBeijing(date: Date): string {
  const p = beijingParts(date);
  return `${p.year}年${p.month}月${p.day}日（${weekdayName(p.date)}）${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The value a `<input type="datetime-local">` needs to show an instant in Beijing time.
 *
 * @example
 * toBeijingInputValue(new Date('2026-11-28T01:05:00Z')); // '2026-11-28T09:05'
 */
export function toBeijingInputValue(date: Date): string {
  const p = beijingParts(date);
  return `${p.date}T${pad(p.hour)}:${pad(p.minute)}`;
}

const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * Read `'YYYY-MM-DDTHH:mm'` (optionally `:ss`, as `<input type="datetime-local">` gives it) as **Beijing** time.
 * Throws a `RangeError` for anything else (the UI calls `validateDateTime` first, which never throws).
 *
 * @example
 * parseBeijingDateTime('2026-12-31T20:00').toISOString(); // '2026-12-31T12:00:00.000Z'
 */
export function parseBeijingDateTime(value: string): Date {
  const m = DATETIME_RE.exec(value);
  const [y, mo, d, h, mi, s] = m ? m.slice(1).map((x) => +(x ?? 0)) : [];
  if (!m || y! < 1000 || mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth(y!, mo!) || h! > 23 || mi! > 59 || s! > 59) {
    throw new RangeError(`Not a date-time in YYYY-MM-DDTHH:mm form: ${JSON.stringify(value)}`);
  }
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - BEIJING_OFFSET_MS);
}

/**
 * How long the verification SMS stays valid: the SMS says 有效期 1 天, counted from when it was sent (48 hours
 * before 2020). Source: icp-facts §1.
 *
 * @example
 * SMS_VALID_HOURS; // 24
 */
export const SMS_VALID_HOURS = 24;

/**
 * The end of the 24-hour window for the MIIT verification SMS. The SMS counts from when it was sent; the time a
 * person received it is the closest estimate they have, so that is what the tools pass in.
 * An invalid Date gives an invalid Date (nothing throws).
 *
 * @example
 * smsDeadline(parseBeijingDateTime('2026-12-31T20:00')); // 2027-01-01 20:00 Beijing time
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
 * A duration as Chinese text, to the second (negative durations are shown by their size).
 *
 * @example
 * formatDuration(5_400_000); // '1 小时 30 分 00 秒'
 * formatDuration(90_061_000); // '1 天 1 小时 01 分 01 秒'
 */
export function formatDuration(ms: number): string {
  const t = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(t / 86400);
  const h = Math.floor(t / 3600) % 24;
  return `${d ? d + ' 天 ' : ''}${h} 小时 ${pad(Math.floor(t / 60) % 60)} 分 ${pad(t % 60)} 秒`;
}

/**
 * The UTC offset of a time zone at an instant, in minutes (east positive), via `Intl`; `null` for an unknown zone.
 * Display only: nothing is computed in the user's zone.
 *
 * @example
 * zoneOffsetMinutes(new Date('2026-07-01T00:00:00Z'), 'America/Los_Angeles'); // -420
 */
export function zoneOffsetMinutes(date: Date, timeZone: string): number | null {
  const p = zoneParts(date, timeZone);
  if (!p) return null;
  return Math.round((Date.UTC(p[0], p[1] - 1, p[2], p[3], p[4]) - Math.floor(date.getTime() / 60000) * 60000) / 60000);
}

/** One formatter per zone: making one costs far more than using it, and the islands ask once a second. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneParts(date: Date, timeZone: string): number[] | null {
  try {
    let format = zoneFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
      zoneFormats.set(timeZone, format);
    }
    const parts = format.formatToParts(date);
    const get = (t: string) => +(parts.find((x) => x.type === t)?.value ?? NaN);
    const r = [get('year'), get('month'), get('day'), get('hour') % 24, get('minute')];
    return r.some(isNaN) ? null : r;
  } catch {
    return null;
  }
}

/**
 * `UTC+8`, `UTC−7`, `UTC+5:30`: an offset in minutes as text (with a real minus sign).
 *
 * @example
 * formatOffset(-420); // 'UTC−7'
 */
export function formatOffset(minutes: number): string {
  const a = Math.abs(minutes);
  return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(a / 60)}${a % 60 ? ':' + pad(a % 60) : ''}`;
}

/**
 * An instant in another time zone, for showing the user's own clock beside Beijing time: `null` when the zone is
 * unknown **or has the same offset as Beijing at that instant** (then there is nothing to add).
 * Throws a `RangeError` for an instant outside the years 1000–9999, like {@link formatBeijing}.
 *
 * @example
 * localTime(new Date('2027-01-01T12:00:00Z'), 'America/Los_Angeles');
 * // { zone: 'America/Los_Angeles', offset: 'UTC−8', text: '2027年1月1日（周五）04:00' }
 * localTime(new Date('2027-01-01T12:00:00Z'), 'Asia/Taipei'); // null
 */
export function localTime(date: Date, timeZone: string): { zone: string; offset: string; text: string } | null {
  const off = zoneOffsetMinutes(date, timeZone);
  if (off === null || off === 480) return null;
  // Shift the instant so that its "Beijing" rendering is the wall clock of the other zone.
  return {
    zone: timeZone,
    offset: formatOffset(off),
    text: formatBeijing(new Date(date.getTime() + (off - 480) * 60000)),
  };
}
