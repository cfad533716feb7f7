/** Types of the message interpreter (public: re-exported from ./index). No words here: see src/i18n. */
import type { Issue, PageLink } from '../issues';
import type { PageKey } from '../routes';
import type { MiitStatus } from './match';
import type { FilingType } from '../miit-sms';
import type { StatedLimit } from './limits';

/**
 * What kind of filing message a pasted text is, across the whole process.
 *
 * @example
 * const k: MessageKind = 'verified-others-pending';
 */
export type MessageKind =
  // The provider's first review (初审)
  | 'first-review' // 初审中; a reviewer may phone
  | 'materials-needed' // photo/video not accepted, 补充材料, 核验单, 前置审批 document
  | 'rejected' // 驳回 by the provider at 初审
  | 'first-review-passed' // 初审通过, not (yet) said to be submitted to the 管局
  | 'submitted-to-bureau' // submitted to the 管局 (通管局, 通信管理局): NOT an approval
  // The MIIT SMS and the verification page
  | 'miit-sms' // the MIIT SMS with the 6-digit code
  | 'verified' // status 3: all done
  | 'verified-others-pending' // 31: yours done, someone else still has to verify
  | 'failed-contact-provider' // 21
  | 'failed-wrong-info' // 2
  | 'failed-retry' // 0
  | 'no-record' // 4 (and a public query that found nothing)
  | 'already-verified' // 20
  | 'resend-none-pending' // 100
  | 'resend-sent' // 101
  | 'resend-limit' // 102
  | 'code-expired' // the code is past its 24 hours
  | 'code-wrong' // the code was typed wrong
  // The 管局
  | 'returned' // 退回 by the 管局 (or the MIIT system)
  | 'approved' // approved by the 管局 / a filing number granted
  // After approval
  | 'police-filing' // 公安联网备案 (公网安备): not an ICP approval
  | 'info-check' // 核查: update phone/e-mail, ID expiring, content not matching…
  | 'shell-warning' // 空壳网站/空壳主体
  | 'access-cancel' // 取消接入
  | 'cancelled' // 注销 done
  // Not a filing message
  | 'scam' // a look-alike link or a payment demand
  | 'not-a-filing-code' // a provider's login/payment/registration code, or its own phone check
  | 'unknown';

/**
 * Which time limit applies; /tools/deadlines/ computes the dates.
 *
 * @example
 * const d: DeadlineKind = 'sms-24h';
 */
export type DeadlineKind = 'sms-24h' | 'review-20wd' | 'police-30d';

/**
 * What a note under the answer says (the dictionary words it; params fill it).
 *
 * @example
 * const n: NoteCode = 'licence';
 */
export type NoteCode =
  | 'licence' // {number} is a commercial licence, not a filing number
  | 'police' // {number} is a 公安 number
  | 'badNumber' // 'ICP备' followed by a malformed number
  | 'suspiciousHost' // {host} imitates an official host
  | 'payment' // money is asked for filing
  | 'codeRequest' // the code is asked to be sent to someone
  | 'filingExpires' // says the filing expires
  | 'noCode' // MIIT SMS without a readable code
  | 'noNumber' // approved, no number in the text
  | 'twoNumbers' // {subject} is the 主体 number, {site} the website's
  | 'suffix' // -N means the N-th website
  | 'numberOnly' // a filing number without a result
  | 'noReason'
  | 'approximate' // read from a paraphrase
  | 'bareFail' // only 核验失败, no reason
  | 'triesUsed' // {count}: the reader has failed 5 times or more: the next submission returns the order (shown first)
  | 'triesLeft' // {count}, {left}: 3 or 4 failures: {left} tries left before the order is returned (shown first)
  | 'smsFirst' // who receives the SMS, by filing type
  | 'smsSite'
  | 'smsAccess'
  | 'smsChange'
  | 'smsCancel'
  | 'smsNone' // 取消接入 has no SMS: an MIIT SMS for it is unusual (said whatever the heading)
  | 'cancelNotAsked' // a 注销 SMS the reader says nobody asked for: do not verify, ask the provider (shown first)
  | 'sixDigits' // {digits}: only a six-digit number was found
  | 'twoResults' // {count}: several different page results pasted together; the view lists them (`results`)
  | 'resultsDisagree' // a page result that says done beside one that says failed (shown first)
  | 'othersPendingToo' // the text also says others still have to verify
  | 'hintName'
  | 'hintPhone'
  | 'hintDomain'
  | 'hintAccess'
  | 'hintSms'
  | 'hintPhoto'
  | 'formPhone' // the page's own phone-format message
  | 'formBlank' // the page's "不能为空"
  | 'notMiitCode' // {code} is not the MIIT code
  | 'olderCode' // {code}: the latest MIIT code read; {old}: older ones of the text, useless since the resend it states
  | 'olderCodeMaybe' // {code}, {old}: as olderCode, with no resend stated (two people may each have got one)
  | 'codeBeforeResend' // {code}: the only code of the text stands before the resend it states: not the one to use
  | 'providerCode' // {code} stands in a provider-signed notice: not the MIIT code
  | 'smsNotSent' // the verification SMS could not be sent: not a failed verification
  | 'privateContact' // QQ, WeChat or a private number in the name of the ministry or a 管局
  | 'idExpiring'; // {words}: an approval that also says an ID document expires

