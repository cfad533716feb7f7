/**
 * The years the calendar can speak about, in a module of its own so that code which only validates input (and the
 * 短信核验信息自查 island) does not pull in the holiday tables.
 */

/**
 * First and last year of the festival table: the range in which an estimate still counts the statutory holidays.
 *
 * @example
 * ESTIMATE_YEARS; // { from: 2020, to: 2100 }
 */
export const ESTIMATE_YEARS = { from: 2020, to: 2100 } as const;
