/**
 * The years the calendar can speak about, in a module of its own so that code which only validates input or sets a
 * date field's bounds (and the 短信核验信息自查 island) does not pull in the holiday tables.
 */

/**
 * First and last year of the festival table: the range in which an estimate still counts the statutory holidays.
 *
 * @example
 * ESTIMATE_YEARS; // { from: 2020, to: 2100 }
 */
export const ESTIMATE_YEARS = { from: 2020, to: 2100 } as const;

/**
 * Years the tool accepts as input (2020–2099): every day of a window that starts in them (at most a few months)
 * lies in a year with at least a statutory estimate (the festival table runs to 2100).
 *
 * @example
 * INPUT_YEARS.to; // 2099
 */
export const INPUT_YEARS = { from: ESTIMATE_YEARS.from, to: ESTIMATE_YEARS.to - 1 } as const;
