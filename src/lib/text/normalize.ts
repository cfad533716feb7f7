/**
 * Text normalisation, once for the whole site: what people type or paste (full-width digits and letters from a
 * Chinese input method, Chinese brackets and punctuation, ideographic and no-break spaces, invisible characters
 * copied from chat apps, traditional characters from 港澳台 keyboards) is turned into one plain form before any rule
 * looks at it. Every function makes one pass over its input with a table lookup per character: no regular
 * expression on unbounded input, linear time, never throws.
 *
 * Three entry points, one set of character classes (./chars.ts):
 * - {@link normalizeText}: for matching messages (punctuation to ASCII, spaces collapsed, traditional → simplified);
 * - cleanField (./field.ts): for one form field (spaces removed, and a record of what changed so the UI can explain it);
 * - toHalfWidth (./chars.ts): the smallest step (full-width ASCII and U+3000 only), e.g. for dates.
 */

import { asString, isInvisible, isSpace } from './chars';
import { MESSAGE_PAIRS } from './trad-data';

/**
 * Full-width or ideographic punctuation and the ASCII each becomes in {@link normalizeText}:
 * 、。｡ → , . . ; 【】〔〕〖〗 → [] ; 「」『』“” → " ; ‘’ → ' ; dashes ‐‑‒–—― − ﹣ ﹘ → - ; ﹐﹒﹕ → , . :
 * (full-width ASCII ！…～, brackets （） included, is handled by arithmetic).
 */
const PUNCT_FROM =
  '\u3001\u3002\uff61\u3010\u3011\u3014\u3015\u3016\u3017\u300c\u300d\u300e\u300f\u201c\u201d\u2018\u2019' +
  '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\ufe58\ufe50\ufe52\ufe55';
const PUNCT_TO = ',..[][][]""""""\'\'---------,.:';

/**
 * Code unit (from U+2000) → replacement code unit, 0 for none: one array read per character. Full-width ASCII is
 * filled in by arithmetic, the rest from the punctuation table above and the site's one traditional → simplified table
 * (./trad-data.ts, made from OpenCC by `npm run trad-table`: its part for the characters of filing messages; search
 * maps the whole table). Made on first use, so that a bundle importing only ./chars through the barrel does not
 * carry it.
 */
const BASE = 0x2000;
let built: Uint16Array | undefined;
function table(): Uint16Array {
  if (built) return built;
  const t = new Uint16Array(0x10000 - BASE);
  for (let c = 0xff01; c <= 0xff5e; c++) t[c - BASE] = c - 0xfee0;
  for (let i = 0; i < PUNCT_FROM.length; i++) t[PUNCT_FROM.charCodeAt(i) - BASE] = PUNCT_TO.charCodeAt(i);
  for (let i = 0; i + 1 < MESSAGE_PAIRS.length; i += 2)
    t[MESSAGE_PAIRS.charCodeAt(i) - BASE] = MESSAGE_PAIRS.charCodeAt(i + 1);
  return (built = t);
}

/**
 * Full-width ASCII to ASCII, the ideographic space to a plain one and traditional characters of filing messages to
 * simplified (the table of {@link normalizeText}, without its punctuation), one code unit for one, so that every
 * position stays where it was: for a matcher that reports what was typed, and where, itself (dashes, brackets).
 *
 * @example
 * foldInPlace('閩ICP備２０２５００１２３４號') // '闽ICP备2025001234号'
 */
export function foldInPlace(input: string): string {
  const s = asString(input);
  const t = table();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const r = c === 0x3000 ? 0x20 : c >= BASE && !PUNCT_FROM.includes(s[i]!) ? t[c - BASE]! : 0;
    out += r ? String.fromCharCode(r) : s[i]!;
  }
  return out;
}

