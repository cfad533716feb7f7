/**
 * Validation for what the UI reads from its inputs. Never throws: every function returns either a value or an
 * {@link Issue} whose code the dictionary (src/i18n, `deadlines.common.dateErrors`) turns into what to type instead.
 */
import { parseBeijingDateTime, parseZonedDateTime } from './zone';
import { INPUT_YEARS } from './years';
import { daysInMonth } from './days';
import { toHalfWidth } from '../text/chars';
import { issue, type Issue } from '../issues';

/**
 * What can be wrong with a typed day or date-time. Params: `date.month` {month}; `date.day` {year, month, max, day};
 * `date.years` {from, to}.
 *
 * @example
 * const c: DateCode = 'date.day'; // 2026 年 2 月只有 28 天…
 */
export type DateCode =
  | 'day.empty'
  | 'day.format'
  | 'dateTime.empty'
  | 'dateTime.noTime'
  | 'dateTime.format'
  | 'dateTime.time'
  | 'date.month'
  | 'date.day'
  | 'date.years';

/**
 * Result of a validation: a value (and whether the input had to be normalised), or what is wrong, as a code.
 *
 * @example
 * const r: Checked<string> = validateDay('2026-02-14'); // { ok: true, value: '2026-02-14', normalized: false }
 */
export type Checked<T> = { ok: true; value: T; normalized: boolean } | { ok: false; error: Issue<DateCode> };

/** The years accepted as input (in ./years.ts, so that a date field can set its bounds without these checks). */
export { INPUT_YEARS };

/**
 * Turn full-width digits and punctuation, 年/月/日, slashes and dots into the plain `2026-02-14 09:30` form.
 *
 * @example
 * normalizeDateText(' ２０２６年２月１４日 '); // '2026-2-14'
 */
export function normalizeDateText(input: string): string {
  return toHalfWidth(input)
    .trim()
    .replace(/\s*(年|月)\s*/g, '-')
    .replace(/\s*日\s*/, ' ')
    .replace(/(:\d{1,2})\.\d+$/, '$1')
    .replace(/[/.]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const DAY_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DT_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T| )(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?$/;

function checkDate(y: number, m: number, d: number): Issue<DateCode> | null {
  if (m < 1 || m > 12) return issue('date.month', { month: m });
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return issue('date.day', { year: y, month: m, max, day: d });
  if (y < INPUT_YEARS.from || y > INPUT_YEARS.to) return issue('date.years', { ...INPUT_YEARS });
  return null;
}

const two = (n: number) => String(n).padStart(2, '0');
const fail = (code: DateCode): Checked<never> => ({ ok: false, error: issue(code) });

/**
 * Check a calendar day typed or picked by the user (`<input type="date">` gives `'YYYY-MM-DD'`).
 *
 * @example
 * validateDay('2026-02-30'); // { ok: false, error: { code: 'date.day', params: { year: 2026, month: 2, max: 28, day: 30 } } }
 * validateDay('２０２６年２月１４日'); // { ok: true, value: '2026-02-14', normalized: true }
 */
export function validateDay(input: unknown): Checked<string> {
  const raw = typeof input === 'string' ? input : '';
  const s = normalizeDateText(raw);
  if (!s) return fail('day.empty');
  const m = DAY_RE.exec(s);
  if (!m) return fail('day.format');
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const error = checkDate(y, mo, d);
  if (error) return { ok: false, error };
  const value = `${y}-${two(mo)}-${two(d)}`;
  return { ok: true, value, normalized: value !== raw };
}

/**
 * Check a date and time typed or picked by the user (`<input type="datetime-local">` gives `'YYYY-MM-DDTHH:mm'`),
 * read as **Beijing time**, or as the wall clock of `timeZone` (an IANA zone: the reader's own) when one is given.
 * An unknown zone is reported as a bad format rather than thrown.
 *
 * @example
 * validateDateTime('2026-12-31T20:00'); // { ok: true, value: Date(2026-12-31T12:00:00Z), normalized: false }
 * validateDateTime('2026-12-31T04:00', 'America/Los_Angeles'); // { ok: true, value: Date(2026-12-31T12:00:00Z), … }
 * validateDateTime('2026-12-31'); // { ok: false, error: { code: 'dateTime.noTime' } }
 */
export function validateDateTime(input: unknown, timeZone?: string): Checked<Date> {
  const raw = typeof input === 'string' ? input : '';
  const s = normalizeDateText(raw).replace(/\s*[:：]\s*/g, ':');
  if (!s) return fail('dateTime.empty');
  if (DAY_RE.test(s)) return fail('dateTime.noTime');
  const m = DT_RE.exec(s);
  if (!m) return fail('dateTime.format');
  const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => +(x ?? 0)) as [number, number, number, number, number, number];
  const error = checkDate(y, mo, d);
  if (error) return { ok: false, error };
  if (h > 23 || mi > 59 || sec > 59) return fail('dateTime.time');
  const text = `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}${sec ? ':' + two(sec) : ''}`;
  try {
    const value = timeZone ? parseZonedDateTime(text, timeZone) : parseBeijingDateTime(text);
    return { ok: true, value, normalized: text !== raw };
  } catch {
    return fail('dateTime.format');
  }
}

/**
 * What {@link validateOrder} reports: the later event is before the earlier one.
 *
 * @example
 * const c: OrderCode = 'order.endBeforeStart';
 */
export type OrderCode = 'order.endBeforeStart';

/**
 * Check that a later event is not before an earlier one (e.g. verification before the SMS arrived).
 * Returns `null` when the order is fine; the dictionary of the tool that asks names the two events.
 *
 * @example
 * validateOrder(new Date(2), new Date(1)); // { code: 'order.endBeforeStart' }
 */
export function validateOrder(start: Date, end: Date): Issue<OrderCode> | null {
  return end.getTime() < start.getTime() ? issue('order.endBeforeStart') : null;
}
