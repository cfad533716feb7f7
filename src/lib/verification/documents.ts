/**
 * Document numbers → the "证件号码后六位" the MIIT form wants. Formats and check digits: icp-facts §3.
 */
import { asString, cleanField as clean, lastChars } from '../text';
import { BRACKET_WARNING } from './fields';
import { MAX_INPUT, type FieldCheck, result, tooLongError } from './types';
import { todayInBeijing } from '../deadlines/beijing';

/**
 * The documents a filing's responsible person may have used.
 *
 * @example
 * const t: DocumentType = 'hk-id';
 */
export type DocumentType =
  | 'resident-id'
  | 'residence-permit'
  | 'hk-macau-permit'
  | 'taiwan-permit'
  | 'hk-id'
  | 'macau-id'
  | 'passport'
  | 'other';

/**
 * One choice of document type: value, Chinese label, a format example that passes `idTail` ('' for 'other').
 *
 * @example
 * const o: DocumentTypeOption = { value: 'passport', label: '护照', example: 'E12345678' };
 */
export type DocumentTypeOption = { value: DocumentType; label: string; example: string };

/**
 * Choices for a `<select>`: value, Chinese label and an example of the format.
 *
 * @example
 * DOCUMENT_TYPES.find((d) => d.value === 'hk-id')?.label // '香港身份证'
 */
export const DOCUMENT_TYPES: readonly DocumentTypeOption[] = [
  { value: 'resident-id', label: '居民身份证', example: '11010519491231002X' },
  { value: 'residence-permit', label: '港澳台居民居住证', example: '810000199001010019' },
  { value: 'hk-macau-permit', label: '港澳居民来往内地通行证（回乡证）', example: 'H12345678' },
  { value: 'taiwan-permit', label: '台湾居民来往大陆通行证（台胞证）', example: '12345678' },
  { value: 'hk-id', label: '香港身份证', example: 'A123456(3)' },
  { value: 'macau-id', label: '澳门身份证', example: '1234567(8)' },
  { value: 'passport', label: '护照', example: 'E12345678' },
  { value: 'other', label: '其他证件', example: '' },
];

/** Province-level codes (first two digits) of resident ID numbers: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65. */
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])/;
const PERMIT_AREAS: Record<string, string> = { '810000': '香港', '820000': '澳门', '830000': '台湾' };

const BAD_PROVINCE = '开头两位不是有效的省级代码，号码可能输错了。';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * ISO 7064 MOD 11-2 check character of the first 17 digits of an 18-character ID number (GB 11643).
 * Returns '' when the input is not 17 digits.
 *
 * @example
 * residentIdCheckChar('11010519491231002') // 'X'
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return '10X98765432'[sum % 11]!;
}

/**
 * Check character of a Hong Kong identity card number (letters A=10…Z=35, a single letter padded with 36 in
 * front, weights 9…2, check = 11 − sum mod 11, 10 → A, 11 → 0). '' when the input is not 1–2 letters + 6 digits.
 *
 * @example
 * hkIdCheckChar('A123456') // '3'
 */
export function hkIdCheckChar(body: string): string {
  if (!/^[A-Z]{1,2}\d{6}$/.test(body)) return '';
  const chars = body.length === 7 ? ' ' + body : body;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = chars[i]!;
    const v = ch === ' ' ? 36 : ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    sum += v * (9 - i);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'A' : c === 11 ? '0' : String(c);
}

/** Today's date in Beijing as YYYYMMDD, for the "birth date not in the future" check. */
function beijingToday(today?: Date): string {
  const t =
    today instanceof Date && Number.isFinite(today.getTime()) && Math.abs(today.getTime()) < 2.5e14
      ? today
      : new Date();
  return todayInBeijing(t).replace(/-/g, '');
}

/** Chinese error for a birth date YYYYMMDD that is not a real date in a sane range, or null when fine. */
function birthDateError(ymd: string, today: string): string | null {
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  const shown = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  return !real || y < 1900 || ymd > today ? `出生日期 ${shown} 不存在或晚于今天，号码可能输错了。` : null;
}

