/**
 * Province rules that prescribe a site name's format (江苏: only 某某的个人博客 or 某某的个人主页). A format is written
 * with one `*` for the part the filer chooses (`*的个人博客`); the rest is fixed text, matched on folded characters
 * (so 個人 is 个人).
 */
import { asString, foldChar } from '../text';
import type { Cut } from './rename';

/**
 * Where a name follows a format: the fixed parts (cuts of the name's code points, to be exempt from word lists: the
 * format itself says 博客) and the chosen part; null when it does not follow it or the chosen part is empty.
 *
 * @example
 * matchFormat(Array.from('张三的个人博客'), '*的个人博客') // { fixed: [{ from: 0, to: 0 }, { from: 2, to: 7 }], owner: { from: 0, to: 2 } }
 * matchFormat(Array.from('的个人博客'), '*的个人博客') // null
 */
export function matchFormat(folded: readonly string[], format: string): { fixed: Cut[]; owner: Cut } | null {
  if (!Array.isArray(folded) || typeof format !== 'string') return null;
  const star = format.indexOf('*');
  if (star < 0 || format.indexOf('*', star + 1) >= 0) return null;
  const head = Array.from(format.slice(0, star)).map(foldChar);
  const tail = Array.from(format.slice(star + 1)).map(foldChar);
  const n = folded.length;
  if (n <= head.length + tail.length) return null;
  if (head.some((c, i) => folded[i] !== c) || tail.some((c, i) => folded[n - tail.length + i] !== c)) return null;
  return {
    fixed: [
      { from: 0, to: head.length },
      { from: n - tail.length, to: n },
    ],
    owner: { from: head.length, to: n - tail.length },
  };
}

/**
 * A format with its `*` replaced by what the filer chooses.
 *
 * @example
 * fillFormat('*的个人博客', '小林') // '小林的个人博客'
 */
export function fillFormat(format: string, owner: string): string {
  return asString(format).replace('*', () => asString(owner));
}
