/**
 * The three fields of the MIIT verification form: 短信验证码, 手机号码, 证件号码后六位.
 * The form's own rules (copied from the page, icp-facts §2): the phone must match ^1[3-9][0-9]\d{8}$ read as a
 * number; empty fields get 短信验证码不能为空 / 手机号不能为空 / 证件号不能为空; the ID tail is free text of at most
 * 6 characters. Results are codes (./types.ts); the sentences are the dictionary's (src/i18n).
 */
import { issue, verdict, type Issue } from '../issues';
import { asString, charCount, cleanField, lastChars, strayChars } from '../text';
import { MAX_INPUT, type FieldCheck, type FieldCode, cleanupErrors, tooLong } from './types';

const DIGITS = /^\d*$/;

/**
 * Mobile prefixes of virtual operators that may not receive the MIIT SMS (Tencent Cloud docs).
 *
 * @example
 * VIRTUAL_PREFIXES.includes('170') // true
 */
export const VIRTUAL_PREFIXES = ['162', '165', '167', '170', '171'] as const;

/**
 * Eight digits starting 5, 6 or 9: a Hong Kong mobile number (Macao's start with 6), typed without +852/+853. Possibly
 * also a local landline typed without its area code, so it is said as "possibly", never as a landline.
 */
const HK_MACAU_MOBILE = /^[569]\d{7}$/;

/** "Type this": the corrected value, closing a list of errors. */
const typeThis = (value: string): Issue<FieldCode> => issue('input.typeThis', { value });

/** The characters a field does not take, as one value: each shown safely (see strayChars), separated by spaces. */
const charsParam = (text: string, allowed: (ch: string) => boolean) => ({ chars: strayChars(text, allowed).join(' ') });
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/**
 * Reads the code out of a whole SMS pasted into 短信验证码: `extractSmsInfo` (./sms.ts), passed in so that this
 * module does not carry the SMS parser (the checker loads it when the code field first needs it, see `readsAsSms`).
 *
 * @example
 * const read: SmsCodeReader = (text) => ({ code: /\d{6}/.exec(text)?.[0] ?? null });
 */
export type SmsCodeReader = (text: string) => { code: string | null };

/** Cleaned code-field text that is read as a pasted SMS: not digits only, and longer than 8 or naming 验证码. */
const looksLikeSms = (text: string) => !DIGITS.test(text) && (text.length > 8 || /验证码/.test(text));

/**
 * Whether the check of this code-field input reads it as a whole pasted SMS, so that it needs the SMS reader
 * (`checkCodeWith`'s `readSms`): not digits only, and longer than 8 characters or naming 验证码.
 *
 * @example
 * readsAsSms('123456') // false
 * readsAsSms('12345a') // false
 * readsAsSms('验证码：123456') // true
 */
export function readsAsSms(input: string): boolean {
  const raw = asString(input);
  return raw.length <= MAX_INPUT && looksLikeSms(cleanField(raw, { dashes: true }).text);
}

/**
 * Check the 6-digit SMS code as it will be typed into 短信验证码, reading a whole pasted SMS with `readSms`.
 * Without a reader, such text is checked as a code (not digits); `checkCode` (./sms.ts) always passes the SMS
 * parser, and the checker passes it once loaded (it shows no verdict for text that `readsAsSms` before then).
 *
 * @example
 * checkCodeWith('123456') // { ok: true, value: '123456', errors: [], warnings: [] }
 * checkCodeWith('１２３４５６').value // '123456' (ok: false — full-width digits)
 * checkCodeWith('').errors[0] // { code: 'code.empty' }
 */
export function checkCodeWith(input: string, readSms?: SmsCodeReader): FieldCheck {
  const raw = asString(input);
  if (raw.length > MAX_INPUT) return verdict('', [tooLong(raw.length, 'code.tooLong')]);
  const c = cleanField(raw, { dashes: true });
  if (c.text === '') return verdict('', [issue('code.empty')]);
  if (!DIGITS.test(c.text)) {
    const smsCode = readSms && looksLikeSms(c.text) ? readSms(raw).code : null;
    if (smsCode) return verdict(smsCode, [issue('code.pastedSms'), typeThis(smsCode)]);
    return verdict(c.text, [...cleanupErrors(c, 'digits'), issue('code.notDigits', charsParam(c.text, isDigit))]);
  }
  const errors: Issue<FieldCode>[] = cleanupErrors(c, 'digits');
  if (c.text.length !== 6) {
    errors.push(issue('code.length', { length: c.text.length }));
  } else if (errors.length > 0) {
    errors.push(typeThis(c.text));
  }
  return verdict(c.text, errors);
}

