/**
 * Which years the holiday calendar covers with a State Council notice, seen from a given Beijing day. Used by the
 * build (a warning when the current or next year has no notice) and by `npm run check:calendar`, which word the
 * gaps for the maintainer; never by a test that reads today's date.
 */
import { hasOfficialCalendar } from './calendar';

/**
 * A year the calendar should cover but does not: the current Beijing year (`thisYear`) or, from November on, the
 * next one (`nextYear`).
 *
 * @example
 * const gap: CalendarGap = { year: 2027, when: 'nextYear' };
 */
export interface CalendarGap {
  year: number;
  when: 'thisYear' | 'nextYear';
}

/**
 * The current Beijing year and the next one, each checked for an official notice in calendar-data.ts. The next year
 * counts from November on (notices come out between late October and mid-November). `today` is a `'YYYY-MM-DD'`
 * Beijing day (from `todayInBeijing`); pass it in, so the answer depends only on the argument.
 *
 * @example
 * calendarGaps('2026-06-01'); // []
 * calendarGaps('2026-11-28'); // [{ year: 2027, when: 'nextYear' }]
 */
export function calendarGaps(today: string): CalendarGap[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const gaps: CalendarGap[] = [];
  if (!Number.isInteger(year)) return gaps;
  if (!hasOfficialCalendar(year)) gaps.push({ year, when: 'thisYear' });
  if (month >= 11 && !hasOfficialCalendar(year + 1)) gaps.push({ year: year + 1, when: 'nextYear' });
  return gaps;
}
