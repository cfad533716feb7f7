/**
 * Public API of the 提示/短信解读 tool: interpret any text received during ICP filing, from the provider's 初审 to
 * after approval, and recognise scams and codes that are not the MIIT one. Pure TypeScript, no DOM, no words: the
 * answer is codes and values that src/i18n words. Imported by the MessageDecoder island, the tool page and tests.
 *
 * @example
 * import { interpretMessage, MIIT_RESULTS } from '../lib/messages';
 * interpretMessage('该条验证库里找不到记录或已完成验证。').kind // 'no-record'
 */
export { interpretMessage, provinceTable } from './interpret';
export { MIIT_RESULTS } from './miit-data';
export type { LimitDate, StatedLimit } from './limits';
export type { MiitResult } from './miit-data';
export type {
  DeadlineKind,
  InterpretOptions,
  MessageInterpretation,
  MessageKind,
  NoteCode,
  ProvinceTable,
} from './types';