/**
 * Check the mobile number as it will be typed into 手机号码 (the form wants 11 digits matching ^1[3-9]).
 * Virtual ranges give a warning; landlines, 13-digit IoT numbers and prefixes give errors.
 *
 * @example
 * checkPhone('13812345678').ok // true
 * checkPhone('+86 138-1234-5678') // { ok: false, value: '13812345678', errors: [{ code: 'input.spaces' }, …], warnings: [] }
 * checkPhone('17012345678').warnings // [{ code: 'phone.virtual', params: { prefix: '170' } }]
 */
export function checkPhone(input: string): FieldCheck {
  const raw = asString(input);
  if (raw.length > MAX_INPUT) return verdict('', [tooLong(raw.length, 'phone.tooLong')]);
  const c = cleanField(raw, { dashes: true });
  if (c.text === '') return verdict('', [issue('phone.empty')]);
  let t = c.text;
  let bracket = false;
  if (t.includes('(') || t.includes(')')) {
    t = t.replace(/[()]/g, '');
    bracket = true;
  }
  const errors: Issue<FieldCode>[] = cleanupErrors({ ...c, brackets: false }, 'digits');
  if (bracket) errors.push(issue('phone.brackets'));

  let prefix = '';
  if (t.startsWith('+86')) prefix = '+86';
  else if (t.startsWith('0086')) prefix = '0086';
  else if (t.startsWith('86') && t.length === 13 && t[2] === '1') prefix = '86';
  if (prefix) {
    t = t.slice(prefix.length);
    errors.push(issue('phone.prefix', { prefix }));
  } else if (t.startsWith('+') || (t.startsWith('00') && t.length > 11)) {
    return verdict(t, [...errors, issue('phone.foreign')]);
  }

  if (!DIGITS.test(t)) {
    errors.push(issue('phone.notDigits', charsParam(t, isDigit)));
    return verdict(t, errors);
  }
  const warnings: Issue<FieldCode>[] = [];
  if (t.startsWith('0')) {
    errors.push(issue('phone.landline'));
  } else if (HK_MACAU_MOBILE.test(t)) {
    errors.push(issue('phone.hkMacau'));
  } else if (!t.startsWith('1') && t.length <= 10) {
    errors.push(issue('phone.hotline'));
  } else if (t.startsWith('14') && t.length === 13) {
    errors.push(issue('phone.iot'));
  } else if (t.length !== 11) {
    errors.push(issue('phone.length', { length: t.length }));
  } else if (!/^1[3-9]/.test(t)) {
    errors.push(issue('phone.range', { start: t.slice(0, 2) }));
  } else {
    const p3 = t.slice(0, 3);
    if ((VIRTUAL_PREFIXES as readonly string[]).includes(p3)) warnings.push(issue('phone.virtual', { prefix: p3 }));
    if (errors.length > 0) errors.push(typeThis(t));
  }
  return verdict(t, errors, warnings);
}

/** What the tail may hold once cleaned: printable ASCII (letters upper-cased); anything else is no document's. */
const TAIL_CHARS = /^[\x21-\x7E]*$/;
/** Digits, capital letters and brackets; any other character of a cleaned tail is a symbol, which counts too. */
const isTailChar = (ch: string) => /[0-9A-Z()]/.test(ch);
const isLower = (ch: string) => ch >= 'a' && ch <= 'z';

/**
 * The warning whenever the tail contains brackets: no official text says whether they are typed, or in which width,
 * and nobody has published whether the page takes both (icp-facts §3). The reader is offered both forms to copy
 * (`copyForms`) and sent to the provider, not to trial and error: five wrong tries return the order.
 *
 * @example
 * checkIdTail('456(3)').warnings // [BRACKET_WARNING]
 */
