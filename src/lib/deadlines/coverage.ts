/**
 * Which years the holiday calendar covers with a State Council notice, seen from a given Beijing day. Used by the
 * build (a warning when the current or next year has no notice) and by `npm run check:calendar`; never by a test
 * that reads today's date.
 */
import { hasOfficialCalendar } from './calendar';

/**
 * A year the calendar should cover but does not, with what to tell a maintainer.
 *
 * @example
 * const gap: CalendarGap = { year: 2027, message: '2027 年还没有国务院办公厅的节假日安排' };
 */
export interface CalendarGap {
  year: number;
  message: string;
}

/**
 * The current Beijing year and the next one, each checked for an official notice in calendar-data.ts. The next year
 * counts from November on (notices come out between late October and mid-November). `today` is a `'YYYY-MM-DD'`
 * Beijing day (from `todayInBeijing`); pass it in, so the answer depends only on the argument.
 *
 * @example
 * calendarGaps('2026-06-01'); // []
 * calendarGaps('2026-11-28').map((g) => g.year); // [2027]
 */
export function calendarGaps(today: string): CalendarGap[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const gaps: CalendarGap[] = [];
  const tell = (y: number, when: string) =>
    gaps.push({
      year: y,
      message:
        `${y} 年（${when}）还没有国务院办公厅的节假日安排：落在 ${y} 年的日期只能按法定节日估算，` +
        `页面上会标为“估算”。通知发布后，按 README 的“每年一次”把它加进 src/lib/deadlines/calendar-data.ts。`,
    });
  if (!Number.isInteger(year)) return gaps;
  if (!hasOfficialCalendar(year)) tell(year, '今年');
  if (month >= 11 && !hasOfficialCalendar(year + 1)) tell(year + 1, '明年');
  return gaps;
}
