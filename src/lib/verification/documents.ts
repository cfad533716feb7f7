/**
 * Document numbers → the "证件号码后六位" the MIIT form wants. Formats and check digits: icp-facts §3.
 */
import { issue, verdict, type Issue } from '../issues';
import { asString, cleanField, lastChars } from '../text';
import { BRACKET_WARNING } from './fields';
import { MAX_INPUT, type DocumentCode, type FieldCheck, type VerificationCode, tooLong } from './types';
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
 * One choice of document type: value and a format example that passes `idTail` ('' for 'other'). Its name is the
 * dictionary's (`smsCheck.documentTypes[value]`, src/i18n).
 *
 * @example
 * const o: DocumentTypeOption = { value: 'passport', example: 'E12345678' };
 */
export type DocumentTypeOption = { value: DocumentType; example: string };

/**
 * Choices for a `<select>`, in this order: value and an example of the format.
 *
 * @example
 * DOCUMENT_TYPES.find((d) => d.value === 'hk-id')?.example // 'A123456(3)'
 */
export const DOCUMENT_TYPES: readonly DocumentTypeOption[] = [
  { value: 'resident-id', example: '11010519491231002X' },
  { value: 'residence-permit', example: '810000199001010019' },
  { value: 'hk-macau-permit', example: 'H12345678' },
  { value: 'taiwan-permit', example: '12345678' },
  { value: 'hk-id', example: 'A123456(3)' },
  { value: 'macau-id', example: '1234567(8)' },
  { value: 'passport', example: 'E12345678' },
  { value: 'other', example: '' },
];

/** Province-level codes (first two digits) of resident ID numbers: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65. */
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])/;
/** Area codes of residence permits (Hong Kong, Macau, Taiwan residents) and what to say when one is given as an ID. */
const PERMIT_AREAS: Readonly<Record<string, DocumentCode>> = {
  '810000': 'document.hkPermit',
  '820000': 'document.macauPermit',
  '830000': 'document.taiwanPermit',
};

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

/** The issue for a birth date YYYYMMDD that is not a real date in a sane range, or null when fine. */
function birthDateError(ymd: string, today: string): Issue<DocumentCode> | null {
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  const shown = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  return !real || y < 1900 || ymd > today ? issue('document.birthDate', { date: shown }) : null;
}

function residentLike(t: string, type: 'resident-id' | 'residence-permit', today: string, lowerX: boolean): FieldCheck {
  const permit = type === 'residence-permit';
  const warnings: Issue<DocumentCode>[] = [];
  if (lowerX) warnings.push(issue('document.lowerX'));

  if (!permit && /^\d{15}$/.test(t)) {
    const errors: Issue<DocumentCode>[] = [];
    if (!PROVINCE.test(t)) errors.push(issue('document.badProvince'));
    const dateErr = birthDateError('19' + t.slice(6, 12), today);
    if (dateErr) errors.push(dateErr);
    warnings.push(issue('document.oldId'));
    return verdict(t.slice(-6), errors, warnings);
  }
  if (!/^\d{17}[\dX]$/.test(t)) {
    const code = permit ? 'document.residencePermitLength' : 'document.residentIdLength';
    return verdict('', [issue(code, { count: Array.from(t).length })], warnings);
  }

  const errors: Issue<DocumentCode>[] = [];
  const area = t.slice(0, 6);
  if (permit) {
    if (!PERMIT_AREAS[area]) errors.push(issue('document.permitArea', { area }));
  } else if (PERMIT_AREAS[area]) {
    warnings.push(issue(PERMIT_AREAS[area]));
  } else if (!PROVINCE.test(t)) {
    errors.push(issue('document.badProvince'));
  }
  const dateErr = birthDateError(t.slice(6, 14), today);
  if (dateErr) errors.push(dateErr);
  if (residentIdCheckChar(t.slice(0, 17)) !== t[17]) errors.push(issue('document.checkDigit'));
  return verdict(t.slice(-6), errors, warnings);
}

/**
 * The two forms of the last six characters of a number printed with its check character in brackets (香港、澳门身份证):
 * as printed, 456(3), and as a provider may have registered it, without brackets, 234563. Which one the verification
 * page wants depends on how the provider registered the number, which nobody outside can see.
 */
function bracketForms(digits: string, check: string): Issue<DocumentCode> {
  return issue('document.bracketForms', {
    bracketed: `${digits.slice(-3)}(${check})`,
    plain: `${digits}${check}`.slice(-6),
  });
}

