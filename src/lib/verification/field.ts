/**
 * One form field by name: the dispatch the 短信核验信息自查 island uses for its three fields. It does not carry the
 * SMS parser: a whole SMS pasted into the code field is read with the reader passed in (`extractSmsInfo`, ./sms.ts),
 * which the island loads when the field first needs it (`readsAsSms`).
 */
import { checkCodeWith, checkIdTail, checkPhone, fullWidthBrackets, type SmsCodeReader } from './fields';
import type { FieldCheck } from './types';

export { readsAsSms, unframe, type SmsCodeReader } from './fields';

/**
 * The three fields of the verification form.
 *
 * @example
 * const k: FieldKind = 'tail';
 */
export type FieldKind = 'code' | 'phone' | 'tail';

const CHECKERS: Record<FieldKind, (s: string, readSms?: SmsCodeReader) => FieldCheck> = {
  code: checkCodeWith,
  phone: checkPhone,
  tail: checkIdTail,
};

/**
 * Run the check of one form field by name; `readSms` reads a whole SMS pasted into the code field (see
 * `checkCodeWith`: pass `extractSmsInfo` for the full check).
 *
 * @example
 * checkField('phone', '13812345678').ok // true
 * checkField('code', '验证码：123456，工信部', extractSmsInfo).value // '123456'
 */
export function checkField(kind: FieldKind, input: string, readSms?: SmsCodeReader): FieldCheck {
  return (CHECKERS[kind] ?? checkIdTail)(input, readSms);
}

/**
 * The value worth offering for copying: `check.value` when it (as typed, or once corrected) passes the field's
 * check, otherwise null (nothing we could honestly suggest).
 *
 * @example
 * copyableValue('phone', checkPhone('+86 13812345678')) // '13812345678'
 * copyableValue('code', checkField('code', '12345')) // null
 */
export function copyableValue(kind: FieldKind, check: FieldCheck): string | null {
  if (!check || !check.value) return null;
  if (check.ok) return check.value;
  return checkField(kind, check.value).ok ? check.value : null;
}

/**
 * One way of typing a value, offered with its own copy button: `plain`, or for a tail with brackets the `halfWidth`
 * () and the `fullWidth` （） form (no official text says which the page wants).
 *
 * @example
 * const f: CopyForm = { value: '456（3）', form: 'fullWidth' };
 */
export type CopyForm = { value: string; form: 'plain' | 'halfWidth' | 'fullWidth' };

/**
 * The values worth offering for copying ({@link copyableValue}): none, one, or both bracket forms of a tail.
 *
 * @example
 * copyForms('tail', checkIdTail('456（3）')) // [{ value: '456(3)', form: 'halfWidth' }, { value: '456（3）', form: 'fullWidth' }]
 * copyForms('code', checkField('code', '12345')) // []
 */
export function copyForms(kind: FieldKind, check: FieldCheck): CopyForm[] {
  const value = copyableValue(kind, check);
  if (value === null) return [];
  if (kind === 'tail' && /[()]/.test(value)) {
    return [
      { value, form: 'halfWidth' },
      { value: fullWidthBrackets(value), form: 'fullWidth' },
    ];
  }
  return [{ value, form: 'plain' }];
}
