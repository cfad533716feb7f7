/**
 * The character classes of the site's one text normalisation (see ./normalize.ts for the whole picture), and the
 * two light passes that need nothing else: {@link toHalfWidth} (full-width ASCII and U+3000 only, e.g. for dates) and
 * {@link cleanField} (one form value, reporting what it changed). Kept apart from the message tables so that a tool
 * needing only these does not load them.
 */

/**
 * Whitespace of any kind: ASCII, line breaks, no-break space, the ideographic space U+3000 and the typographic spaces.
 *
 * @example
 * isSpace(0x3000) // true
 * isSpace(0x41) // false
 */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Characters that show nothing: soft hyphen, zero-width space/joiners, direction marks, word joiner, BOM.
 *
 * @example
 * isInvisible(0x200b) // true
 */
export function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

/**
 * Dash-like characters: - ‐ ‑ ‒ – — ― − ﹘ ﹣ and the full-width －.
 *
 * @example
 * isDash(0x2014) // true
 */
export function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

/**
 * The ASCII code of a full-width ASCII variant (！ U+FF01 … ～ U+FF5E), or -1.
 *
 * @example
 * fullWidthToAscii(0xff11) // 0x31 ('1')
 * fullWidthToAscii(0x4e00) // -1
 */
export function fullWidthToAscii(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : -1;
}

/**
 * Turn anything into a string without throwing (numbers, null, objects with a broken toString…).
 *
 * @example
 * asString(123456) // '123456'
 * asString(null) // ''
 */
export function asString(input: unknown): string {
  if (typeof input === 'string') return input;
  try {
    return input == null ? '' : String(input);
  } catch {
    return '';
  }
}

/**
 * Full-width ASCII (１２３ＡＢＣ：／) to ASCII and the ideographic space to a plain space; nothing else changes.
 *
 * @example
 * toHalfWidth('２０２６年２月１４日　０９：３０') // '2026年2月14日 09:30'
 */
export function toHalfWidth(input: string): string {
  const s = asString(input);
  let out = '';
  let seg = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3000) continue;
    const a = c === 0x3000 ? 0x20 : fullWidthToAscii(c);
    if (a === -1) continue;
    out += s.slice(seg, i) + String.fromCharCode(a);
    seg = i + 1;
  }
  return seg === 0 ? s : out + s.slice(seg);
}

/**
 * What {@link cleanField} changed, so a checker can explain it in Chinese.
 *
 * @example
 * const c: Cleaned = cleanField('１２３ 456'); // { text: '123456', fullWidth: true, spaces: true, … }
 */
export type Cleaned = {
  /** The text after the clean-up. */
  text: string;
  /** Full-width ASCII variants (１２３, ＡＢＣ, ＋) were turned into ASCII. */
  fullWidth: boolean;
  /** Full-width brackets （） were turned into ASCII (). */
  brackets: boolean;
  /** Whitespace of any kind (incl. U+3000 and no-break space) was removed. */
  spaces: boolean;
  /** Invisible characters (zero-width space, BOM, soft hyphen…) were removed. */
  invisible: boolean;
  /** Dash-like characters (- – — ‐ − －) were removed (only when asked). */
  dashes: boolean;
  /** Lower-case ASCII letters were upper-cased (only when asked). */
  lower: boolean;
};

/**
 * Normalise one form value: full-width → half-width, whitespace and invisible characters removed, and (when asked)
 * dashes removed and letters upper-cased. Reports what it changed.
 *
 * @param input any string (callers cap its length first)
 * @param opts `dashes`: remove dash-like characters; `upper`: upper-case ASCII letters
 * @example
 * cleanField('１３８ ００１３－８０００', { dashes: true }).text // '13800138000'
 * cleanField('456（3）') // { text: '456(3)', brackets: true, … }
 * cleanField('23456x', { upper: true }) // { text: '23456X', lower: true, … }
 */
export function cleanField(input: string, opts: { dashes?: boolean; upper?: boolean } = {}): Cleaned {
  const s = asString(input);
  const r: Cleaned = {
    text: '',
    fullWidth: false,
    brackets: false,
    spaces: false,
    invisible: false,
    dashes: false,
    lower: false,
  };
  const dashes = !!opts?.dashes;
  const upper = !!opts?.upper;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    const a = fullWidthToAscii(c);
    if (a !== -1) {
      if (c === 0xff08 || c === 0xff09) r.brackets = true;
      else r.fullWidth = true;
      c = a;
    }
    if (isSpace(c)) {
      r.spaces = true;
      continue;
    }
    if (isInvisible(c)) {
      r.invisible = true;
      continue;
    }
    if (dashes && isDash(c)) {
      r.dashes = true;
      continue;
    }
    if (upper && c >= 0x61 && c <= 0x7a) {
      r.lower = true;
      c -= 0x20;
    }
    out += a === -1 && c === s.charCodeAt(i) ? s[i] : String.fromCharCode(c);
  }
  r.text = out;
  return r;
}

/**
 * Show a character safely inside a message: control characters, lone surrogates and the like as U+XXXX.
 *
 * @example
 * showChar('号') // '号'
 * showChar('\u0001') // 'U+1'
 */
export function showChar(ch: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? ch : 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase();
}

/**
 * Up to three distinct characters of `text` that fail `allowed`, for a message that names them.
 *
 * @example
 * strayChars('12a4b6a', (ch) => ch >= '0' && ch <= '9') // ['a', 'b']
 */
export function strayChars(text: string, allowed: (ch: string) => boolean): string[] {
  const seen: string[] = [];
  for (const ch of text) {
    if (!allowed(ch) && !seen.includes(ch)) {
      seen.push(ch);
      if (seen.length === 3) break;
    }
  }
  return seen.map(showChar);
}

/**
 * Number of code points (what a person sees as characters, close enough for form fields).
 *
 * @example
 * charCount('证件号') // 3
 */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Last `n` code points of `text`.
 *
 * @example
 * lastChars('A123456(3)', 6) // '456(3)'
 */
export function lastChars(text: string, n: number): string {
  return Array.from(text).slice(-n).join('');
}