export const BRACKET_WARNING: Issue<'tail.brackets'> = issue('tail.brackets');

/**
 * The same tail with full-width brackets （） instead of half-width ().
 *
 * @example
 * fullWidthBrackets('456(3)') // '456（3）'
 */
export function fullWidthBrackets(halfWidth: string): string {
  return halfWidth.replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * Check what will be typed into 证件号码后六位: exactly 6 characters, symbols included (icp-facts §3). Symbols other
 * than brackets are kept and counted, with a warning (no document whose format we know has them there); dashes
 * typed as separators (the text is longer than 6 with them and 6 without) are removed, as are spaces. Lower-case
 * letters: an x as the last character is the check character X (an error); other letters are said with the
 * documents that have letters in the last six (a warning: the page's own check does not look at case).
 *
 * @example
 * checkIdTail('31002X').ok // true
 * checkIdTail('31002x') // { ok: false, value: '31002X', errors: [{ code: 'tail.lowerX' }, { code: 'input.typeThis', params: { value: '31002X' } }], warnings: [] }
 * checkIdTail('ab1234') // { ok: true, value: 'AB1234', errors: [], warnings: [{ code: 'tail.lowerLetters', params: { chars: 'a b' } }] }
 * checkIdTail('23/456') // { ok: true, value: '23/456', errors: [], warnings: [{ code: 'tail.symbols', params: { chars: '/' } }] }
 * checkIdTail('11010519491231002X').value // '31002X' (ok: false — whole number typed)
 * checkIdTail('456（3）') // ok: true, value '456(3)', warnings: [BRACKET_WARNING] — full-width brackets are no error
 */
export function checkIdTail(input: string): FieldCheck {
  const raw = asString(input);
  if (raw.length > MAX_INPUT) return verdict('', [tooLong(raw.length, 'tail.tooLong')]);
  const kept = cleanField(raw);
  const separators = cleanField(raw, { dashes: true });
  // Dashes are separators only when dropping them leaves exactly the six characters; otherwise they count.
  const c = charCount(kept.text) > 6 && charCount(separators.text) === 6 ? separators : kept;
  if (c.text === '') return verdict('', [issue('tail.empty')]);
  // Full-width brackets are not an error: no official text says which the form wants (icp-facts §3).
  const errors: Issue<FieldCode>[] = cleanupErrors({ ...c, brackets: false }, 'alnum');
  const warnings: Issue<FieldCode>[] = [];
  const t = c.text.replace(/[a-z]/g, (ch) => ch.toUpperCase());
  const n = charCount(t);

  if (!TAIL_CHARS.test(t)) {
    errors.push(
      issue(
        'tail.strayChars',
        charsParam(t, (ch) => TAIL_CHARS.test(ch)),
      ),
    );
    return verdict(t, errors, warnings);
  }

  const value = n > 6 ? lastChars(t, 6) : t;
  // The case of what is to be typed: a final x is the check character X; other letters are the documents'.
  const typed = n > 6 ? lastChars(c.text, 6) : c.text;
  const checkX = typed.endsWith('x');
  if (checkX) errors.push(issue('tail.lowerX'));
  const lower = strayChars(checkX ? typed.slice(0, -1) : typed, (ch) => !isLower(ch));
  if (lower.length > 0) warnings.push(issue('tail.lowerLetters', { chars: lower.join(' ') }));
  if (n > 6) {
    errors.push(issue('tail.tooMany', { count: n, value }));
  } else if (n < 6) {
    errors.push(issue('tail.tooFew', { count: n }));
  } else if (errors.length > 0) {
    errors.push(typeThis(value));
  }
  const symbols = strayChars(value, isTailChar);
  if (symbols.length > 0) warnings.push(issue('tail.symbols', { chars: symbols.join(' ') }));
  if (/[()]/.test(value)) {
    warnings.push(BRACKET_WARNING);
    if (!/^[0-9A-Z]{3}\([0-9A-Z]\)$/.test(value) && charCount(value) === 6) warnings.push(issue('tail.oddBrackets'));
  }
  return verdict(value, errors, warnings);
}
