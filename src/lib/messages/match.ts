/**
 * Finding the ten MIIT results by their key phrases (./miit-data.ts), even when shortened or quoted inside a longer
 * text. Literal `indexOf` loops: linear in the text.
 */
import type { MessageKind } from './types';
import { MIIT_KEYS, MIIT_RESULTS, type MiitResult } from './miit-data';

/**
 * A status code the verification page returns.
 *
 * @example
 * const s: MiitStatus = 31;
 */
export type MiitStatus = 3 | 31 | 21 | 2 | 0 | 4 | 20 | 100 | 101 | 102;

/** A kind of message other than `unknown`. */
type Known = Exclude<MessageKind, 'unknown'>;

/** At most this many hits are reported (a paste that repeats a result a thousand times says nothing more). */
const MAX_HITS = 20;

/**
 * Every key phrase of the ten results in normalised text, in text order (at most 20), with its position. Where two
 * keys of different results overlap, both are reported; the reader weighs them (./decide.ts).
 *
 * @example
 * matchMiitKeys('请等待其他核验人进行短信核验')[0] // { status: 31, kind: 'verified-others-pending', key: '其他核验人', at: 2 }
 */
export function matchMiitKeys(text: string): { status: MiitStatus; kind: Known; key: string; at: number }[] {
  const out: { status: MiitStatus; kind: Known; key: string; at: number }[] = [];
  if (typeof text !== 'string') return out;
  for (const [status, kind, keys] of MIIT_KEYS) {
    for (const key of keys) {
      let i = text.indexOf(key);
      let n = 0;
      while (i !== -1 && n < MAX_HITS) {
        out.push({ status, kind, key, at: i });
        n++;
        i = text.indexOf(key, i + key.length);
      }
      if (n > 0) break; // one key per result is enough
    }
  }
  return out.sort((a, b) => a.at - b.at).slice(0, MAX_HITS);
}

/**
 * The MIIT result whose key phrase occurs first in normalised text, with the phrase that matched.
 *
 * @example
 * matchMiitResult('短信核验已全部完成')?.result.status // 3
 * matchMiitResult('请等待其他核验人进行短信核验')?.result.status // 31
 */
export function matchMiitResult(text: string): { result: MiitResult; key: string } | undefined {
  const m = matchMiitKeys(text)[0];
  const result = m && MIIT_RESULTS.find((r) => r.status === m.status);
  return result && m ? { result, key: m.key } : undefined;
}
