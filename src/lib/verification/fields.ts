/**
 * The three fields of the MIIT verification form: 短信验证码, 手机号码, 证件号码后六位.
 * The form's own rules (copied from the page, icp-facts §2): the phone must match ^1[3-9][0-9]\d{8}$ read as a
 * number; empty fields get 短信验证码不能为空 / 手机号不能为空 / 证件号不能为空; the ID tail is free text of at most
 * 6 characters.
 */
import { asString, charCount, cleanField as clean, lastChars, strayChars } from '../text';
import { extractSmsInfo } from './sms';
import { MAX_INPUT, type FieldCheck, cleanupErrors, result, tooLongError } from './types';

const DIGITS = /^\d*$/;

/**
 * Mobile prefixes of virtual operators that may not receive the MIIT SMS (Tencent Cloud docs).
 *
 * @example
 * VIRTUAL_PREFIXES.includes('170') // true
 */
export const VIRTUAL_PREFIXES = ['162', '165', '167', '170', '171'] as const;

const PASTED_SMS = '这里只填 6 位验证码，不要粘贴整条短信。';

function typeThis(value: string): string {
  return `请填写：${value}`;
}

/**
 * Check the 6-digit SMS code as it will be typed into 短信验证码.
 *
 * @example
 * checkCode('123456') // { ok: true, value: '123456', errors: [], warnings: [] }
 * checkCode('１２３４５６').value // '123456' (ok: false — full-width digits)
 * checkCode('').errors[0] // '短信验证码不能为空（页面提示）。…'
 */
export function checkCode(input: string): FieldCheck {
  const raw = asString(input);
  if (raw.length > MAX_INPUT) return result('', [tooLongError(raw.length, '短信里的 6 位数字验证码')]);
  const c = clean(raw, { dashes: true });
  if (c.text === '') {
    return result('', ['短信验证码不能为空（页面提示）。请填短信中“验证码：”后的 6 位数字。']);
  }
  if (!DIGITS.test(c.text)) {
    const sms = extractSmsInfo(raw);
    if (sms.code && (c.text.length > 8 || /验证码/.test(c.text))) {
      return result(sms.code, [PASTED_SMS, typeThis(sms.code)]);
    }
    const stray = strayChars(c.text, (ch) => ch >= '0' && ch <= '9');
    return result(c.text, [...cleanupErrors(c, '数字'), `验证码只有数字，不含“${stray.join('”“')}”。`]);
  }
  const errors = cleanupErrors(c, '数字');
  if (c.text.length !== 6) {
    errors.push(`验证码是 6 位数字，这里是 ${c.text.length} 位。`);
  } else if (errors.length > 0) {
    errors.push(typeThis(c.text));
  }
  return result(c.text, errors);
}

/**
 * Check the mobile number as it will be typed into 手机号码 (the form wants 11 digits matching ^1[3-9]).
 * Virtual ranges give a warning; landlines, 13-digit IoT numbers and prefixes give errors.
 *
 * @example
 * checkPhone('13812345678').ok // true
 * checkPhone('+86 138-1234-5678') // { ok: false, value: '13812345678', errors: [...], warnings: [] }
 * checkPhone('17012345678').warnings.length // 1 (virtual operator range)
 */
export function checkPhone(input: string): FieldCheck {
  const raw = asString(input);
  if (raw.length > MAX_INPUT) return result('', [tooLongError(raw.length, '手机号（11 位）')]);
  const c = clean(raw, { dashes: true });
  if (c.text === '') {
    return result('', ['手机号不能为空（页面提示）。请填备案时登记的 11 位手机号。']);
  }
  let t = c.text;
  let bracket = false;
  if (t.includes('(') || t.includes(')')) {
    t = t.replace(/[()]/g, '');
    bracket = true;
  }
  const errors = cleanupErrors({ ...c, brackets: false }, '数字');
  if (bracket) errors.push('含括号，请删掉。');

  let prefix = '';
  if (t.startsWith('+86')) prefix = '+86';
  else if (t.startsWith('0086')) prefix = '0086';
  else if (t.startsWith('86') && t.length === 13 && t[2] === '1') prefix = '86';
  if (prefix) {
    t = t.slice(prefix.length);
    errors.push(`带了“${prefix}”。页面只接受 11 位手机号本身，请去掉它。`);
  } else if (t.startsWith('+') || (t.startsWith('00') && t.length > 11)) {
    return result(t, [...errors, '这是境外号码，页面只接受大陆 11 位手机号。']);
  }

  if (!DIGITS.test(t)) {
    const stray = strayChars(t, (ch) => ch >= '0' && ch <= '9');
    errors.push(`手机号只有数字，不含“${stray.join('”“')}”。`);
    return result(t, errors);
  }
  const warnings: string[] = [];
  if (t.startsWith('0')) {
    errors.push('这是固定电话，短信只发到手机。请填 11 位手机号。');
  } else if (!t.startsWith('1') && t.length <= 10) {
    errors.push('这像是固定电话或热线号码，不是手机号。请填 11 位手机号。');
  } else if (t.startsWith('14') && t.length === 13) {
    errors.push('这是 13 位物联网号码：收不到短信，页面也只收 11 位。请联系接入商换号。');
  } else if (t.length !== 11) {
    errors.push(`手机号是 11 位，这里是 ${t.length} 位。`);
  } else if (!/^1[3-9]/.test(t)) {
    errors.push(`“${t.slice(0, 2)}”开头的不是手机号段（第二位应是 3–9）。`);
  } else {
    const p3 = t.slice(0, 3);
    if ((VIRTUAL_PREFIXES as readonly string[]).includes(p3)) {
      warnings.push(`${p3} 是虚拟运营商号段，腾讯云提示可能收不到工信部短信；收不到时请联系接入商换号。`);
    }
    if (errors.length > 0) errors.push(typeThis(t));
  }
  return result(t, errors, warnings);
}

