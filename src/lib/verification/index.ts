/**
 * 短信核验信息自查: pure checks of what a person will type into the MIIT verification form
 * (https://beian.miit.gov.cn/#/Integrated/ComplaintA). No DOM, no storage, no network; nothing here throws.
 * Results are codes with parameters (`VerificationCode`); the sentences are the dictionary's (`smsCheck.issues`,
 * src/i18n). Times (the 24 hours of the SMS) come from the one Beijing clock, src/lib/deadlines/beijing.ts.
 */
export type { DocumentCode, FieldCheck, FieldCode, SmsNoteCode, VerificationCode } from './types';
export { checkPhone, checkIdTail } from './fields';
export { checkCode } from './sms';
export { type DocumentType, type DocumentTypeOption, DOCUMENT_TYPES, idTail } from './documents';
