/**
 * The ten results of the MIIT verification page (https://beian.miit.gov.cn/#/Integrated/ComplaintA), verbatim from
 * the page's code (facts §2): ASCII commas in the first six, full-width punctuation in the last four.
 */
import type { MessageKind } from './types';
import type { MiitStatus } from './match';

/**
 * The prefix the page shows before every result.
 *
 * @example
 * MIIT_RESULT_PREFIX + MIIT_RESULTS[0].text // '尊敬的ICP用户：您的短信核验已全部完成,该请求将提交管局审核。'
 */
export const MIIT_RESULT_PREFIX = '尊敬的ICP用户：';

/**
 * One row of the MIIT result table.
 *
 * @example
 * const row: MiitResult = { status: 4, text: '该条验证库里找不到记录或已完成验证。', kind: 'no-record', tab: 'verify' };
 */
export interface MiitResult {
  /** The status code in the page's response. */
  status: MiitStatus;
  /** The exact text shown after {@link MIIT_RESULT_PREFIX}. */
  text: string;
  /** What {@link interpretMessage} calls it. */
  kind: MessageKind;
  /** 核验 tab or 短信重发 tab. */
  tab: 'verify' | 'resend';
}

/**
 * The ten results in the order of the facts table (核验 tab, then 短信重发 tab). The key phrases that recognise
 * them live in ./match.ts (kept apart so the island does not ship the full texts).
 *
 * @example
 * MIIT_RESULTS.find((r) => r.status === 31)?.kind // 'verified-others-pending'
 */
export const MIIT_RESULTS: readonly MiitResult[] = [
  {
    status: 3,
    text: '您的短信核验已全部完成,该请求将提交管局审核。',
    kind: 'verified',
    tab: 'verify',
  },
  {
    status: 31,
    text: '您的短信核验完成,请等待其他核验人进行短信核验。',
    kind: 'verified-others-pending',
    tab: 'verify',
  },
  {
    status: 21,
    text: '您的短信核验失败,请联系接入商查询核验结果。',
    kind: 'failed-contact-provider',
    tab: 'verify',
  },
  {
    status: 2,
    text: '您的短信核验失败,请输入正确的信息。',
    kind: 'failed-wrong-info',
    tab: 'verify',
  },
  {
    status: 0,
    text: '您的短信核验失败,请您重新验证。',
    kind: 'failed-retry',
    tab: 'verify',
  },
  {
    status: 4,
    text: '该条验证库里找不到记录或已完成验证。',
    kind: 'no-record',
    tab: 'verify',
  },
  {
    status: 20,
    text: '您的短信核验已完成，无需重复提交。',
    kind: 'already-verified',
    tab: 'verify',
  },
  {
    status: 100,
    text: '您暂无待短信核验的备案申请，无需重发短信。',
    kind: 'resend-none-pending',
    tab: 'resend',
  },
  {
    status: 101,
    text: '您的短信验证码已重发成功，请查看手机并尽快完成短信核验。',
    kind: 'resend-sent',
    tab: 'resend',
  },
  {
    status: 102,
    text: '重发次数已到上限，若不能及时完成短信核验，您的备案申请将会被退回。',
    kind: 'resend-limit',
    tab: 'resend',
  },
];

/**
 * [status, kind, key phrases], ordered for matching: the most specific first (102 before anything with 退回,
 * 20 and 4 before 3, 31 before 3, 21 and 2 before 0). Key phrases are parts of the page's texts that people keep
 * when they quote a result (normalised form, see src/lib/text).
 *
 * @example
 * MIIT_KEYS[0][1] // 'resend-limit'
 */
export const MIIT_KEYS: readonly (readonly [MiitStatus, Exclude<MessageKind, 'unknown'>, readonly string[]])[] = [
  [102, 'resend-limit', ['重发次数已到上限', '重发次数已达上限', '次数已到上限']],
  [101, 'resend-sent', ['验证码已重发成功', '已重发成功']],
  [100, 'resend-none-pending', ['暂无待短信核验', '无需重发短信']],
  [20, 'already-verified', ['无需重复提交']],
  [4, 'no-record', ['找不到记录', '验证库里找不到']],
  [31, 'verified-others-pending', ['其他核验人']],
  [3, 'verified', ['核验已全部完成', '该请求将提交管局审核']],
  [21, 'failed-contact-provider', ['联系接入商查询']],
  [2, 'failed-wrong-info', ['输入正确的信息']],
  [0, 'failed-retry', ['请您重新验证']],
];
