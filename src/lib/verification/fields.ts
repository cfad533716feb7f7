/**
 * The three fields of the MIIT verification form: 短信验证码, 手机号码, 证件号码后六位.
 * The form's own rules (copied from the page, icp-facts §2): the phone must match ^1[3-9][0-9]\d{8}$ read as a
 * number; empty fields get 短信验证码不能为空 / 手机号不能为空 / 证件号不能为空; the ID tail is free text of at most
 * 6 characters. Results are codes (./types.ts); the sentences are the dictionary's (src/i18n).
 */
import { issue, verdict, type Issue } from '../issues';
import { asString, charCount, cleanField, lastChars, strayChars } from '../text';
import { MAX_INPUT, type FieldCheck, type FieldCode, cleanupErrors, tooLong } from './types';
import { EDGE_DIGITS, EDGE_TAIL, LABEL, LABEL_WORD, LOOKS_LIKE_X } from './fields-data';

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
 * What was typed around the value, taken out: a label before it ("证件号后六位：01007X", "手机号 138…"; not for the
 * code, whose box reads a whole SMS instead) and punctuation at its ends ("482913。"; for a tail only Chinese
 * punctuation, since ASCII symbols count in a tail). Only when something is left; the issues say what was taken out.
 *
 * @example
 * unframe('证件号后六位：01007X', 'tail') // { text: '01007X', issues: [{ code: 'input.label', params: { label: '证件号后六位：' } }] }
 * unframe('482913。', 'code') // { text: '482913', issues: [{ code: 'input.punctuation', params: { chars: '。' } }] }
 * unframe('01007X', 'tail') // { text: '01007X', issues: [] }
 */
export function unframe(input: string, field: 'code' | 'phone' | 'tail'): { text: string; issues: Issue<FieldCode>[] } {
  let text = asString(input);
  const issues: Issue<FieldCode>[] = [];
  const label = field === 'code' ? null : LABEL.exec(text);
  if (label && LABEL_WORD.test(label[0]) && !/[\u3400-\u9fff]/u.test(text.slice(label[0].length))) {
    issues.push(issue('input.label', { label: label[0].trim() }));
    text = text.slice(label[0].length);
  }
  const edge = field === 'tail' ? EDGE_TAIL : EDGE_DIGITS;
  const inner = text.replace(edge, '');
  const chars = [...text.matchAll(edge)].map((m) => m[0].replace(/\s/g, '')).join('');
  if (chars && inner.trim()) {
    issues.push(issue('input.punctuation', { chars: Array.from(chars).join(' ') }));
    text = inner;
  }
  return { text, issues };
}

/**
 * Reads the code out of a whole SMS pasted into 短信验证码: `extractSmsInfo` (./sms.ts), passed in so that this
 * module does not carry the SMS parser (the checker loads it when the code field first needs it, see `readsAsSms`).
 *
 * @example
 * const read: SmsCodeReader = (text) => ({ code: /\d{6}/.exec(text)?.[0] ?? null });
 */
