/**
 * Chinese inside text of another language: the runs of Chinese characters (with the Chinese punctuation and the
 * Latin letters or digits between them, as in 京ICP备2026012345号) that an English page quotes. Used to mark them
 * `lang="zh-CN"` (so screen readers and fonts treat them as Chinese) and to count Chinese left untranslated.
 */

/** A Chinese character, Chinese punctuation (U+3000–303F) or a full-width form (U+FF00–FFEF). */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const RUN = new RegExp(`[${CJK}](?:[${CJK}]|[A-Za-z0-9·\\-]+(?=[${CJK}]))*`, 'gu');

/** One stretch of a text: Chinese or not. */
export interface TextPart {
  text: string;
  zh: boolean;
}

/**
 * Split a text into Chinese runs and the rest, in order; joined again they give the text back.
 *
 * @example
 * zhParts('the access provider (接入商) console')
 * // [{ text: 'the access provider (', zh: false }, { text: '接入商', zh: true }, { text: ') console', zh: false }]
 * zhParts('京ICP备2026012345号-1').map((p) => p.text) // ['京ICP备2026012345号', '-1']
 */
export function zhParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of String(text).matchAll(RUN)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), zh: false });
    parts.push({ text: m[0], zh: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), zh: false });
  return parts;
}

/**
 * Whether a text holds any Chinese character.
 *
 * @example
 * hasZh('ICP filing (ICP备案)') // true
 * hasZh('ICP filing') // false
 */
export function hasZh(text: string): boolean {
  return new RegExp(`[${CJK}]`, 'u').test(String(text));
}
