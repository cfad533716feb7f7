/**
 * Validation for what the UI reads from its inputs. Never throws: every function returns either a value or a
 * Chinese message saying what to type instead.
 */
import { parseBeijingDateTime } from './beijing';
import { ESTIMATE_YEARS } from './years';
import { daysInMonth } from './days';
import { toHalfWidth } from '../text';

/**
 * Result of a validation: a value (and whether the input had to be normalised), or a Chinese error message.
 *
 * @example
 * const r: Checked<string> = validateDay('2026-02-14'); // { ok: true, value: '2026-02-14', normalized: false }
 */
export type Checked<T> = { ok: true; value: T; normalized: boolean } | { ok: false; error: string };

/**
 * Years the tool accepts as input (2020–2099): every day of a window that starts in them (at most a few months)
 * lies in a year with at least a statutory estimate (the festival table runs to 2100).
 *
 * @example
 * INPUT_YEARS.to; // 2099
 */
export const INPUT_YEARS = { from: ESTIMATE_YEARS.from, to: ESTIMATE_YEARS.to - 1 } as const;

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

function checkDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return `没有 ${m} 月：月份应在 1 到 12 之间。`;
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return `${y} 年 ${m} 月只有 ${max} 天，没有 ${d} 日，请检查日期。`;
  if (y < INPUT_YEARS.from || y > INPUT_YEARS.to)
    return `请填写 ${INPUT_YEARS.from} 年至 ${INPUT_YEARS.to} 年之间的日期（其他年份的节假日无法推算）。`;
  return null;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Check a calendar day typed or picked by the user (`<input type="date">` gives `'YYYY-MM-DD'`).
 *
 * @example
 * validateDay('2026-02-30'); // { ok: false, error: '2026 年 2 月只有 28 天，没有 30 日，请检查日期。' }
 * validateDay('２０２６年２月１４日'); // { ok: true, value: '2026-02-14', normalized: true }
 */
export function validateDay(input: unknown): Checked<string> {
  const raw = typeof input === 'string' ? input : '';
  const s = normalizeDateText(raw);
  if (!s) return { ok: false, error: '请填写日期，例如 2026-02-14。' };
  const m = DAY_RE.exec(s);
  if (!m) return { ok: false, error: '日期格式不对：请按“年-月-日”填写，例如 2026-02-14。' };
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const error = checkDate(y, mo, d);
  if (error) return { ok: false, error };
  const value = `${y}-${two(mo)}-${two(d)}`;
  return { ok: true, value, normalized: value !== raw };
}

/**
 * Check a date and time typed or picked by the user, read as **Beijing time**
 * (`<input type="datetime-local">` gives `'YYYY-MM-DDTHH:mm'`).
 *
 * @example
 * validateDateTime('2026-12-31T20:00'); // { ok: true, value: Date(2026-12-31T12:00:00Z), normalized: false }
 * validateDateTime('2026-12-31');       // { ok: false, error: '请同时填写日期和时间，例如 2026-11-28 09:30。' }
 */
export function validateDateTime(input: unknown): Checked<Date> {
  const raw = typeof input === 'string' ? input : '';
  const s = normalizeDateText(raw).replace(/\s*[:：]\s*/g, ':');
  if (!s) return { ok: false, error: '请填写日期和时间，例如 2026-11-28 09:30。' };
  if (DAY_RE.test(s)) return { ok: false, error: '请同时填写日期和时间，例如 2026-11-28 09:30。' };
  const m = DT_RE.exec(s);
  if (!m) return { ok: false, error: '格式不对：请按“年-月-日 时:分”填写，例如 2026-11-28 09:30。' };
  const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => +(x ?? 0)) as [number, number, number, number, number, number];
  const error = checkDate(y, mo, d);
  if (error) return { ok: false, error };
  if (h > 23 || mi > 59 || sec > 59)
    return { ok: false, error: '时间不对：小时应在 0 到 23 之间，分钟在 0 到 59 之间。' };
  const text = `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}${sec ? ':' + two(sec) : ''}`;
  return { ok: true, value: parseBeijingDateTime(text), normalized: text !== raw };
}

/**
 * Check that a later event is not before an earlier one (e.g. verification before the SMS arrived).
 * Returns `null` when the order is fine, else a Chinese message built from the two field names.
 *
 * @example
 * validateOrder(new Date(2), new Date(1), '短信收到时间', '核验完成时间');
 * // '核验完成时间早于短信收到时间，请检查这两个时间。'
 */
export function validateOrder(start: Date, end: Date, startName: string, endName: string): string | null {
  return end.getTime() < start.getTime() ? `${endName}早于${startName}，请检查这两个时间。` : null;
}
