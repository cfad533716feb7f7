/**
 * The 期限计算 islands' words: the types of their dictionary slices (src/i18n, section `deadlines`) and how a day
 * and an instant are written with them (a countdown: ./countdown.ts). src/lib/deadlines gives the numbers; nothing here decides a rule.
 * Imports only types from src/i18n, so the words travel as props, not in the islands' JavaScript.
 */
import type { Dictionary } from '../../i18n';
import { fill } from '../../i18n/fill';
import { beijingParts, type BeijingParts } from '../../lib/deadlines/beijing';
import { parseDay, weekday } from '../../lib/deadlines/days';

/** The whole `deadlines` section of a dictionary. */
export type DeadlinesCopy = Dictionary['deadlines'];
/** What every 期限计算 calculator shares: date formats, zone names, date errors. */
export type CommonCopy = DeadlinesCopy['common'];
/** The slice the SMS deadline takes (期限计算 and 短信核验信息自查). */
export type SmsCopy = Pick<DeadlinesCopy, 'common' | 'sms'>;

/**
 * A number as two digits, as times are written.
 *
 * @example
 * two(5); // '05'
 */
export const two = (n: number) => String(n).padStart(2, '0');

/**
 * An instant's wall-clock parts written out: `2027年1月1日（周五）20:00` (in English `Friday 1 January 2027, 20:00`).
 * The template gets the month as written in the dictionary's `months` (`{monthName}`: 1月, January) and as a
 * number (`{month}`), so each language writes the date in its own way and order.
 *
 * @example
 * partsText(copy, beijingParts(new Date('2027-01-01T12:00:00Z'))); // '2027年1月1日（周五）20:00'
 */
export function partsText(c: CommonCopy, p: BeijingParts): string {
  return fill(c.dateTime, {
    year: p.year,
    month: p.month,
    monthName: c.months[p.month - 1] ?? '',
    day: p.day,
    weekday: c.weekdays[p.weekday] ?? '',
    hour: two(p.hour),
    minute: two(p.minute),
  });
}

/**
 * An instant in Beijing time, written out.
 *
 * @example
 * beijingText(copy, new Date('2027-01-01T12:00:00Z')); // '2027年1月1日（周五）20:00'
 */
export function beijingText(c: CommonCopy, date: Date): string {
  return partsText(c, beijingParts(date));
}

/**
 * A `'YYYY-MM-DD'` day written out with its weekday (anything else is returned as it is).
 *
 * @example
 * dayText(copy, '2026-02-14'); // '2026年2月14日（周六）'
 */
export function dayText(c: CommonCopy, day: string): string {
  const p = parseDay(day);
  return p
    ? fill(c.day, {
        year: p.year,
        month: p.month,
        monthName: c.months[p.month - 1] ?? '',
        day: p.day,
        weekday: c.weekdays[weekday(day)] ?? '',
      })
    : day;
}
