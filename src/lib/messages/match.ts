/**
 * Recognising the ten MIIT results by distinctive phrases (normalised form, see src/lib/text), even when shortened
 * or quoted inside a longer text. The exact texts are in ./miit.ts.
 */
import type { MessageKind } from './types';

/** A kind of message other than `unknown`. */
type Known = Exclude<MessageKind, 'unknown'>;

/**
 * A status code the verification page returns.
 *
 * @example
 * const s: MiitStatus = 31;
 */
export type MiitStatus = 3 | 31 | 21 | 2 | 0 | 4 | 20 | 100 | 101 | 102;

/**
 * [status, kind, key phrases], ordered for matching: the most specific first (102 before anything with 退回,
 * 20 and 4 before 3, 31 before 3, 21 and 2 before 0).
 *
 * @example
 * MIIT_KEYS[0] // [102, 'resend-limit', ['重发次数已到上限', …]]
 */
export const MIIT_KEYS: readonly (readonly [MiitStatus, Known, readonly string[]])[] = [
  [102, 'resend-limit', ['重发次数已到上限', '重发次数已达上限', '次数已到上限']],
  [101, 'resend-sent', ['已重发成功', '重发成功']],
  [100, 'resend-none-pending', ['暂无待短信核验', '无需重发']],
  [20, 'already-verified', ['无需重复提交']],
  [4, 'no-record', ['找不到记录', '验证库里找不到']],
  [31, 'verified-others-pending', ['其他核验人']],
  [3, 'verified', ['核验已全部完成', '该请求将提交管局审核']],
  [21, 'failed-contact-provider', ['联系接入商查询']],
  [2, 'failed-wrong-info', ['输入正确的信息']],
  [0, 'failed-retry', ['请您重新验证', '核验失败,请重新验证']],
];

/**
 * The first MIIT result (status, kind) whose key phrase occurs in normalised text, with the phrase.
 *
 * @example
 * matchMiitKey('请等待其他核验人进行短信核验') // { status: 31, kind: 'verified-others-pending', key: '其他核验人' }
 */
export function matchMiitKey(text: string): { status: MiitStatus; kind: Known; key: string } | undefined {
  for (const [status, kind, keys] of MIIT_KEYS) {
    for (const key of keys) if (text.includes(key)) return { status, kind, key };
  }
  return undefined;
}
