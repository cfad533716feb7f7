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
import { daysInMonth } from './days';

const HOUR = 3_600_000;
/**
 * Beijing's offset from UTC in milliseconds.
 *
 * @example
 * new Date(Date.UTC(2026, 0, 1) - BEIJING_OFFSET_MS).toISOString(); // '2025-12-31T16:00:00.000Z' = 2026-01-01 00:00 Beijing
 */
export const BEIJING_OFFSET_MS = 8 * HOUR;

/** Beijing's offset from UTC in minutes (east positive, as {@link zoneOffsetMinutes} gives it). */
const BEIJING_MINUTES = 480;

/**
 * Wall-clock parts of an instant (in Beijing, or in another zone for {@link localTime}). The dictionary writes
 * them out (`2027年1月1日（周五）20:00`); src/lib never does.
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
  /** Day of the week, 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** `'YYYY-MM-DD'`. */
  date: string;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/**
 * The wall-clock parts of an instant at a fixed offset from UTC (minutes, east positive).
 *
 * @example
 * wallParts(new Date('2027-01-01T12:00:00Z'), -480); // { year: 2027, month: 1, day: 1, hour: 4, …, weekday: 5 }
 */
export function wallParts(date: Date, offsetMinutes: number): BeijingParts {
  const b = new Date(date.getTime() + offsetMinutes * 60_000);
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
    weekday: b.getUTCDay(),
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
  };
}

/**
 * The Beijing date and time of an instant, whatever the machine's zone.
 *
 * @example
 * beijingParts(new Date('2026-12-31T16:30:00Z')); // { year: 2027, month: 1, day: 1, hour: 0, minute: 30, …, date: '2027-01-01' }
 */
export function beijingParts(date: Date): BeijingParts {
  return wallParts(date, BEIJING_MINUTES);
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

function inputValue(p: BeijingParts): string {
  return `${p.date}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The value a `<input type="datetime-local">` needs to show an instant in Beijing time.
 *
 * @example
 * toBeijingInputValue(new Date('2026-11-28T01:05:00Z')); // '2026-11-28T09:05'
 */
export function toBeijingInputValue(date: Date): string {
  return inputValue(beijingParts(date));
}

const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** `'YYYY-MM-DDTHH:mm[:ss]'` as the milliseconds of that wall clock read as UTC; a RangeError for anything else. */
function wallMs(value: string): number {
  const m = DATETIME_RE.exec(value);
  const [y, mo, d, h, mi, s] = m ? m.slice(1).map((x) => +(x ?? 0)) : [];
  if (!m || y! < 1000 || mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth(y!, mo!) || h! > 23 || mi! > 59 || s! > 59) {
    throw new RangeError(`Not a date-time in YYYY-MM-DDTHH:mm form: ${JSON.stringify(value)}`);
  }
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

/**
 * Read `'YYYY-MM-DDTHH:mm'` (optionally `:ss`, as `<input type="datetime-local">` gives it) as **Beijing** time.
 * Throws a `RangeError` for anything else (the UI calls `validateDateTime` first, which never throws).
 *
 * @example
 * parseBeijingDateTime('2026-12-31T20:00').toISOString(); // '2026-12-31T12:00:00.000Z'
 */
export function parseBeijingDateTime(value: string): Date {
  return new Date(wallMs(value) - BEIJING_OFFSET_MS);
}

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
 *
 * @example
 * localTime(new Date('2027-01-01T12:00:00Z'), 'America/Los_Angeles');
 * // { zone: 'America/Los_Angeles', offset: 'UTC−8', parts: { year: 2027, month: 1, day: 1, hour: 4, … } }
 * localTime(new Date('2027-01-01T12:00:00Z'), 'Asia/Taipei'); // null
 */
export function localTime(date: Date, timeZone: string): { zone: string; offset: string; parts: BeijingParts } | null {
  const off = zoneOffsetMinutes(date, timeZone);
  if (off === null || off === BEIJING_MINUTES) return null;
  return { zone: timeZone, offset: formatOffset(off), parts: wallParts(date, off) };
}

function offsetOrThrow(date: Date, timeZone: string): number {
  const off = zoneOffsetMinutes(date, timeZone);
  if (off === null) throw new RangeError(`Unknown time zone or instant: ${JSON.stringify(timeZone)}`);
  return off;
}

/**
 * Read `'YYYY-MM-DDTHH:mm'` (optionally `:ss`) as the wall clock of an IANA time zone — the time a filer abroad reads
 * on their phone. Across a daylight-saving change a time that happens twice is read as the first, one that does
 * not happen as the offset before the change. Throws a `RangeError` for a malformed value or an unknown zone.
 *
 * @example
 * parseZonedDateTime('2026-12-31T04:00', 'America/Los_Angeles').toISOString(); // '2026-12-31T12:00:00.000Z'
 * parseZonedDateTime('2026-12-31T20:00', 'Asia/Shanghai').toISOString(); // '2026-12-31T12:00:00.000Z'
 */
export function parseZonedDateTime(value: string, timeZone: string): Date {
  const wall = wallMs(value);
  // The offsets a day before and a day after: the same, or the two sides of one daylight-saving change.
  const before = offsetOrThrow(new Date(wall - 24 * HOUR), timeZone);
  const after = offsetOrThrow(new Date(wall + 24 * HOUR), timeZone);
  const fits = [before, after]
    .map((off) => wall - off * 60_000)
    .filter((t) => zoneOffsetMinutes(new Date(t), timeZone) === (t - wall) / -60_000);
  return new Date(fits.length ? Math.min(...fits) : wall - before * 60_000);
}

/**
 * The value a `<input type="datetime-local">` needs to show an instant on the wall clock of an IANA time zone.
 * Throws a `RangeError` for an unknown zone or an invalid Date.
 *
 * @example
 * toZonedInputValue(new Date('2026-12-31T12:00:00Z'), 'America/Los_Angeles'); // '2026-12-31T04:00'
 */
export function toZonedInputValue(date: Date, timeZone: string): string {
  return inputValue(wallParts(date, offsetOrThrow(date, timeZone)));
}
