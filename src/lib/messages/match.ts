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
 * The first MIIT result (status, kind) whose key phrase occurs in normalised text, with the phrase. `has` answers
 * "does the text contain this word?" (src/lib/text wordFinder, for long texts).
 *
 * @example
 * matchMiitKey('请等待其他核验人进行短信核验') // { status: 31, kind: 'verified-others-pending', key: '其他核验人' }
 */
export function matchMiitKey(
  text: string,
  has: (word: string) => boolean = (w) => String(text).includes(w),
): { status: MiitStatus; kind: Known; key: string } | undefined {
  for (const [status, kind, keys] of MIIT_KEYS) {
    for (const key of keys) if (has(key)) return { status, kind, key };
  }
  return undefined;
}

/** A paraphrase of a result names at least one of these. */
const GATE = ['核验', '验证', '校验', '重发', '重新发送', '记录', '输入', '填写'];

/** Up to 8 characters of the same sentence between two parts of a paraphrase. */
const G = '[^.;!?]{0,8}';
const CHECKED = '(?:核验|验证|校验)';

/**
 * The ten results as people retype them from memory: [status, kind, pattern], tried in this order when no exact key
 * phrase matched. Each pattern needs two ideas of the result close together in one sentence (failed … contact the
 * provider; no … record), so a provider's notice that merely mentions 核验 is not taken for a result. Every match
 * attempt is bounded (literal alternatives, gaps of at most 8 characters), so a scan is linear in the text.
 *
 * @example
 * PARAPHRASES[0][1] // 'resend-limit'
 */
export const PARAPHRASES: readonly (readonly [MiitStatus, Known, RegExp])[] = [
  [102, 'resend-limit', new RegExp(`(?:重发|重新发送|再发)${G}(?:上限|用完|用光|超过|最多)`)],
  [101, 'resend-sent', new RegExp(`(?:已|已经|成功)(?:重发|重新发送|重新发|再次发送)|(?:重发|重新发送)${G}成功`)],
  [
    100,
    'resend-none-pending',
    new RegExp(`(?:暂无|没有|无)(?:待|需要|要)${G}${CHECKED}|(?:不用|无需|不需要|不必)重发`),
  ],
  [20, 'already-verified', new RegExp(`(?:不用|无需|不需要|不必)(?:重复|再次)(?:提交|核验|验证)`)],
  [
    4,
    'no-record',
    /(?:找不到|查不到|查无|没有找到|没找到|没有|无)(?:相关|对应|待核验的|核验)?记录|记录(?:找不到|不存在)/,
  ],
  [31, 'verified-others-pending', new RegExp(`(?:其他|其它|另一|另外|别的)${G}(?:核验人|负责人)`)],
  [
    21,
    'failed-contact-provider',
    new RegExp(`(?:失败|不成功|没成功|没通过|未通过)${G}(?:联系|咨询|询问|问)(?:一下)?(?:接入商|服务商|云服务商|客服)`),
  ],
  [2, 'failed-wrong-info', new RegExp(`(?:信息|资料|输入|填写|填的)${G}(?:不正确|有误|错误|不对|错了|不符)`)],
  [0, 'failed-retry', new RegExp(`(?:失败|不成功|没成功|没通过)${G}(?:重新|再)${G}(?:验证|核验|提交|试)`)],
  [3, 'verified', new RegExp(`${CHECKED}[^.;!?]{0,4}(?:完成|成功|通过)(?![后前])`)],
];

/**
 * The closest of the ten results for a paraphrase (normalised text), when exactly worded key phrases are absent.
 *
 * @example
 * matchParaphrase('核验成功了,等管局审核') // { status: 3, kind: 'verified', key: '核验成功' }
 * matchParaphrase('提示查不到记录') // { status: 4, kind: 'no-record', key: '查不到记录' }
 */
export function matchParaphrase(
  text: string,
  has: (word: string) => boolean = (w) => String(text).includes(w),
): { status: MiitStatus; kind: Known; key: string } | undefined {
  if (typeof text !== 'string' || !GATE.some(has)) return undefined;
  for (const [status, kind, re] of PARAPHRASES) {
    const m = re.exec(text);
    if (m) return { status, kind, key: m[0] };
  }
  return undefined;
}
