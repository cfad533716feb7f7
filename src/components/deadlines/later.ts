/**
 * What the 期限计算 calculators (and the SMS deadline in 短信核验信息自查) fetch on first use, named in one place: each
 * is a part that the first view does not show. One module, so that the list of files each fetch brings along is
 * written once for the page rather than once per island.
 */

/** The checks of typed dates and times (./date-checks.ts). */
export const loadDateChecks = () => import('../../lib/deadlines/validate');
/** The reader's own zone, on a device that is not on UTC+8 (./sms-time.ts). */
export const loadZoneChoice = () => import('./ZoneChoice');
/** The SMS deadline once a receipt time is given (./SmsDeadlineResult.tsx). */
export const loadSmsDeadlineShown = () => import('./SmsDeadlineShown');
/** The 结果同步 answer once a verification time is given (./SyncWindow.tsx). */
export const loadSyncResult = () => import('./SyncResult');
/** The 加入日历 files, on the first press of a 加入日历 button. */
export const loadIcsFiles = () => import('./ics-files');
