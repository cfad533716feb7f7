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
 * Holiday names as the notices use them (2025 merged 国庆 and 中秋 into one 8-day break).
 *
 * @example
 * const name: HolidayName = '春节';
 */
export type HolidayName = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节' | '国庆节、中秋节';

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
 * const y: OfficialYear = { off: [['元旦', '01-01', '01-03']], work: [['元旦', '01-04']] };
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
      ['元旦', '01-01', '01-01'],
      ['春节', '02-10', '02-17'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '06-10', '06-10'],
      ['中秋节', '09-15', '09-17'],
      ['国庆节', '10-01', '10-07'],
    ],
    work: [
      ['春节', '02-04'],
      ['春节', '02-18'],
      ['清明节', '04-07'],
      ['劳动节', '04-28'],
      ['劳动节', '05-11'],
      ['中秋节', '09-14'],
      ['国庆节', '09-29'],
      ['国庆节', '10-12'],
    ],
  },
  2025: {
    off: [
      ['元旦', '01-01', '01-01'],
      ['春节', '01-28', '02-04'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '05-31', '06-02'],
      ['国庆节、中秋节', '10-01', '10-08'],
    ],
    work: [
      ['春节', '01-26'],
      ['春节', '02-08'],
      ['劳动节', '04-27'],
      ['国庆节、中秋节', '09-28'],
      ['国庆节、中秋节', '10-11'],
    ],
  },
  2026: {
    off: [
      ['元旦', '01-01', '01-03'],
      ['春节', '02-15', '02-23'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '06-19', '06-21'],
      ['中秋节', '09-25', '09-27'],
      ['国庆节', '10-01', '10-07'],
    ],
    work: [
      ['元旦', '01-04'],
      ['春节', '02-14'],
      ['春节', '02-28'],
      ['劳动节', '05-09'],
      ['国庆节', '09-20'],
      ['国庆节', '10-10'],
    ],
  },
};

import { ESTIMATE_YEARS } from './years';

export { ESTIMATE_YEARS } from './years';

/**
 * The festival table, packed: for each year from {@link ESTIMATE_YEARS}.from, 16 digits = four `MMDD` dates —
 * 春节 (农历正月初一), 端午 (五月初五), 中秋 (八月十五) and the 清明 solar term. 1,296 characters for 81 years, so the
 * island stays small; a year is unpacked only when a date in it is asked for.
 *
 * How it was made: chinese-days 1.5.7 (`getSolarDateFromLunar('YYYY-01-01' / '-05-05' / '-08-15')` and
 * `getSolarTermDate(year, 4, 'pure_brightness')`) in a process running with TZ=Asia/Shanghai — under a zone west
 * of UTC the same calls answer one day early (see the cross-check test). The regular, not the leap, fifth month is
 * used for 端午 (2028 has a leap fifth month). The years with a notice agree with it (2024 春节 02-10, 中秋 09-17;
 * 2025 春节 01-29, 中秋 10-06; 2026 春节 02-17, 端午 06-19, 中秋 09-25), and tests/unit/deadlines.crosscheck.test.ts
 * compares every year with chinese-days again. No network, no library at run time.
 */
const PACKED_FESTIVALS =
  '012506251001040402120614092104040201060309100405012206220929040502100610091704040129053110060404' +
  '021706190925040502060609091504050126052810030404021306160922040402030605091204050123062410010405' +
  '021106120919040401310601090804040219062009270405020806100916040501280530100404040215061809240404' +
  '020406070913040501240527100204050212061409200404020106030910040401220622092804040210061109170405' +
  '013005311005040402170619092504040206060809150404012605291004040502140615092204040202060409110404' +
  '012306230930040402110613091904050201060109070404021906200926040402080610091604040128053010050405' +
  '021506170924040402040606091304040124062510020404021206140921040502020603090904040121062209280404' +
  '020906110917040401290601100604050217061909250404020506080915040401260528100304040214061609230405' +
  '020306040911040401230623092904040211061309190404013106020908040502190620092604040207061009160404' +
  '012705301005040402150617092404040205060609120404012406241001040402120614092004040202060409100404' +
  '012206220928040402090611091704040129060110060404021706190926040402060607091404040126052710030404' +
  '021406150922040402030605091104040124062309290404021006130918040401300602090804040218062109270404' +
  '020706090916040401270529100504040215061709240404020506060913040401250624093004040212061409200404' +
  '020106040909040401210623092904040209061209180404';

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
  const s = PACKED_FESTIVALS.slice((year - ESTIMATE_YEARS.from) * 16, (year - ESTIMATE_YEARS.from + 1) * 16);
  const md = (i: number) => `${s.slice(i, i + 2)}-${s.slice(i + 2, i + 4)}`;
  return [md(0), md(4), md(8), md(12)];
}
