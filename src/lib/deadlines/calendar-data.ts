/**
 * Our own calendar data for the 期限计算 tool. Kept compact on purpose: the island ships it to the browser.
 *
 * 1. {@link OFFICIAL}: every holiday day and make-up workday (调休上班) of the years for which a State Council
 *    (国务院办公厅) notice is in our sources — copied from the notices listed in {@link NOTICES}
 *    (see ../shared/facts/icp-facts.md §4). Days are `'MM-DD'` inside the year.
 * 2. {@link festivalDates}: for 2020–2100, the Gregorian dates of 春节 (农历正月初一), 端午 (五月初五), 中秋 (八月十五) and
 *    the 清明 solar term. Used only to *estimate* years without a notice.
 *
 * The whole file is cross-checked against the npm package `chinese-days` 1.5.7 in tests/unit/deadlines.crosscheck.test.ts.
 */

/**
 * The holidays, as codes (the dictionary, src/i18n `deadlines.holidays`, names them: 春节, 国庆节、中秋节 …). The
 * notices name each break after its holiday; 2025 merged 国庆 and 中秋 into one 8-day break
 * (`nationalDayMidAutumn`).
 *
 * @example
 * const name: HolidayName = 'springFestival'; // 春节
 */
export type HolidayName =
  | 'newYear'
  | 'springFestival'
  | 'qingming'
  | 'labourDay'
  | 'dragonBoat'
  | 'midAutumn'
  | 'nationalDay'
  | 'nationalDayMidAutumn';

/**
 * One State Council notice on the next year's holidays.
 *
 * @example
 * const n: Notice = { year: 2026, title: '国务院办公厅关于2026年部分节假日安排的通知', url: 'https://www.gov.cn/…' };
 */
export interface Notice {
  /** The year the notice arranges. */
  year: number;
  title: string;
  /** 文号, only where our sources give it. */
  number?: string;
  /** Publication day, only where our sources give it. */
  published?: string;
  /** The notice on www.gov.cn. */
  url: string;
}

/**
 * The notices our official years come from, oldest first.
 *
 * @example
 * NOTICES.map((n) => n.year); // [2024, 2025, 2026]
 */
export const NOTICES: readonly Notice[] = [
  {
    year: 2024,
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    url: 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm',
  },
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    published: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
  },
];

/**
 * One official year: holiday ranges `[name, first 'MM-DD', last 'MM-DD']` and make-up workdays `[name, 'MM-DD']`.
 *
 * @example
 * const y: OfficialYear = { off: [['newYear', '01-01', '01-03']], work: [['newYear', '01-04']] };
 */
export interface OfficialYear {
  off: readonly (readonly [HolidayName, string, string])[];
  /** Weekend days that are working days; the name is the holiday they pay for. */
  work: readonly (readonly [HolidayName, string])[];
}

/**
 * Holiday days and make-up workdays exactly as the notices in {@link NOTICES} arrange them.
 *
 * @example
 * OFFICIAL[2026]!.work.map(([, d]) => d); // ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10']
 */
export const OFFICIAL: Readonly<Record<number, OfficialYear>> = {
  2024: {
    off: [
      ['newYear', '01-01', '01-01'],
      ['springFestival', '02-10', '02-17'],
      ['qingming', '04-04', '04-06'],
      ['labourDay', '05-01', '05-05'],
      ['dragonBoat', '06-10', '06-10'],
      ['midAutumn', '09-15', '09-17'],
      ['nationalDay', '10-01', '10-07'],
    ],
    work: [
      ['springFestival', '02-04'],
      ['springFestival', '02-18'],
      ['qingming', '04-07'],
      ['labourDay', '04-28'],
      ['labourDay', '05-11'],
      ['midAutumn', '09-14'],
      ['nationalDay', '09-29'],
      ['nationalDay', '10-12'],
    ],
  },
  2025: {
    off: [
      ['newYear', '01-01', '01-01'],
      ['springFestival', '01-28', '02-04'],
      ['qingming', '04-04', '04-06'],
      ['labourDay', '05-01', '05-05'],
      ['dragonBoat', '05-31', '06-02'],
      ['nationalDayMidAutumn', '10-01', '10-08'],
    ],
    work: [
      ['springFestival', '01-26'],
      ['springFestival', '02-08'],
      ['labourDay', '04-27'],
      ['nationalDayMidAutumn', '09-28'],
      ['nationalDayMidAutumn', '10-11'],
    ],
  },
  2026: {
    off: [
      ['newYear', '01-01', '01-03'],
      ['springFestival', '02-15', '02-23'],
      ['qingming', '04-04', '04-06'],
      ['labourDay', '05-01', '05-05'],
      ['dragonBoat', '06-19', '06-21'],
      ['midAutumn', '09-25', '09-27'],
      ['nationalDay', '10-01', '10-07'],
    ],
    work: [
      ['newYear', '01-04'],
      ['springFestival', '02-14'],
      ['springFestival', '02-28'],
      ['labourDay', '05-09'],
      ['nationalDay', '09-20'],
      ['nationalDay', '10-10'],
    ],
  },
};

