/**
 * 短信核验信息自查: pure checks of what a person will type into the MIIT verification form
 * (https://beian.miit.gov.cn/#/Integrated/ComplaintA). No DOM, no storage, no network; nothing here throws.
 * Times (the 24 hours of the SMS) come from the one Beijing clock, src/lib/deadlines/beijing.ts.
 */
import { checkCode, checkIdTail, checkPhone } from './fields';
import type { FieldCheck } from './types';

export type { FieldCheck } from './types';
export { capInput } from './types';
export { checkCode, checkPhone, checkIdTail, VIRTUAL_PREFIXES, BRACKET_WARNING } from './fields';
export {
  type DocumentType,
  type DocumentTypeOption,
  DOCUMENT_TYPES,
  idTail,
  residentIdCheckChar,
  hkIdCheckChar,
} from './documents';
export { type SmsInfo, extractSmsInfo } from './sms';
export { clean, MAX_INPUT } from './normalise';

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
