/**
 * A concrete rename for a site name: the name without its problematic parts, offered only when what is left still
 * reads as a name. Cutting a word out of a name can leave half of a compound behind (国家级 → 级, 人民路 → 路,
 * 有限公司 → 有限), a stray character (免费电影在线看 → 免费看) or a bare "someone's" (张三的个人博客 → 张三的个人);
 * such remainders are refused here. Whether the rename then passes the check is ./check.ts's business.
 */
import { asString } from '../text';
import { BOUND_END, BOUND_START } from './words-data';

const HAN = /\p{Script=Han}/u;
const EDGE = /^[\s\-_·・.]+|[\s\-_·・.]+$/gu;

/**
 * A part of the name to cut out: characters `from` (inclusive) to `to` (exclusive), indexes into the name's code
 * points.
 *
 * @example
 * const c: Cut = { from: 0, to: 2 };
 */
export type Cut = { from: number; to: number };

/**
 * Fewest 汉字 left when the word a name ends with is cut out: a 2–3 character name (a brand, a person) and at least
 * one more word that says what the site is about.
 *
 * @example
 * MIN_HAN_AFTER_HEAD // 4
 */
export const MIN_HAN_AFTER_HEAD = 4;

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/**
 * The name (as code points) without the cuts, when what is left reads as a name: at least 3 汉字, no piece of a
 * single 汉字 left between or after cuts, no piece starting with a character that belongs to the word cut before it
 * (级, 路 …), and not ending where a name cannot end (的, 个人, 有限 …). A word cut from the end of a name is usually
 * the part that says what the site is (工作室, 论坛, 商城): what stood in front of it is then often only a brand's or a
 * person's name (爱克米工作室 → 爱克米), which says nothing of the site, so after such a cut at least
 * {@link MIN_HAN_AFTER_HEAD} 汉字 must be left (小林摄影工作室 → 小林摄影). Otherwise undefined.
 *
 * @example
 * rename(Array.from('中国美食笔记'), [{ from: 0, to: 2 }]) // '美食笔记'
 * rename(Array.from('国家级编程笔记'), [{ from: 0, to: 2 }]) // undefined
 * rename(Array.from('爱克米工作室'), [{ from: 3, to: 6 }]) // undefined
 */
export function rename(chars: readonly string[], cuts: readonly Cut[]): string | undefined {
  if (!Array.isArray(chars) || !Array.isArray(cuts) || cuts.length === 0) return undefined;
  const cut = new Array<boolean>(chars.length).fill(false);
  for (const c of cuts) {
    const from = c?.from;
    const to = c?.to;
    if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to)) continue;
    for (let i = Math.max(0, Math.ceil(from)); i < Math.min(chars.length, to); i++) cut[i] = true;
  }
  // The pieces left, and whether each one follows a cut.
  const pieces: { text: string; afterCut: boolean }[] = [];
  let text = '';
  let afterCut = false;
  chars.forEach((ch, i) => {
    if (cut[i]) {
      if (text) pieces.push({ text, afterCut });
      text = '';
      afterCut = true;
    } else text += asString(ch);
  });
  if (text) pieces.push({ text, afterCut });
  const kept: string[] = [];
  for (const p of pieces) {
    const t = p.text.replace(EDGE, '');
    if (t === '') continue;
    if (Array.from(t).length === 1 && HAN.test(t)) return undefined;
    if (p.afterCut && BOUND_START.includes(Array.from(t)[0]!)) return undefined;
    kept.push(t);
  }
  const name = kept
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .replace(EDGE, '');
  if (name === chars.map(asString).join('') || hanCount(name) < 3) return undefined;
  // The word the name ended with (its last 汉字 and what follows them) was cut: what is left must say more than a name.
  let last = chars.length - 1;
  while (last >= 0 && !HAN.test(asString(chars[last]))) last--;
  if (last >= 0 && cut[last] && hanCount(name) < MIN_HAN_AFTER_HEAD) return undefined;
  if (BOUND_END.some((w) => name.endsWith(w))) return undefined;
  return name;
}