export type SmsCodeReader = (text: string) => { code: string | null; noCodeToType?: boolean };

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
  const typed = asString(input);
  if (typed.length > MAX_INPUT) return verdict('', [tooLong(typed.length, 'code.tooLong')]);
  // punctuation at an end ("482913。") is taken out only from a value that is then digits; a whole SMS is read as typed
  const framed = unframe(typed, 'code');
  const bare = DIGITS.test(cleanField(framed.text, { dashes: true }).text);
  const raw = bare ? framed.text : typed;
  const c = cleanField(raw, { dashes: true });
  if (c.text === '') return verdict('', [issue('code.empty')]);
  if (!DIGITS.test(c.text)) {
    const read = readSms && looksLikeSms(c.text) ? readSms(raw) : null;
    // an MIIT SMS for 取消接入, which has none: no code to type (the SMS box says why)
    if (read?.code && read.noCodeToType) return verdict('', [issue('code.pastedSms'), issue('code.cancelAccess')]);
    if (read?.code) return verdict(read.code, [issue('code.pastedSms'), typeThis(read.code)]);
    return verdict(c.text, [...cleanupErrors(c, 'digits'), issue('code.notDigits', charsParam(c.text, isDigit))]);
  }
  const errors: Issue<FieldCode>[] = [...(bare ? framed.issues : []), ...cleanupErrors(c, 'digits')];
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
  const typed = asString(input);
  if (typed.length > MAX_INPUT) return verdict('', [tooLong(typed.length, 'phone.tooLong')]);
  const framed = unframe(typed, 'phone');
  const raw = framed.text;
  const c = cleanField(raw, { dashes: true });
  if (c.text === '') return verdict('', [issue('phone.empty')]);
  let t = c.text;
  let bracket = false;
  if (t.includes('(') || t.includes(')')) {
    t = t.replace(/[()]/g, '');
    bracket = true;
  }
  const errors: Issue<FieldCode>[] = [...framed.issues, ...cleanupErrors({ ...c, brackets: false }, 'digits')];
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
 * A lower-case x as the last character is a warning too (the check character is written X; no source says whether
 * the page reads x as X): X is what is offered. A character that looks like X (×, ✕, Ⅹ) is read as X, with an
 * error; a label typed before the value and Chinese punctuation at its ends are taken out ({@link unframe}).
 *
 * @example
 * checkIdTail('31002X').ok // true
 * checkIdTail('31002x') // { ok: true, value: '31002X', errors: [], warnings: [{ code: 'tail.lowerX' }] }
 * checkIdTail('01007×') // { ok: false, value: '01007X', errors: [{ code: 'tail.lookalikeX', params: { chars: '×' } }, { code: 'input.typeThis', params: { value: '01007X' } }], warnings: [] }
 * checkIdTail('ab1234') // { ok: true, value: 'AB1234', errors: [], warnings: [{ code: 'tail.lowerLetters', params: { chars: 'a b' } }] }
 * checkIdTail('23/456') // { ok: true, value: '23/456', errors: [], warnings: [{ code: 'tail.symbols', params: { chars: '/' } }] }
 * checkIdTail('11010519491231002X').value // '31002X' (ok: false — whole number typed)
 * checkIdTail('456（3）') // ok: true, value '456(3)', warnings: [BRACKET_WARNING] — full-width brackets are no error
 */
export function checkIdTail(input: string): FieldCheck {
  const typed = asString(input);
  if (typed.length > MAX_INPUT) return verdict('', [tooLong(typed.length, 'tail.tooLong')]);
  const framed = unframe(typed, 'tail');
  // a character that looks like X (×, ✕, Ⅹ from an input method) is read as X, and named
  const lookalikes = strayChars(framed.text, (ch) => !LOOKS_LIKE_X.includes(ch));
  const raw = Array.from(framed.text, (ch) => (LOOKS_LIKE_X.includes(ch) ? 'X' : ch)).join('');
  const kept = cleanField(raw);
  const separators = cleanField(raw, { dashes: true });
  // Dashes are separators only when dropping them leaves exactly the six characters; otherwise they count.
  const c = charCount(kept.text) > 6 && charCount(separators.text) === 6 ? separators : kept;
  if (c.text === '') return verdict('', [issue('tail.empty')]);
  // Full-width brackets are not an error: no official text says which the form wants (icp-facts §3).
  const errors: Issue<FieldCode>[] = [
    ...(lookalikes.length ? [issue('tail.lookalikeX', { chars: lookalikes.join(' ') })] : []),
    ...framed.issues,
    ...cleanupErrors({ ...c, brackets: false }, 'alnum'),
  ];
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
  const typedTail = n > 6 ? lastChars(c.text, 6) : c.text;
  const checkX = typedTail.endsWith('x');
  // no source says whether the page reads a lower-case x as X: a warning, and X is what is offered
  if (checkX) warnings.push(issue('tail.lowerX'));
  const lower = strayChars(checkX ? typedTail.slice(0, -1) : typedTail, (ch) => !isLower(ch));
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
