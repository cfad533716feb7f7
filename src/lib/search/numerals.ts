/**
 * Chinese numerals before a counting word become Arabic digits, so that `二十个工作日`, `五次` and `一天` find pages
 * that write `20 个工作日`, `5 次` and `1 天` (and the other way round: both the page text and the query go through
 * here). Only a numeral directly followed by a counting word changes: `统一`, `一般`, `一下`, `星期一`, `十分重要`
 * stay as they are, and vague amounts (`一两天`, `三五次`) are left alone.
 */

import { COUNTERS, DIGIT, FIXED_TERMS, TWOS, UNIT, ZEROS } from './numerals-data';

function fixedAt(text: string, i: number): string | undefined {
  for (const t of FIXED_TERMS) {
    // The numeral run starts inside the term: find where the term would start.
    for (let k = 0; k < t.length; k++) if (isNumeral(t[k]!) && text.startsWith(t, i - k)) return t.slice(k);
  }
  return undefined;
}

function counterAt(text: string, i: number): boolean {
  for (const c of COUNTERS) if (text.startsWith(c, i)) return true;
  return false;
}

function isNumeral(ch: string): boolean {
  return ch in DIGIT || ch in UNIT;
}

/**
 * The value of a Chinese numeral such as 二十, 两百, 一千零五, 二〇二六; `undefined` for anything that is not one
 * number written the usual way (一两, 三五, 十十).
 *
 * @example
 * parseChineseNumeral('二十') // 20
 * parseChineseNumeral('十五') // 15
 * parseChineseNumeral('二〇二六') // 2026
 * parseChineseNumeral('一两') // undefined
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (typeof s !== 'string' || s.length === 0 || s.length > 12) return undefined;
  const chars = [...s];
  if (chars.some((c) => !isNumeral(c))) return undefined;
  // Digit by digit (years: 二〇二六): only when it holds a 〇/零 and no multiplier.
  if (chars.length > 1 && chars.every((c) => c in DIGIT)) {
    if (!chars.some((c) => ZEROS.includes(c)) || chars.some((c) => TWOS.includes(c))) return undefined;
    return Number(chars.map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity; // multipliers inside a section must decrease: 二十三, not 十百
  for (const c of chars) {
    if (c in DIGIT) {
      if (digit !== undefined && digit !== 0) return undefined; // 一两, 三五
      digit = DIGIT[c]!;
    } else {
      const u = UNIT[c]!;
      if (u === 10000) {
        if (digit === undefined && section === 0) return undefined;
        total += (section + (digit ?? 0)) * 10000;
        section = 0;
        lastUnit = Infinity;
      } else {
        if (u >= lastUnit) return undefined;
        if (digit === 0) return undefined;
        // 十 alone or at the start means 一十.
        section += (digit ?? (u === 10 && section === 0 ? 1 : NaN)) * u;
        if (Number.isNaN(section)) return undefined;
        lastUnit = u;
      }
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Replace every Chinese numeral that is directly followed by a counting word with its Arabic digits.
 * Linear in the length of the text; never throws.
 *
 * @example
 * numeralsToDigits('二十个工作日') // '20个工作日'
 * numeralsToDigits('最多五次') // '最多5次'
 * numeralsToDigits('有效期一天') // '有效期1天'
 * numeralsToDigits('统一，一般，十分重要，一两天') // '统一，一般，十分重要，一两天'
 * numeralsToDigits('证件号码后六位是六位数字') // '证件号码后六位是6位数字'
 */
export function numeralsToDigits(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isNumeral(text[i]!)) {
      out += text[i];
      i++;
      continue;
    }
    const fixed = fixedAt(text, i);
    if (fixed !== undefined) {
      out += fixed;
      i += fixed.length;
      continue;
    }
    let j = i;
    while (j < n && j - i < 12 && isNumeral(text[j]!)) j++;
    const run = text.slice(i, j);
    const value = counterAt(text, j) ? parseChineseNumeral(run) : undefined;
    out += value === undefined ? run : String(value);
    i = j;
  }
  return out;
}