const TAIL_CHARS = /^[0-9A-Z()]*$/;

/**
 * Warning shown whenever the tail contains brackets: no official text says whether they are typed.
 *
 * @example
 * checkIdTail('456(3)').warnings[0] === BRACKET_WARNING // true
 */
export const BRACKET_WARNING =
  '括号要不要输、用全角还是半角，没有官方说明（一位用户 2025 年 3 月在京东云的备案记录写“含符号”，示例里是全角括号）。核验页面两种都收；若核验提示信息有误，先问接入商登记时的写法，别反复试。';

/**
 * The two ways of typing a tail with brackets, for the reader to choose from.
 *
 * @example
 * bothBracketForms('456(3)') // '两种写法：半角 456(3)，全角 456（3）。'
 */
export function bothBracketForms(halfWidth: string): string {
  return `两种写法：半角 ${halfWidth}，全角 ${halfWidth.replace('(', '（').replace(')', '）')}。`;
}

/**
 * Check what will be typed into 证件号码后六位: exactly 6 characters, symbols included.
 *
 * @example
 * checkIdTail('31002X').ok // true
 * checkIdTail('31002x') // { ok: false, value: '31002X', errors: ['字母请用大写（x 改为 X）。', '请填写：31002X'], warnings: [] }
 * checkIdTail('11010519491231002X').value // '31002X' (ok: false — whole number typed)
 * checkIdTail('456（3）') // ok: true, value '456(3)', warnings: both forms — full-width brackets are no error
 */
export function checkIdTail(input: string): FieldCheck {
  const raw = asString(input);
  if (raw.length > MAX_INPUT) return result('', [tooLongError(raw.length, '证件号码的最后 6 个字符')]);
  const c = clean(raw, { dashes: true, upper: true });
  if (c.text === '') {
    return result('', ['证件号不能为空（页面提示）。请填证件号码最后 6 个字符（含符号）。']);
  }
  // Full-width brackets are not an error: no official text says which the form wants (icp-facts §3).
  const errors = cleanupErrors({ ...c, brackets: false }, '字母或数字');
  if (c.lower) errors.push('字母请用大写（x 改为 X）。');
  const warnings: string[] = [];
  const t = c.text;
  const n = charCount(t);

  if (!TAIL_CHARS.test(t)) {
    const stray = strayChars(t, (ch) => /[0-9A-Z()]/.test(ch));
    errors.push(`含证件号里没有的字符“${stray.join('”“')}”，只填数字、字母和括号。`);
    return result(t, errors, warnings);
  }

  let value = t;
  if (n > 6) {
    value = lastChars(t, 6);
    errors.push(`只填最后 6 个字符，这里有 ${n} 个（输入框只收前 6 个）。最后 6 个是：${value}`);
  } else if (n < 6) {
    errors.push(`需要正好 6 个字符（括号也算），这里只有 ${n} 个。`);
  } else if (errors.length > 0) {
    errors.push(typeThis(value));
  }
  if (/[()]/.test(value)) {
    warnings.push(BRACKET_WARNING, bothBracketForms(value));
    if (!/^[0-9A-Z]{3}\([0-9A-Z]\)$/.test(value) && charCount(value) === 6) {
      warnings.push('括号位置不常见（一般形如 456(3)），请对照证件。');
    }
  }
  return result(value, errors, warnings);
}
