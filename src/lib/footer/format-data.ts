/**
 * The fixed words of the numbers a footer shows, as data: the parts of an ICP filing number (`京ICP备…号-N`), of a
 * 公安联网备案 number (`京公网安备…号`) and of a licence number (`京ICP证…号`), and the province-rule topic that holds
 * the footer rules. ./numbers.ts builds its patterns and spellings from these.
 */
import type { RuleTopic } from '../provinces/vocabulary-data';

/**
 * The words between the parts of the numbers.
 *
 * @example
 * `京${WORDS.icp}2026000000${WORDS.hao}` // '京ICP备2026000000号'
 */
export const WORDS = {
  /** After the province abbreviation of an ICP filing number. */
  icp: 'ICP备',
  /** The 备 of an ICP filing number, after “ICP”. */
  filed: '备',
  /** After the province abbreviation of a 公安联网备案 number. */
  police: '公网安备',
  /** The 证 of a licence number (京ICP证…号), after “ICP”. */
  licence: '证',
  /** After the digits of every number. */
  hao: '号',
} as const;

/**
 * The province-rule topic of the footer number format (one of RULE_TOPICS).
 *
 * @example
 * FOOTER_TOPIC // '页脚备案号格式'
 */
export const FOOTER_TOPIC: RuleTopic = '页脚备案号格式';