/**
 * Normalise pasted text for matching:
 * - full-width ASCII (＂，：１２３ＡＢＣ) → ASCII; ideographic punctuation (。，、【】“”—) → ASCII equivalents;
 * - traditional characters of filing messages (驗證碼、備案號、審核通過…) → simplified (./trad-data.ts);
 * - invisible characters (zero-width space, BOM, soft hyphen) removed;
 * - any run of whitespace (line breaks, U+3000, no-break space) becomes one space, kept only between two ASCII
 *   characters ("ICP 备案" → "ICP备案", "not found" stays).
 * Never throws; non-strings become ''; a lone surrogate becomes U+FFFD. Idempotent.
 *
 * @example
 * normalizeText('尊敬的ICP用户：\n您的短信核验 已全部完成，该请求将提交管局审核。')
 * // '尊敬的ICP用户:您的短信核验已全部完成,该请求将提交管局审核.'
 * normalizeText('驗證碼：１２３４５６【工信部 ICP 備案】') // '验证码:123456[工信部ICP备案]'
 */
export function normalizeText(input: string): string {
  const s = asString(input);
  const n = s.length;
  if (n === 0) return '';
  const TABLE = table();
  const out = new Uint16Array(n);
  let k = 0;
  let changed = false;
  let prev = -1; // last code unit written, -1 at the start
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c > 0x7e || c < 0x21) {
      if (c >= 0x3001 && c < 0xd800) {
        // CJK and other letters: only the table applies
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const next = s.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          out[k++] = c;
          prev = c = next;
          i++;
        } else c = 0xfffd; // a lone surrogate
      } else if (isSpace(c)) {
        changed = true;
        if (prev !== -1) pendingSpace = true;
        continue;
      } else if (isInvisible(c)) {
        changed = true;
        continue;
      }
      if (c >= BASE && TABLE[c - BASE]) c = TABLE[c - BASE]!;
    }
    if (pendingSpace) {
      if (prev < 0x80 && c < 0x80) out[k++] = 0x20;
      pendingSpace = false;
    }
    if (c !== s.charCodeAt(i)) changed = true;
    out[k++] = c;
    prev = c;
  }
  return changed ? UTF16.decode(out.subarray(0, k)) : s;
}

/**
 * Fold one character (one code point) for matching word lists: Unicode NFKC (full-width letters and digits,
 * compatibility ideographs), lower case, then the same traditional → simplified and punctuation table as
 * {@link normalizeText}. Used where each character must stay in place (a matcher that reports what was typed).
 *
 * @example
 * foldChar('國') // '国'
 * foldChar('Ａ') // 'a'
 * foldChar('１') // '1'
 */
export function foldChar(ch: string): string {
  const n = asString(ch).normalize('NFKC').toLowerCase();
  const TABLE = table();
  let out = '';
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    out += c >= BASE && TABLE[c - BASE] ? String.fromCharCode(TABLE[c - BASE]!) : n[i];
  }
  return out;
}

/** Turns the code units back into a string in one native call (typed arrays are little-endian on every browser). */
const UTF16 = /* @__PURE__ */ new TextDecoder('utf-16le');

/** Below this length a plain `includes` is as fast as anything. */
const SMALL = 4096;

/**
 * A fast "does the text contain this word?" for many words over one long text: one pass records which characters
 * occur, so a word with a character the text lacks is answered without scanning; other answers come from
 * `includes` and are remembered. This keeps a few dozen keyword checks over a 1 MB paste close to one pass.
 *
 * @example
 * const has = wordFinder('您的短信核验已全部完成');
 * has('核验') // true
 * has('退回') // false (退 does not occur: no scan)
 */
export function wordFinder(text: string): (word: string) => boolean {
  const t = asString(text);
  if (t.length < SMALL) return (w) => t.includes(w);
  const seen = new Uint8Array(0x2000);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    seen[c >> 3]! |= 1 << (c & 7);
  }
  const memo = new Map<string, boolean>();
  return (w) => {
    let r = memo.get(w);
    if (r === undefined) {
      r = true;
      for (let i = 0; r && i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (!(seen[c >> 3]! & (1 << (c & 7)))) r = false;
      }
      if (r) r = t.includes(w);
      memo.set(w, r);
    }
    return r;
  };
}