/**
 * The answer of interpretMessage: codes and values; the dictionary (src/i18n) words them.
 *
 * @example
 * const r: MessageInterpretation = interpretMessage('短信核验已全部完成'); // r.kind === 'verified'
 */
export interface MessageInterpretation {
  kind: MessageKind;
  /** Nothing readable was pasted (empty, spaces, invisible characters). */
  empty?: true;
  /** For `unknown`: the kinds the evidence comes closest to, most likely first (may be empty). */
  closest: MessageKind[];
  /** For `unknown`: words of the text that point at a stage or an outcome (quoted as found). */
  found: string[];
  /** Notes under the answer. */
  notes: Issue<NoteCode>[];
  /** Hosts judged to imitate an official one ([] when none). */
  suspiciousHosts: string[];
  /** The MIIT status code, when one of the ten results was recognised (internal: never shown to readers). */
  status?: MiitStatus;
  /** Read from a paraphrase, not the page's or a notice's usual words. */
  approximate?: boolean;
  /** The words of the text the answer rests on. */
  matched?: string;
  /** The verification page's different results, in text order, when the text holds more than one (kinds only). */
  results?: MessageKind[];
  /** The 6-digit code of the MIIT SMS (src/lib/miit-sms), whenever one is found and it is not another code. */
  code?: string;
  /** A real filing type named in the text (首次备案, 新增网站, 新增接入, 变更主体, 注销网站…). */
  filingType?: FilingType;
  /** The filing number: the website's (-N) when the text gives both. */
  filingNumber?: string;
  /** The 主体备案号, when the text gives one apart from the website's. */
  subjectNumber?: string;
  /** The province page of the filing number's province. */
  province?: { href: string; name: string };
  /** Host names in the text (links), in order. */
  foundLinks?: string[];
  /** A commercial licence number (京ICP证…号 / 粤B2-…) — never a filing number. */
  licence?: string;
  /** A 公安联网备案 number (京公网安备…号). */
  policeNumber?: string;
  /** returned / rejected / materials-needed: the stated reason, as written. */
  reason?: string;
  /**
   * The time limit the notice itself gives its reader (./limits: a date, or a count of days / working days / hours,
   * with its words as written): it comes before the general `deadline`. Not for a scam or another kind of code.
   */
  statedLimit?: StatedLimit;
  /** The general time limit of this kind of message (the rule, not the notice's own limit). */
  deadline?: DeadlineKind;
  /** The deadline calculator when a time limit applies. */
  calculator?: PageLink<PageKey>;
  /** Guide pages to read, most relevant first. */
  links: PageLink<PageKey>[];
}

/**
 * Province abbreviation (粤, 蜀, 川…) → the province's page slug and name; build it with provinceTable(PROVINCES).
 *
 * @example
 * const t: ProvinceTable = { 粤: { slug: 'guangdong', name: '广东' } };
 */
export type ProvinceTable = Readonly<Record<string, { slug: string; name: string }>>;

/**
 * Options of interpretMessage.
 *
 * @example
 * const o: InterpretOptions = { provinces: { 粤: { slug: 'guangdong', name: '广东' } } };
 */
export interface InterpretOptions {
  /** Links a filing number to /provinces/<slug>/; without it no province link is given. */
  provinces?: ProvinceTable;
}
