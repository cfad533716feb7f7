/**
 * Events → one answer. Within a sentence, the most specific statement wins (a pending verification by others over
 * "核验成功", 空壳 over 整改, submitted over 初审通过 when one sentence says both); across sentences, the last one
 * that states something firm wins, since pasted messages come in the order they arrived. Hints (a phone call
 * announced, a bare "审核通过" that names no stage) count only when nothing firmer is stated.
 *
 * Safety rules, each with tests (tests/unit/messages.issue20.test.ts):
 * - `approved` only from an approval by the 管局 or a filing number stated as granted; never from 初审.
 * - `verified` (all done) never when the text says anyone else still has to verify.
 * - `verified-others-pending` ("yours done") never from the reader's words beside the page's status 4.
 */
import type { Event, EventKind } from './events';
import { documentExpiry } from './limits';
import type { DeadlineKind } from './types';
import type { PageKey } from '../routes';

/** Weight of each kind when one sentence states several things: the more specific (or the safer) first. */
const SPECIFICITY: Readonly<Record<EventKind, number>> = {
  'not-a-filing-code': 100,
  'verified-others-pending': 95,
  'code-expired': 90,
  'code-wrong': 89,
  'resend-limit': 88,
  'resend-sent': 86,
  'resend-none-pending': 86,
  'already-verified': 85,
  'no-record': 87, // its text says 或已完成验证: above already-verified
  'failed-contact-provider': 83,
  'failed-wrong-info': 82,
  'shell-warning': 80,
  'access-cancel': 79,
  cancelled: 82,
  returned: 76,
  rejected: 75,
  'materials-needed': 74,
  approved: 72,
  'failed-retry': 70,
  'submitted-to-bureau': 65,
  verified: 62,
  'police-filing': 60,
  'first-review-passed': 55,
  'info-check': 50,
  'first-review': 45,
  'miit-sms': 40,
};

/** Kinds that only come once the order is with the 管局. */
const AFTER_SUBMISSION = new Set<EventKind>([
  'submitted-to-bureau',
  'miit-sms',
  'verified',
  'verified-others-pending',
  'already-verified',
  'resend-sent',
]);

/**
 * The answer of a list of events (text order), or undefined when there is none.
 *
 * @example
 * decide([{ kind: 'first-review-passed', at: 0, sentence: 0, matched: '通过', exact: false },
 *         { kind: 'submitted-to-bureau', at: 9, sentence: 0, matched: '提交至', exact: false }])?.kind
 * // 'submitted-to-bureau'
 */
