/**
 * Filing types the SMS checker matches against (data, not sentences): see ./sms.ts. The list is the shared MIIT SMS
 * parser's (src/lib/miit-sms), so the checker and the interpreter say the same.
 *
 * @example
 * NO_SMS_FILING_TYPES.includes('取消接入') // true
 */
export { NO_SMS_FILING_TYPES } from '../miit-sms';
