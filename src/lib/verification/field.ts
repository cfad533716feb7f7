/**
 * One form field by name: the dispatch the 短信核验信息自查 island uses for its three fields.
 */
import { checkCode, checkIdTail, checkPhone } from './fields';
import type { FieldCheck } from './types';

/**
 * The three fields of the verification form.
 *
 * @example
 * const k: FieldKind = 'tail';
 */
export type FieldKind = 'code' | 'phone' | 'tail';

const CHECKERS: Record<FieldKind, (s: string) => FieldCheck> = {
  code: checkCode,
  phone: checkPhone,
  tail: checkIdTail,
};

/**
 * Run the check of one form field by name.
 *
 * @example
 * checkField('phone', '13812345678').ok // true
 */
export function checkField(kind: FieldKind, input: string): FieldCheck {
  return (CHECKERS[kind] ?? checkIdTail)(input);
}

/**
 * The value worth offering for copying: `check.value` when it (as typed, or once corrected) passes the field's
 * check, otherwise null (nothing we could honestly suggest).
 *
 * @example
 * copyableValue('phone', checkPhone('+86 13812345678')) // '13812345678'
 * copyableValue('code', checkCode('12345')) // null
 */
export function copyableValue(kind: FieldKind, check: FieldCheck): string | null {
  if (!check || !check.value) return null;
  if (check.ok) return check.value;
  return checkField(kind, check.value).ok ? check.value : null;
}
