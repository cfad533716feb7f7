/**
 * The SMS box of the checker: what the shared MIIT SMS parser (src/lib/miit-sms) reads, with the checker's notes.
 * The interpreter (src/lib/messages) uses the same parser, so both read the same SMS the same way.
 */
import { issue, type Issue } from '../issues';
import { parseMiitSms } from '../miit-sms';
import type { FilingType } from '../miit-sms';
import { asString } from '../text';
import { NO_SMS_FILING_TYPES } from './sms-data';
import { checkCodeWith } from './fields';
import type { FieldCheck, SmsNoteCode } from './types';

/** Longest SMS text that is looked at; a real one is under 200 characters. */
const MAX_SMS = 2000;

/**
 * What could be read from a pasted SMS.
 *
 * @example
 * const info: SmsInfo = extractSmsInfo('验证码：123456。您的首次备案已提交【工信部】'); // code '123456', olderCodes [], filingType '首次备案', verificationSms true
 */
export type SmsInfo = {
  /** The 6-digit code, or null when none was found: of several MIIT SMS, the latest one's. */
  code: string | null;
  /** Older MIIT codes the text holds besides {@link SmsInfo.code} (a resent SMS makes them useless); usually none. */
  olderCodes: string[];
  /** The filing type the SMS names (新增接入, 首次备案, 新增网站, 变更主体, 注销网站…), or null: never other words. */
  filingType: FilingType | null;
  /** The text names 工业和信息化部/工信部 or links to beian.miit.gov.cn. */
  fromMiit: boolean;
  /**
   * The text adds up to the MIIT verification SMS (src/lib/miit-sms's reading) from MIIT, with no other link: the
   * 24 hours are this SMS's. False for a login or payment code, a look-alike or other link, or any other text.
   */
  verificationSms: boolean;
  /** Notes worth showing (not from MIIT, other links, no code found…), as codes. */
  notes: Issue<SmsNoteCode>[];
  /**
   * The SMS names a filing type that has no MIIT SMS (取消接入): its code is not put in the code field, which stays
   * empty while the note says to ask the provider first.
   */
  noCodeToType: boolean;
};

/**
 * Pull the code and the filing type out of a pasted MIIT SMS. Never throws; text beyond 2,000 characters is ignored.
 *
 * @example
 * extractSmsInfo('【工业和信息化部】验证码：123456。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】')
 * // { code: '123456', olderCodes: [], filingType: '新增接入', fromMiit: true, verificationSms: true, notes: [], noCodeToType: false }
 */
export function extractSmsInfo(text: string): SmsInfo {
  const raw = asString(text).slice(0, MAX_SMS);
  const sms = parseMiitSms(raw);
  const fromMiit = sms.namesMiit || sms.linksMiit;
  const notes: Issue<SmsNoteCode>[] = [];
  // The same reading as 提示/短信解读: a login or payment code is not the MIIT code, and an SMS with a look-alike link
  // gives no code to type.
  const lookAlike = sms.suspiciousHosts[0];
  if (raw.trim() !== '') {
    if (sms.otherCode) notes.push(issue('sms.notFilingCode', { code: sms.otherCode }));
    if (sms.providerCode) notes.push(issue('sms.providerCode', { code: sms.providerCode }));
    if (lookAlike !== undefined) notes.push(issue('sms.lookAlike', { host: lookAlike }));
    else if (!sms.otherCode || sms.code) {
      if (sms.code && sms.olderCodes.length) {
        const params = { code: sms.code, old: sms.olderCodes.join(', ') };
        notes.push(issue(sms.resent ? 'sms.olderCode' : 'sms.olderCodeMaybe', params));
      }
      if (!sms.code && !sms.providerCode) notes.push(issue('sms.noCode'));
      if (!fromMiit) notes.push(issue('sms.notMiit'));
      const [host, host2] = sms.otherHosts;
      if (host !== undefined) {
        notes.push(host2 === undefined ? issue('sms.otherHost', { host }) : issue('sms.otherHosts', { host, host2 }));
      }
    }
    if (sms.filingType && NO_SMS_FILING_TYPES.includes(sms.filingType)) notes.push(issue('sms.cancelAccess'));
  }
  const code = lookAlike !== undefined ? null : sms.code;
  const miit = fromMiit && (sms.code !== null || !sms.otherCode);
  const verificationSms = miit && sms.isMiitSms && lookAlike === undefined && sms.otherHosts.length === 0;
  const olderCodes = code === null ? [] : sms.olderCodes;
  const noCodeToType = !!sms.filingType && NO_SMS_FILING_TYPES.includes(sms.filingType);
  return { code, olderCodes, filingType: sms.filingType, fromMiit: miit, verificationSms, notes, noCodeToType };
}

/**
 * Check the 6-digit SMS code as it will be typed into 短信验证码 (`checkCodeWith`), reading a whole pasted SMS
 * with `extractSmsInfo`: its code is the value to type.
 *
 * @example
 * checkCode('123456') // { ok: true, value: '123456', errors: [], warnings: [] }
 * checkCode('１２３４５６').value // '123456' (ok: false — full-width digits)
 * checkCode('').errors[0] // { code: 'code.empty' }
 * checkCode('验证码：123456。您的首次备案已提交【工信部】').value // '123456' (ok: false — a whole SMS pasted)
 */
export function checkCode(input: string): FieldCheck {
  return checkCodeWith(input, extractSmsInfo);
}
