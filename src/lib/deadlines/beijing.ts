/**
 * The one Beijing clock of the site. China has used UTC+8 all year since 1991 (no daylight saving), so Beijing
 * wall-clock time is `UTC + 8 h` — computed with UTC getters only, never the machine's local time. Everything that
 * shows or reads a Beijing time (期限计算, 短信核验信息自查, the ID birth-date check) imports it from here.
 * It imports no holiday table, so a tool that only needs the clock stays small; the reader's own zone (for readers
 * abroad, through `Intl`) and the reading of typed times are in ./zone.ts, the SMS's 24 hours and the countdown in
 * ./sms-window.ts: the first view needs neither.
 *
 * Error convention: these functions take typed values (a Date, a string a validator produced) and throw a
 * `RangeError` outside their domain where their JSDoc says `@throws`; what a person typed goes through
 * ./validate first, which never throws.
 */
const HOUR = 3_600_000;
/**
 * Beijing's offset from UTC in milliseconds.
 *
 * @example
 * new Date(Date.UTC(2026, 0, 1) - BEIJING_OFFSET_MS).toISOString(); // '2025-12-31T16:00:00.000Z' = 2026-01-01 00:00 Beijing
 */
export const BEIJING_OFFSET_MS = 8 * HOUR;

/**
 * Beijing's offset from UTC in minutes (east positive, as ./zone.ts's zoneOffsetMinutes gives it).
 *
 * @example
 * BEIJING_MINUTES; // 480
 */
export const BEIJING_MINUTES = 480;

/**
 * Wall-clock parts of an instant (in Beijing, or in another zone for ./zone.ts's localTime). The dictionary writes
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
 * The value a `<input type="datetime-local">` needs to show an instant on a wall clock at a fixed offset from UTC
 * (minutes, east positive).
 *
 * @example
 * toWallInputValue(new Date('2026-11-28T01:05:00Z'), -480); // '2026-11-27T17:05'
 */
export function toWallInputValue(date: Date, offsetMinutes: number): string {
  return inputValue(wallParts(date, offsetMinutes));
}

/**
 * The value a `<input type="datetime-local">` needs to show an instant in Beijing time.
 *
 * @example
 * toBeijingInputValue(new Date('2026-11-28T01:05:00Z')); // '2026-11-28T09:05'
 */
export function toBeijingInputValue(date: Date): string {
  return toWallInputValue(date, BEIJING_MINUTES);
}
