/**
 * Our own calendar data for the 期限计算 tool. Kept compact on purpose: the island ships it to the browser.
 *
 * 1. {@link OFFICIAL}: every holiday day and make-up workday (调休上班) of the years for which a State Council
 *    (国务院办公厅) notice is in our sources — copied from the notices listed in {@link NOTICES}
 *    (see /work/shared/facts/icp-facts.md §4). Days are `'MM-DD'` inside the year.
 * 2. {@link FESTIVALS}: for 2020–2035, the Gregorian dates of 春节 (农历正月初一), 端午 (五月初五), 中秋 (八月十五) and
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

/**
 * Festival dates for estimating years without a notice: year → [春节 (正月初一), 端午 (五月初五), 中秋 (八月十五), 清明],
 * each `'MM-DD'`.
 *
 * How they were derived: computed with chinese-days 1.5.7 (`getSolarDateFromLunar('YYYY-01-01' / '-05-05' / '-08-15')`
 * and `getSolarTermDate(year, 4, 'pure_brightness')`) in a process running with TZ=Asia/Shanghai — under a zone west
 * of UTC the same calls answer one day early (see the cross-check test). The regular, not the leap, fifth month is
 * used for 端午 (2028 has a leap fifth month). The covered years agree with the notices (2024 春节 02-10, 中秋 09-17;
 * 2025 春节 01-29, 中秋 10-06; 2026 春节 02-17, 端午 06-19, 中秋 09-25), and the test compares every row with
 * chinese-days again.
 *
 * @example
 * FESTIVALS[2027]; // ['02-06', '06-09', '09-15', '04-05']
 */
export const FESTIVALS: Readonly<Record<number, readonly [string, string, string, string]>> = {
  2020: ['01-25', '06-25', '10-01', '04-04'],
  2021: ['02-12', '06-14', '09-21', '04-04'],
  2022: ['02-01', '06-03', '09-10', '04-05'],
  2023: ['01-22', '06-22', '09-29', '04-05'],
  2024: ['02-10', '06-10', '09-17', '04-04'],
  2025: ['01-29', '05-31', '10-06', '04-04'],
  2026: ['02-17', '06-19', '09-25', '04-05'],
  2027: ['02-06', '06-09', '09-15', '04-05'],
  2028: ['01-26', '05-28', '10-03', '04-04'],
  2029: ['02-13', '06-16', '09-22', '04-04'],
  2030: ['02-03', '06-05', '09-12', '04-05'],
  2031: ['01-23', '06-24', '10-01', '04-05'],
  2032: ['02-11', '06-12', '09-19', '04-04'],
  2033: ['01-31', '06-01', '09-08', '04-04'],
  2034: ['02-19', '06-20', '09-27', '04-05'],
  2035: ['02-08', '06-10', '09-16', '04-05'],
};

/**
 * First and last year of {@link FESTIVALS}: the range in which an estimate still counts the statutory holidays.
 *
 * @example
 * ESTIMATE_YEARS; // { from: 2020, to: 2035 }
 */
export const ESTIMATE_YEARS = { from: 2020, to: 2035 } as const;
