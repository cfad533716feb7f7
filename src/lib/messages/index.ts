/**
 * Public API of the 提示/短信解读 tool: interpret any text received during ICP filing.
 * Pure TypeScript, no DOM. Imported by the MessageDecoder island, the tool page and tests.
 *
 * @example
 * import { interpretMessage, MIIT_RESULTS } from '../lib/messages';
 * interpretMessage('该条验证库里找不到记录或已完成验证。').kind // 'no-record'
 */
export { interpretMessage, provinceTable } from './interpret';
export { MIIT_RESULTS, MIIT_RESULT_PREFIX, matchMiitResult } from './miit';
export type { MiitResult } from './miit';
export { MIIT_KEYS, PARAPHRASES, matchMiitKey, matchParaphrase } from './match';
export type { MiitStatus } from './match';
export { findFilingNumbers, findLicence, findPoliceNumber, PROVINCE_ABBRS } from './numbers';
export type { FilingNumber } from './numbers';
export { CALCULATOR_LINK, GUIDES, POLICE_CALCULATOR_LINK } from './texts';
export type {
  Deadline,
  DeadlineKind,
  GuideRef,
  InterpretOptions,
  MessageInterpretation,
  MessageKind,
  ProvinceTable,
} from './types';
