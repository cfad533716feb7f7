/**
 * Public API of the 提示/短信解读 tool: interpret any text received during ICP filing.
 * Pure TypeScript, no DOM. Imported by the MessageDecoder island, the tool page and tests.
 *
 * @example
 * import { interpretMessage, MIIT_RESULTS } from '../lib/messages';
 * interpretMessage('该条验证库里找不到记录或已完成验证。').kind // 'no-record'
 */
export { interpretMessage, provinceTable } from './interpret';
export { MIIT_RESULTS } from './miit';
export type { MiitResult } from './miit';
export type {
  Deadline,
  DeadlineKind,
  GuideRef,
  InterpretOptions,
  MessageInterpretation,
  MessageKind,
  ProvinceTable,
} from './types';
