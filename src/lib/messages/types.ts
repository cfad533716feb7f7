/** Types of the message interpreter (public: re-exported from ./index). */
import type { MiitStatus } from './match';

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
  | 'returned' // 退回 / 驳回, with the reason when one is given
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
  /** The MIIT status code, when one of the ten results was recognised. */
  status?: MiitStatus;
  /** The phrase in the (normalised) text the answer rests on. */
  matched?: string;
  /** miit-sms: the 6-digit code. */
  code?: string;
  /** miit-sms: the filing type as the SMS names it (首次备案, 新增网站, 新增接入, 变更主体…). */
  filingType?: string;
  /** The filing number found (approved, or any kind when one is present). */
  filingNumber?: string;
  /** A commercial licence number (京ICP证…号 / 粤B2-…) — never a filing number. */
  licence?: string;
  /** returned: the stated reason. */
  reason?: string;
  /** The time limit that applies. */
  deadline?: Deadline;
  /** '/tools/deadlines/' when a time limit applies. */
  calculatorLink?: string;
  /** The most relevant guide page. */
  guideLink: string;
  /** Guide pages to read, the first being {@link MessageInterpretation.guideLink}. */
  links: GuideRef[];
}