export function decide(events: readonly Event[]): Event | undefined {
  // A bare "审核通过" after the SMS step can only be the 管局's: it is as firm as a named one.
  const promoted = events.map((e, i) =>
    e.weak && e.kind === 'approved' && events.slice(0, i).some((p) => !p.weak && AFTER_SUBMISSION.has(p.kind))
      ? { ...e, weak: false }
      : e,
  );
  const firm = promoted.filter((e) => !e.weak);
  const pool = firm.length ? firm : promoted;
  if (pool.length === 0) return undefined;
  // The last firm statement wins; one clause that states several things gives the most specific of them.
  const last = pool[pool.length - 1]!;
  let best = last;
  // only hints: the most specific of them (an approval with a 公安 reminder after it is an approval)
  if (!firm.length) for (const e of pool) if (SPECIFICITY[e.kind] > SPECIFICITY[best.kind]) best = e;
  for (const e of pool) {
    if (e.sentence !== last.sentence || e.clause !== last.clause) continue;
    // the page's own words first, then the more specific statement
    const weight = (x: Event) => SPECIFICITY[x.kind] + (x.exact ? 50 : 0);
    if (weight(e) > weight(best)) best = e;
  }
  if (!best.exact) {
    // the same result in the page's own words earlier, with nothing else stated in between, gives its status
    const i = pool.indexOf(best);
    for (let j = i - 1; j >= 0; j--) {
      const e = pool[j]!;
      if (e.kind !== best.kind) break;
      if (e.exact) {
        best = e;
        break;
      }
    }
  }
  // a 公安 notice pasted after an ICP approval: the approval is the news (the 公安 filing comes after it)
  if (best.kind === 'police-filing') {
    const approval = firm.find((e) => e.kind === 'approved' && e.at < best.at);
    if (approval) return approval;
  }
  // an approval that also says an ID expires ("证件即将到期，请在到期前更新"): the approval is the news (a note says to
  // update the ID)
  if (best.kind === 'info-check') {
    const approval = events.findLast((e) => e.kind === 'approved' && !e.weak);
    const checks = events.filter((e) => e.kind === 'info-check');
    if (approval && checks.every((e) => documentExpiry(e.matched))) return approval;
  }
  // the page's status 4 (找不到记录或已完成验证) stands when the reader only says in their own words that someone else has
  // not verified: status 4 may be a wrong entry, so the reader's own part is not known to be done
  if (best.kind === 'verified-others-pending' && !best.exact) {
    const noRecord = pool.findLast((e) => e.kind === 'no-record' && e.status === 4);
    if (noRecord) return noRecord;
  }
  // verified (all done) never while anyone else still has to verify
  if (best.kind === 'verified') {
    const pending = events.find(
      (e) => e.kind === 'verified-others-pending' && (e.at > best.at || !best.exact || best.weak),
    );
    if (pending) return pending;
  }
  return best;
}

/**
 * The time limit that applies to each kind, if any.
 *
 * @example
 * DEADLINES['miit-sms'] // 'sms-24h'
 */
export const DEADLINES: Readonly<Partial<Record<string, DeadlineKind>>> = {
  'first-review-passed': 'sms-24h',
  'submitted-to-bureau': 'sms-24h',
  'miit-sms': 'sms-24h',
  'verified-others-pending': 'sms-24h',
  'failed-wrong-info': 'sms-24h',
  'failed-retry': 'sms-24h',
  'no-record': 'sms-24h',
  'resend-sent': 'sms-24h',
  'resend-limit': 'sms-24h',
  'code-wrong': 'sms-24h',
  verified: 'review-20wd',
  'already-verified': 'review-20wd',
  approved: 'police-30d',
  'police-filing': 'police-30d',
};

/**
 * The guide pages for each kind, most relevant first.
 *
 * @example
 * GUIDES_BY_KIND.approved // ['after', 'police']
 */
export const GUIDES_BY_KIND: Readonly<Record<string, readonly PageKey[]>> = {
  'first-review': ['first', 'faq'],
  'materials-needed': ['fillIn', 'first'],
  rejected: ['first', 'faq'],
  'first-review-passed': ['first', 'sms'],
  'submitted-to-bureau': ['sms', 'review'],
  'miit-sms': ['sms', 'check'],
  verified: ['review'],
  'verified-others-pending': ['sms'],
  'failed-contact-provider': ['sms'],
  'failed-wrong-info': ['sms', 'check'],
  'failed-retry': ['sms', 'check'],
  'no-record': ['sms', 'faq'],
  'already-verified': ['review'],
  'resend-none-pending': ['sms'],
  'resend-sent': ['sms'],
  'resend-limit': ['sms', 'faq'],
  'code-expired': ['sms', 'faq'],
  'code-wrong': ['sms', 'check'],
  returned: ['review', 'faq'],
  approved: ['after', 'police'],
  'police-filing': ['police', 'after'],
  'info-check': ['keepValid', 'changes'],
  'shell-warning': ['keepValid', 'changes'],
  'access-cancel': ['keepValid', 'changes'],
  cancelled: ['changes'],
  scam: ['faq', 'sms'],
  'not-a-filing-code': ['sms', 'check'],
  unknown: ['sms', 'faq'],
};