import { ESTIMATE_YEARS } from './years';

export { ESTIMATE_YEARS } from './years';

/**
 * The festival table, packed: for each year from {@link ESTIMATE_YEARS}.from, four base-36 digits — the days
 * after a fixed start of 春节 (农历正月初一, from 01-21), 端午 (五月初五, from 05-27), 中秋 (八月十五, from 09-07) and
 * the 清明 solar term (from 04-04). 324 characters for 81 years, so the island stays small; a year is unpacked
 * only when a date in it is asked for.
 *
 * How it was made: chinese-days 1.5.7 (`getSolarDateFromLunar('YYYY-01-01' / '-05-05' / '-08-15')` and
 * `getSolarTermDate(year, 4, 'pure_brightness')`) in a process running with TZ=Asia/Shanghai — under a zone west
 * of UTC the same calls answer one day early (see the cross-check test). The regular, not the leap, fifth month is
 * used for 端午 (2028 has a leap fifth month). The years with a notice agree with it (2024 春节 02-10, 中秋 09-17;
 * 2025 春节 01-29, 中秋 10-06; 2026 春节 02-17, 端午 06-19, 中秋 09-25), and tests/unit/deadlines.crosscheck.test.ts
 * compares every year with chinese-days again. No network, no library at run time.
 */
const PACKED_FESTIVALS =
  '4to0mie0b7311qm1kea084t0rni1gd8151q0nkf0d9512so1lgc0a510tok1ie9173r0pmh0eb6130p1mid0b7301ql0kfa194s0' +
  'rni0gc8052r1ojf0c8402rn0lhc1b500toj0ie9073s1plh0ea603tp0mie1c7200ql0jfa085t1rni0fc8051q0okg1d8402rm0' +
  'lhc0a611toj0he9063s0plh0fa503so0mid0c8301ql0jfa085t0rnj0gb7050q0ojf0d9403rm0khb09610spk0hd9062s0plh0' +
  'fa604sn0mid0b8200rm0jgb0';

/** Where each packed offset counts from: [month, day] of 春节, 端午, 中秋, 清明. */
const FESTIVAL_START = [
  [1, 21],
  [5, 27],
  [9, 7],
  [4, 4],
] as const;

/**
 * Festival dates of a year for estimating years without a notice: [春节 (正月初一), 端午 (五月初五), 中秋 (八月十五),
 * 清明], each `'MM-DD'`; `undefined` outside {@link ESTIMATE_YEARS}.
 *
 * @example
 * festivalDates(2027); // ['02-06', '06-09', '09-15', '04-05']
 * festivalDates(2036); // ['01-28', '05-30', '10-04', '04-04']
 */
export function festivalDates(year: number): readonly [string, string, string, string] | undefined {
  if (!Number.isInteger(year) || year < ESTIMATE_YEARS.from || year > ESTIMATE_YEARS.to) return undefined;
  const at = (year - ESTIMATE_YEARS.from) * 4;
  const md = (i: number) => {
    const [m, d] = FESTIVAL_START[i]!;
    const t = new Date(Date.UTC(year, m - 1, d + parseInt(PACKED_FESTIVALS[at + i]!, 36)));
    return `${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
  };
  return [md(0), md(1), md(2), md(3)];
}
