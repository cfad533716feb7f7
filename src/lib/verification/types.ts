/**
 * The result types and codes of 短信核验信息自查, and the small helpers every checker of the tool uses.
 */
import { issue, type Issue, type Verdict } from '../issues';
import type { Cleaned } from '../text';

/**
 * Longest input (UTF-16 code units) that is analysed at all; anything longer is refused as "not a form value".
 *
 * @example
 * checkPhone('1'.repeat(MAX_INPUT + 1)).ok // false
 */
export const MAX_INPUT = 200;

/**
 * What the checks of the three form fields say, as codes (one sentence each in the dictionary, src/i18n):
 * `input.*` for what clean-up found in any field, then one group per field.
 *
 * @example
 * const c: FieldCode = 'phone.prefix'; // params { prefix: '+86' }
 */
export type FieldCode =
  | 'input.fullWidthDigits'
  | 'input.fullWidthAlnum'
  | 'input.fullWidthBrackets'
  | 'input.spaces'
  | 'input.dashes'
  | 'input.typeThis'
  | 'input.label' // {label}: words typed before the value, taken out
  | 'input.punctuation' // {chars}: punctuation typed at an end of the value, taken out
  | 'code.tooLong'
  | 'code.empty'
  | 'code.pastedSms'
  | 'code.cancelAccess' // an MIIT SMS for 取消接入 (which has none): no code to type
  | 'code.notDigits'
  | 'code.length'
  | 'phone.tooLong'
  | 'phone.empty'
  | 'phone.brackets'
  | 'phone.prefix'
  | 'phone.foreign'
  | 'phone.notDigits'
  | 'phone.landline'
  | 'phone.hkMacau'
  | 'phone.hotline'
  | 'phone.iot'
  | 'phone.length'
  | 'phone.range'
  | 'phone.virtual'
  | 'tail.tooLong'
  | 'tail.empty'
  | 'tail.lowerX'
  | 'tail.lookalikeX' // {chars}: a character that looks like X (×, Ⅹ…), read as X
  | 'tail.lowerLetters' // {chars}: lower-case letters other than a final x (the check character)
  | 'tail.symbols' // {chars}: symbols other than brackets, kept and counted
  | 'tail.strayChars'
  | 'tail.tooMany'
  | 'tail.tooFew'
  | 'tail.brackets'
  | 'tail.oddBrackets';

/**
 * What `idTail` says about a full document number, as codes.
 *
 * @example
 * const c: DocumentCode = 'document.birthDate'; // params { date: '1990-02-30' }
 */
export type DocumentCode =
  | 'document.tooLong'
  | 'document.empty'
  | 'document.lowerX'
  | 'document.oldId'
  | 'document.residentIdLength'
  | 'document.residencePermitLength'
  | 'document.permitArea'
  | 'document.hkPermit'
  | 'document.macauPermit'
  | 'document.taiwanPermit'
  | 'document.badProvince'
  | 'document.birthDate'
  | 'document.checkDigit'
  | 'document.hkMacauPermitFormat'
  | 'document.taiwanPermitFormat'
  | 'document.hkIdFormat'
  | 'document.hkIdCheck'
  | 'document.macauIdFormat'
  | 'document.macauIdUnchecked'
  | 'document.bracketForms'
  | 'document.foreignPassport'
  | 'document.passportFormat'
  | 'document.otherTooShort'
  | 'document.otherUnchecked'
  | 'document.otherSpaces';

/**
 * The notes on a pasted SMS (`extractSmsInfo`), as codes.
 *
 * @example
 * const c: SmsNoteCode = 'sms.otherHost'; // params { host: 'beian-check.example.top' }
 */
export type SmsNoteCode =
  | 'sms.noCode'
  | 'sms.notMiit'
  | 'sms.otherHost'
  | 'sms.otherHosts'
  | 'sms.cancelAccess'
  | 'sms.notFilingCode' // {code}: a login, payment or provider phone-check code, not the MIIT one
  | 'sms.lookAlike' // {host}: a link that imitates an official host
  | 'sms.olderCode' // {code}: the latest MIIT code, put in the box; {old}: older ones, useless since the stated resend
  | 'sms.olderCodeMaybe' // {code}, {old}: as sms.olderCode, with no resend stated (two people may each have got one)
  | 'sms.providerCode'; // {code} stands in a provider-signed notice: not the MIIT code

/**
 * Every code of 短信核验信息自查: the dictionary's `smsCheck.issues` table has one sentence for each.
 *
 * @example
 * const c: VerificationCode = 'tail.brackets';
 */
export type VerificationCode = FieldCode | DocumentCode | SmsNoteCode;

/**
 * The verdict on one field of the MIIT verification form (https://beian.miit.gov.cn/#/Integrated/ComplaintA), or on a
 * full document number: src/lib/issues' {@link Verdict} with this tool's codes. `ok`: the text as typed would be
 * accepted by the form (and, as far as we can tell, match); `value`: exactly what to type.
 *
 * @example
 * const r: FieldCheck = { ok: false, value: '12345', errors: [{ code: 'code.length', params: { length: 5 } }], warnings: [] };
 */
export type FieldCheck = Verdict<VerificationCode>;

/**
 * What clean-up changed, as issues. `what` is the kind of character the field takes (digits, or letters and digits).
 *
 * @example
 * cleanupErrors(cleanField('１２３'), 'digits') // [{ code: 'input.fullWidthDigits' }]
 */
export function cleanupErrors(c: Cleaned, what: 'digits' | 'alnum'): Issue<FieldCode>[] {
  const out: Issue<FieldCode>[] = [];
  if (c.fullWidth) out.push(issue(what === 'digits' ? 'input.fullWidthDigits' : 'input.fullWidthAlnum'));
  if (c.brackets) out.push(issue('input.fullWidthBrackets'));
  if (c.spaces || c.invisible) out.push(issue('input.spaces'));
  if (c.dashes) out.push(issue('input.dashes'));
  return out;
}

/**
 * The issue for input longer than anything a form field takes (`length` is what the checker saw; the field may
 * already have been cut by {@link capInput}, so `limit` is what it says was exceeded, not the length).
 *
 * @example
 * tooLong(5000, 'phone.tooLong') // { code: 'phone.tooLong', params: { limit: 200 } }
 */
export function tooLong<C extends string>(length: number, code: C): Issue<C> {
  return issue(code, { limit: Math.min(length - 1, MAX_INPUT) });
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
