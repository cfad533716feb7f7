/**
 * 期限计算: the moments of an ICP filing turned into dates in Beijing time, with China's holidays and make-up
 * workdays (调休). Pure TypeScript, no DOM; the same answers in every time zone.
 *
 * Public contract (imported by path by other code and tests): smsDeadline, isWorkingDay, addWorkingDays,
 * hasOfficialCalendar, reviewWindow. The functions taking a `'YYYY-MM-DD'` day throw a `RangeError` for a string that
 * is not a real day; the UI validates with validateDay / validateDateTime first, which never throw.
 * The .ics writer is in ./ics (import it from there).
 *
 * @example
 * import { reviewWindow } from '../lib/deadlines/index';
 * reviewWindow('2026-09-18'); // { first: '2026-09-20', last: '2026-10-22', estimated: false }
 */
export {
  BEIJING_OFFSET_MS,
  beijingParts,
  formatBeijing,
  formatDuration,
  formatOffset,
  localTime,
  parseBeijingDateTime,
  smsDeadline,
  syncWindow,
  timeLeft,
  toBeijingInputValue,
  todayInBeijing,
  zoneOffsetMinutes,
} from './beijing';
export type { BeijingParts, SyncWindow, TimeLeft } from './beijing';
export {
  addWorkingDays,
  hasOfficialCalendar,
  holidaysBetween,
  isWorkingDay,
  officialYears,
  reviewWindow,
  spansEstimate,
  specialDay,
  yearStatus,
} from './calendar';
export type { HolidaySpan, SpecialDay, YearStatus } from './calendar';
export { ESTIMATE_YEARS, FESTIVALS, NOTICES, OFFICIAL } from './calendar-data';
export type { HolidayName, Notice, OfficialYear } from './calendar-data';
export { addDays, dayNumber, daysInMonth, formatDay, fromDayNumber, parseDay, weekday, weekdayName, yearOf } from './days';
export { INPUT_YEARS, normalizeDateText, validateDateTime, validateDay, validateOrder } from './validate';
export type { Checked } from './validate';
export { fill } from './text';
