/**
 * Calendar-day arithmetic on `'YYYY-MM-DD'` strings.
 *
 * Everything here is pure integer/UTC arithmetic: a day is turned into a day number (days since 1970-01-01) with
 * `Date.UTC` and back with the `getUTC*` getters. No local-time getter is ever used, so the result is the same in every
 * time zone the code runs in. How a day is written for a reader (`2026年2月14日（周六）`) is the dictionary's
 * (src/i18n), filled by the islands from these numbers.
 */

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Split a `'YYYY-MM-DD'` string into numbers, or `null` when it is not a real calendar day
 * (wrong shape, month 13, 2026-02-30, a year before 1000 …).
 *
 * @example
 * parseDay('2026-02-17'); // { year: 2026, month: 2, day: 17 }
 * parseDay('2026-02-30'); // null
 */
export function parseDay(day: string): { year: number; month: number; day: number } | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const d = +m[3]!;
  // Years 0–999 are refused: Date.UTC maps two-digit years to 19xx, and nobody files for them.
  if (year < 1000 || month < 1 || month > 12 || d < 1 || d > daysInMonth(year, month)) return null;
  return { year, month, day: d };
}

/**
 * Number of days in a month of the Gregorian calendar.
 *
 * @example
 * daysInMonth(2028, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Days since 1970-01-01 for a valid day string. Throws a `RangeError` naming the input when the string is not a real
 * `'YYYY-MM-DD'` day (the public functions of this module document that they throw; the UI validates first).
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(day: string): number {
  const p = parseDay(day);
  if (!p) throw new RangeError(`Not a calendar day in YYYY-MM-DD form: ${JSON.stringify(day)}`);
  return Date.UTC(p.year, p.month - 1, p.day) / MS_PER_DAY;
}

/**
 * The `'YYYY-MM-DD'` string of a day number (inverse of {@link dayNumber}).
 * Throws a `RangeError` beyond the range of a JavaScript Date (±100 000 000 days from 1970).
 *
 * @example
 * fromDayNumber(0); // '1970-01-01'
 */
export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Add (or subtract) calendar days.
 *
 * @example
 * addDays('2026-12-31', 1); // '2027-01-01'
 */
export function addDays(day: string, n: number): string {
  return fromDayNumber(dayNumber(day) + n);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
 *
 * @example
 * weekday('2026-02-14'); // 6 (a Saturday — in 2026 a make-up workday)
 */
export function weekday(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/**
 * The year of a day string (no validation beyond the shape).
 *
 * @example
 * yearOf('2027-01-04'); // 2027
 */
export function yearOf(day: string): number {
  return +day.slice(0, 4);
}
