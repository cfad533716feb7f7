import type { Cleaned } from '../text';

/**
 * Longest input (UTF-16 code units) that is analysed at all; anything longer is refused as "not a form value".
 *
 * @example
 * checkPhone('1'.repeat(MAX_INPUT + 1)).ok // false
 */
export const MAX_INPUT = 200;

/**
 * The verdict on one field of the MIIT verification form
 * (https://beian.miit.gov.cn/#/Integrated/ComplaintA).
 *
 * @example
 * const r: FieldCheck = { ok: true, value: '123456', errors: [], warnings: [] };
 */
export type FieldCheck = {
  /** The text as typed would be accepted by the MIIT form (and, as far as we can tell, match). */
  ok: boolean;
  /** Exactly what to type (normalised); '' when nothing usable can be derived. */
  value: string;
  /** In Chinese: why it would be refused, and what to do instead. */
  errors: string[];
  /** Accepted, but worth a look. */
  warnings: string[];
};

/**
 * Build a FieldCheck; `ok` is true when there are no errors.
 *
 * @example
 * result('123456') // { ok: true, value: '123456', errors: [], warnings: [] }
 */
export function result(value: string, errors: string[] = [], warnings: string[] = []): FieldCheck {
  return { ok: errors.length === 0, value, errors, warnings };
}

/**
 * Chinese explanations of what `clean` changed. `what` names the kind of character the field takes.
 *
 * @example
 * cleanupErrors(clean('１２３'), '数字') // ['含全角字符，请切换到英文（半角）输入法输入数字。']
 */
export function cleanupErrors(c: Cleaned, what: string): string[] {
  const out: string[] = [];
  if (c.fullWidth) out.push(`含全角字符，请切换到英文（半角）输入法输入${what}。`);
  if (c.brackets) out.push('含中文全角括号（），请改用半角括号 ()。');
  if (c.spaces || c.invisible) out.push('含空格或看不见的字符（包括全角空格、复制带入的字符），请删掉。');
  if (c.dashes) out.push('含横线“-”，请删掉。');
  return out;
}

/**
 * Message for input longer than anything a form field takes (`length` is what the checker saw; the field may
 * already have been cut by {@link capInput}, so the message names the limit, not the length).
 *
 * @example
 * tooLongError(5000, '手机号（11 位）') // '内容太长（超过 200 个字符），这里只填手机号（11 位）。'
 */
export function tooLongError(length: number, what: string): string {
  return `内容太长（超过 ${Math.min(length - 1, MAX_INPUT)} 个字符），这里只填${what}。`;
}

/**
 * Cut what a person typed or pasted to at most `max` code units (default {@link MAX_INPUT}), before any other work:
 * a form field never needs more, and a 100 KB paste must not cost a full scan on every keystroke. `cut` says
 * whether anything was dropped (the checkers then say the input was too long). Never throws.
 *
 * @example
 * capInput('31002X') // { text: '31002X', cut: false }
 * capInput('中'.repeat(100_000)).text.length // 201 (MAX_INPUT + 1: still recognisably too long)
 */
export function capInput(input: string, max: number = MAX_INPUT + 1): { text: string; cut: boolean } {
  const s = typeof input === 'string' ? input : '';
  const m = Number.isFinite(max) && max >= 0 ? Math.floor(max) : MAX_INPUT + 1;
  if (s.length <= m) return { text: s, cut: false };
  // Do not split a surrogate pair.
  const end = m > 0 && /[\uD800-\uDBFF]/.test(s[m - 1]!) ? m - 1 : m;
  return { text: s.slice(0, end), cut: true };
}