function residentLike(t: string, type: 'resident-id' | 'residence-permit', today: string, lowerX: boolean): FieldCheck {
  const permit = type === 'residence-permit';
  const name = permit ? '港澳台居民居住证' : '居民身份证';
  const warnings: string[] = [];
  if (lowerX) warnings.push('小写 x 已改为大写 X，核验时也请输大写。');

  if (!permit && /^\d{15}$/.test(t)) {
    const errors: string[] = [];
    if (!PROVINCE.test(t)) errors.push(BAD_PROVINCE);
    const dateErr = birthDateError('19' + t.slice(6, 12), today);
    if (dateErr) errors.push(dateErr);
    warnings.push('这是已停用的 15 位旧号。备案登记的通常是 18 位新号，后六位不同：请按新证号码推算。');
    return result(t.slice(-6), errors, warnings);
  }
  if (!/^\d{17}[\dX]$/.test(t)) {
    return result('', [`${name}号码是 17 位数字加 1 位数字或 X，这里是 ${Array.from(t).length} 个字符。`], warnings);
  }

  const errors: string[] = [];
  const area = t.slice(0, 6);
  if (permit) {
    if (!PERMIT_AREAS[area]) {
      errors.push(`居住证号码以 810000、820000 或 830000 开头，这个是 ${area}。`);
    }
  } else if (PERMIT_AREAS[area]) {
    warnings.push(`这是${PERMIT_AREAS[area]}居民的居住证号码，后六位取法相同。`);
  } else if (!PROVINCE.test(t)) {
    errors.push(BAD_PROVINCE);
  }
  const dateErr = birthDateError(t.slice(6, 14), today);
  if (dateErr) errors.push(dateErr);
  if (residentIdCheckChar(t.slice(0, 17)) !== t[17]) {
    errors.push('最后一位校验码对不上：号码里有输错的地方，请对照证件逐位核对。');
  }
  return result(t.slice(-6), errors, warnings);
}

/**
 * From a full document number, the "证件号码后六位" to type. `ok`: the number is valid for that document
 * (check digits where they exist); `value`: its last six characters as the form wants them (brackets kept).
 * `options.today` (for the birth-date check) defaults to now.
 *
 * @example
 * idTail('resident-id', '11010519491231002x') // { ok: true, value: '31002X', errors: [], warnings: ['小写 x 已改为大写 X…'] }
 * idTail('hk-id', 'A123456（3）').value // '456(3)'
 * idTail('macau-id', '1234567(8)').value // '567(8)'
 * idTail('hk-macau-permit', 'H12345678').value // '345678'
 */
export function idTail(type: DocumentType, fullNumber: string, options: { today?: Date } = {}): FieldCheck {
  const raw = asString(fullNumber);
  if (raw.length > MAX_INPUT) return result('', [tooLongError(raw.length, '证件号码')]);
  const c = clean(raw, { dashes: true, upper: true });
  const t = c.text;
  if (t === '') return result('', ['请输入完整的证件号码。']);

  switch (type) {
    case 'resident-id':
    case 'residence-permit':
      return residentLike(t, type, beijingToday(options.today), c.lower && t.endsWith('X'));

    case 'hk-macau-permit': {
      if (/^[HM](\d{8}|\d{10})$/.test(t)) return result(t.slice(-6));
      return result('', ['回乡证号码是 H 或 M 加 8 位数字（旧证加 10 位）。']);
    }

    case 'taiwan-permit': {
      if (/^\d{8}$/.test(t)) return result(t.slice(-6));
      return result('', ['台胞证号码是 8 位数字；其他格式请选“其他证件”。']);
    }

    case 'hk-id': {
      const m = /^([A-Z]{1,2})(\d{6})(?:\(([0-9A])\)|([0-9A]))$/.exec(t);
      if (!m) {
        return result('', ['香港身份证号码形如 A123456(3)：1–2 个字母、6 位数字加校验码。']);
      }
      const given = (m[3] ?? m[4])!;
      const value = `${m[2]!.slice(3)}(${given})`;
      const warnings = [BRACKET_WARNING];
      if (hkIdCheckChar(m[1]! + m[2]!) !== given) {
        return result(value, ['括号里的校验码对不上：号码里有输错的地方，请对照证件核对。'], warnings);
      }
      return result(value, [], warnings);
    }

    case 'macau-id': {
      const m = /^([157]\d{6})(?:\((\d)\)|(\d))$/.exec(t);
      if (!m) {
        return result('', ['澳门身份证号码形如 1234567(8)，以 1、5 或 7 开头。']);
      }
      return result(
        `${m[1]!.slice(4)}(${m[2] ?? m[3]})`,
        [],
        ['澳门身份证校验码的算法未公开，这里只检查了格式。', BRACKET_WARNING],
      );
    }

    case 'passport': {
      if (/^(E\d{8}|E[A-Z]\d{7}|G\d{8})$/.test(t)) return result(t.slice(-6));
      if (/^[A-Z0-9]{6,20}$/.test(t)) {
        return result(
          t.slice(-6),
          [],
          ['不是中国护照的格式（E 或 G 加 8 位数字，或 E 加字母和 7 位数字），按外国护照处理：只检查了长度和字符。'],
        );
      }
      return result('', ['护照号码是 6–20 个字母和数字，如 E12345678。']);
    }

    default: {
      const chars = Array.from(t);
      if (chars.length < 6) {
        return result('', [`证件号码至少 6 个字符，这里只有 ${chars.length} 个。`]);
      }
      const value = lastChars(t, 6);
      return result(value, [], ['无法核对这种证件的格式，请对照证件确认后六位（已去掉空格和横线）。']);
    }
  }
}
