/**
 * Typed wall-clock times and the reader's own clock beside Beijing's: reading `'YYYY-MM-DDTHH:mm'` as Beijing time
 * or as the wall clock of another IANA time zone (a filer abroad reads local time on the phone), and the offsets and
 * wall-clock times of such zones. Display and input only: every deadline is counted in Beijing time (./beijing).
 * Its own module because a calculator's first view needs none of it: the islands fetch it with the checks of typed
 * times (./validate), or on a device that is not on UTC+8 (whose zone needs `Intl`, and its time-zone data).
 *
 * Error convention as in ./beijing: functions marked `@throws` throw a `RangeError` outside their domain.
 */
import { BEIJING_MINUTES, BEIJING_OFFSET_MS, toWallInputValue, wallParts, type BeijingParts } from './beijing';
import { daysInMonth } from './days';

const HOUR = 3_600_000;

const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * `'YYYY-MM-DDTHH:mm[:ss]'` as the milliseconds of that wall clock read as UTC; a RangeError for anything else.
 *
 * @example
 * wallMs('2026-12-31T20:00'); // Date.UTC(2026, 11, 31, 20, 0)
 */
export function wallMs(value: string): number {
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
  return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(a / 60)}${a % 60 ? ':' + String(a % 60).padStart(2, '0') : ''}`;
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
  return toWallInputValue(date, offsetOrThrow(date, timeZone));
}
