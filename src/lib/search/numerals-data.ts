/**
 * The words of the numeral rule (./numerals.ts): numeral characters, the counting words after which a numeral is a
 * quantity, and the guide's terms whose numeral is part of the name. Data: edit here, the logic stays in numerals.ts.
 */

/**
 * Value of each numeral character.
 *
 * @example
 * DIGIT['两'] // 2
 */
export const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/**
 * The multipliers 十 百 千 万.
 *
 * @example
 * UNIT['万'] // 10000
 */
export const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 萬: 10000 };

/**
 * Counting words after which a numeral is a quantity. Two-character ones are checked with their second character
 * (`小时` not `小`, `分钟` not `分`: `十分` means "very").
 *
 * @example
 * COUNTERS.includes('工作日') // true
 */
export const COUNTERS: readonly string[] = [
  '个',
  '個',
  '次',
  '天',
  '日',
  '年',
  '月',
  '周',
  '週',
  '位',
  '条',
  '條',
  '张',
  '張',
  '家',
  '种',
  '種',
  '步',
  '份',
  '项',
  '項',
  '名',
  '人',
  '页',
  '頁',
  '级',
  '級',
  '岁',
  '歲',
  '元',
  '倍',
  '遍',
  '类',
  '類',
  '工作日',
  '小时',
  '小時',
  '分钟',
  '分鐘',
  '秒',
  '星期',
  '字',
  '码',
  '碼',
];

/**
 * Terms of the guide whose numeral is part of the name (证件号码后六位): they stay in words, and their digit
 * spellings (后6位, 后 6 位) are written back in words, so that both find the pages.
 *
 * @example
 * FIXED_TERMS.includes('后六位') // true
 */
export const FIXED_TERMS: readonly string[] = ['后六位'];

/**
 * Zeros: a run of digits holding one (二〇二六) is read digit by digit, as a year.
 *
 * @example
 * ZEROS.includes('〇') // true
 */
export const ZEROS: readonly string[] = ['〇', '零'];

/**
 * The two forms of 2 used before a counting word (两个); never read digit by digit.
 *
 * @example
 * TWOS.includes('两') // true
 */
export const TWOS: readonly string[] = ['两', '兩'];
