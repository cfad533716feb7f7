/**
 * 期限计算: the moments of an ICP filing turned into dates in Beijing time, with China's holidays and make-up
 * workdays (调休). Pure TypeScript, no DOM; the same answers in every time zone.
 *
 * This barrel is the public API that README lists. Everything else is imported by path from its module:
 * ./beijing (the one Beijing clock), ./sms-window (the SMS's 24 hours), ./zone (typed times, other zones), ./calendar, ./days, ./validate (what a person typed → Checked, never throws),
 * ./sync, ./police, ./ics (the .ics writer), ./calendar-data.
 * Error convention: functions taking a typed value (a `'YYYY-MM-DD'` day, a Date) throw a `RangeError` outside
 * their domain and say so with `@throws`; the UI validates with ./validate first.
 *
 * @example
 * import { reviewWindow } from '../lib/deadlines';
 * reviewWindow('2026-09-18'); // { first: '2026-09-20', last: '2026-10-22', estimated: false }
 */
export { smsDeadline } from './sms-window';
export { addWorkingDays, hasOfficialCalendar, isWorkingDay, reviewWindow } from './calendar';
export { policeFilingDeadline } from './police';
