/** Types of the message interpreter (public: re-exported from ./index). */
import type { MiitStatus } from './match';
import type { FilingType } from '../miit-sms';

/**
 * What kind of filing message a pasted text is.
 *
 * @example
 * const k: MessageKind = 'verified-others-pending';
 */
export type MessageKind =
  | 'miit-sms' // the MIIT SMS with the 6-digit code
  | 'verified' // status 3
  | 'verified-others-pending' // 31
  | 'failed-contact-provider' // 21
  | 'failed-wrong-info' // 2
  | 'failed-retry' // 0
  | 'no-record' // 4
  | 'already-verified' // 20
  | 'resend-none-pending' // 100
  | 'resend-sent' // 101
  | 'resend-limit' // 102
  | 'submitted-to-bureau' // provider: sent to the 通信管理局 for review
  | 'approved' // the filing passed; a filing number is present
  | 'returned' // 退回 by the 管局 or the MIIT system, with the reason when one is given
  | 'rejected' // 驳回 by the 接入商 at 初审, with the reason when one is given
  | 'police-filing' // a 公安联网备案 (公网安备) notice: not an ICP approval
  | 'unknown';

/**
 * Which time limit applies; /tools/deadlines/ computes the dates.
 *
 * @example
 * const d: DeadlineKind = 'sms-24h';
 */
export type DeadlineKind = 'sms-24h' | 'review-20wd' | 'police-30d';

/**
 * A time limit in plain Chinese.
 *
 * @example
 * const d: Deadline = { kind: 'police-30d', text: '网站开通后 30 日内办理公安联网备案。' };
 */
export interface Deadline {
  kind: DeadlineKind;
  text: string;
}

/**
 * An internal link to a guide page.
 *
 * @example
 * const g: GuideRef = { href: '/guide/faq/', text: '常见问题' };
 */
export interface GuideRef {
  /** Internal path with trailing slash, e.g. /guide/sms-verification/. */
  href: string;
  /** Link text (the page's topic). */
  text: string;
}

/**
 * The answer of interpretMessage.
 *
 * @example
 * const r: MessageInterpretation = interpretMessage('短信核验已全部完成'); // r.kind === 'verified', r.status === 3
 */
export interface MessageInterpretation {
  kind: MessageKind;
  /** Short Chinese headline. */
  title: string;
  /** What the message means, in plain Chinese. */
  meaning: string;
  /** What to do next, in order. */
  nextSteps: string[];
  /** Extra remarks: warnings, what was found or missing. */
  notes: string[];
  /** The MIIT status code, when one of the ten results was recognised (internal: never shown to readers). */
  status?: MiitStatus;
  /** The result was recognised from a paraphrase, not the page's exact words (a note says so). */
  approximate?: boolean;
  /** The phrase in the (normalised) text the answer rests on. */
  matched?: string;
  /** The 6-digit code of the MIIT SMS, whenever one is found (src/lib/miit-sms). */
  code?: string;
  /** A real filing type named in the text (首次备案, 新增网站, 新增接入, 变更主体, 注销网站…), never other words. */
  filingType?: FilingType;
  /** The filing number found (approved, or any kind when one is present). */
  filingNumber?: string;
  /** The province page of the filing number's province, e.g. { href: '/provinces/guangdong/', text: '广东' }. */
  province?: GuideRef;
  /** Host names in the text (links), in order. */
  foundLinks?: string[];
  /** A commercial licence number (京ICP证…号 / 粤B2-…) — never a filing number. */
  licence?: string;
  /** returned / rejected: the stated reason. */
  reason?: string;
  /** The time limit that applies. */
  deadline?: Deadline;
  /** The deadline calculator ('/tools/deadlines/…') when a time limit applies. */
  calculatorLink?: string;
  /** The most relevant guide page. */
  guideLink: string;
  /** Guide pages to read, the first being {@link MessageInterpretation.guideLink}. */
  links: GuideRef[];
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
