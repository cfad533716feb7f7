/**
 * 公安联网备案: the filing with the police (https://beian.mps.gov.cn) that a site owner makes themself after the
 * ICP filing is approved and the site goes live.
 *
 * 《计算机信息网络国际联网安全保护管理办法》（公安部令第33号）第十二条: the units and organisations concerned
 * "应当自网络正式联通之日起三十日内，到所在地的省、自治区、直辖市人民政府公安机关指定的受理机关办理备案手续".
 * Calendar days, not working days. As with Chinese legal periods in general, the day the site goes live is not
 * counted (《中华人民共和国民法典》第二百零一条: 开始的当日不计入，自下一日开始计算), so the 30th day is the last day.
 */
import { addDays } from './days';
import { isWorkingDay } from './calendar';

/**
 * Days allowed for the 公安联网备案 after the site goes live (公安部令第33号 第十二条: 三十日内).
 *
 * @example
 * POLICE_FILING_DAYS; // 30
 */
export const POLICE_FILING_DAYS = 30;

/**
 * The 公安联网备案 deadline for a site that went live on `liveOn` (`'YYYY-MM-DD'`, Beijing date).
 * `last` is the 30th calendar day after it; `onRestDay` tells whether that day is a weekend or holiday (the
 * online system works every day, an office visit may not be possible that day).
 *
 * @throws RangeError for a string that is not a real `'YYYY-MM-DD'` day (validate with validateDay first).
 * @example
 * policeFilingDeadline('2026-09-18'); // { last: '2026-10-18', onRestDay: true }  (Sunday)
 * policeFilingDeadline('2026-11-02'); // { last: '2026-12-02', onRestDay: false }
 */
export function policeFilingDeadline(liveOn: string): { last: string; onRestDay: boolean } {
  const last = addDays(liveOn, POLICE_FILING_DAYS);
  return { last, onRestDay: !isWorkingDay(last) };
}
