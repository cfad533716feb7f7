/**
 * Public API of the one MIIT verification SMS parser (see ./parse.ts), imported by the message interpreter
 * (src/lib/messages) and the SMS checker (src/lib/verification), so both read the same SMS the same way.
 *
 * @example
 * import { parseMiitSms } from '../miit-sms';
 * parseMiitSms('验证码：123456。您的首次备案申请已提交，核验链接：beian.miit.gov.cn').filingType // '首次备案'
 */
export { FILING_TYPES, NO_SMS_FILING_TYPES, VERIFY_HOST, findHosts, parseMiitSms } from './parse';
export type { FilingType, MiitSms } from './parse';
export { imitatesOfficial, isOfficialHost, nearOfficial, otherPurposeAt, suspiciousHosts } from './hosts';