/** The warnings that say a number's format or check character could not be checked. */
const UNCHECKED: ReadonlySet<string> = new Set<DocumentCode>([
  'document.otherUnchecked',
  'document.foreignPassport',
  'document.macauIdUnchecked',
]);

/**
 * Whether {@link idTail} could check the number it was given (false for 其他证件, a foreign passport and a Macau ID:
 * their format or check character is not known): only then may the reader be told the number checks out.
 *
 * @example
 * documentChecked(idTail('resident-id', '11010519491231002X')) // true
 * documentChecked(idTail('other', 'ABC-123/456')) // false
 */
export function documentChecked(check: FieldCheck): boolean {
  return !!check?.ok && !(check.warnings ?? []).some((w) => UNCHECKED.has(w?.code));
}

/**
 * From a full document number, the "证件号码后六位" to type. `ok`: the number is valid for that document
 * (check digits where they exist); `value`: its last six characters as the form wants them (brackets kept).
 * `options.today` (for the birth-date check) defaults to now.
 *
 * @example
 * idTail('resident-id', '11010519491231002x') // { ok: true, value: '31002X', errors: [], warnings: [{ code: 'document.lowerX' }] }
 * idTail('hk-id', 'A123456（3）').value // '456(3)'
 * idTail('macau-id', '1234567(8)').value // '567(8)'
 * idTail('hk-macau-permit', 'H12345678').value // '345678'
 * idTail('other', 'ABC-123/456').value // '23/456' (symbols count: only spaces are removed)
 */
export function idTail(type: DocumentType, fullNumber: string, options: { today?: Date } = {}): FieldCheck {
  const raw = asString(fullNumber);
  if (raw.length > MAX_INPUT) return verdict('', [tooLong(raw.length, 'document.tooLong')]);
  const c = cleanField(raw, { dashes: true, upper: true });
  const t = c.text;
  if (t === '') return verdict('', [issue('document.empty')]);
  const refuse = (code: DocumentCode) => verdict<VerificationCode>('', [issue(code)]);

  switch (type) {
    case 'resident-id':
    case 'residence-permit':
      return residentLike(t, type, beijingToday(options.today), c.lower && t.endsWith('X'));

    case 'hk-macau-permit':
      return /^[HM](\d{8}|\d{10})$/.test(t) ? verdict(t.slice(-6)) : refuse('document.hkMacauPermitFormat');

    case 'taiwan-permit':
      return /^\d{8}$/.test(t) ? verdict(t.slice(-6)) : refuse('document.taiwanPermitFormat');

    case 'hk-id': {
      const m = /^([A-Z]{1,2})(\d{6})(?:\(([0-9A])\)|([0-9A]))$/.exec(t);
      if (!m) return refuse('document.hkIdFormat');
      const given = (m[3] ?? m[4])!;
      const value = `${m[2]!.slice(3)}(${given})`;
      const errors = hkIdCheckChar(m[1]! + m[2]!) !== given ? [issue('document.hkIdCheck')] : [];
      const warnings = errors.length ? [BRACKET_WARNING] : [bracketForms(m[2]!, given), BRACKET_WARNING];
      return verdict<VerificationCode>(value, errors, warnings);
    }

    case 'macau-id': {
      const m = /^([157]\d{6})(?:\((\d)\)|(\d))$/.exec(t);
      if (!m) return refuse('document.macauIdFormat');
      const check = (m[2] ?? m[3])!;
      return verdict<VerificationCode>(
        `${m[1]!.slice(4)}(${check})`,
        [],
        [issue('document.macauIdUnchecked'), bracketForms(m[1]!, check), BRACKET_WARNING],
      );
    }

    case 'passport': {
      if (/^(E\d{8}|E[A-Z]\d{7}|G\d{8})$/.test(t)) return verdict(t.slice(-6));
      if (/^[A-Z0-9]{6,20}$/.test(t)) return verdict(t.slice(-6), [], [issue('document.foreignPassport')]);
      return refuse('document.passportFormat');
    }

    default: {
      // A document whose format we do not know: its symbols count (icp-facts §3), so only spaces are removed.
      const o = cleanField(raw, { upper: true });
      const chars = Array.from(o.text);
      if (chars.length < 6) return verdict('', [issue('document.otherTooShort', { count: chars.length })]);
      const warnings = [issue<DocumentCode>('document.otherUnchecked')];
      if (o.spaces || o.invisible) warnings.push(issue('document.otherSpaces'));
      return verdict(lastChars(o.text, 6), [], warnings);
    }
  }
}
