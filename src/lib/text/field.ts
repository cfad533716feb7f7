/**
 * The clean-up of one form value with the character classes of ./chars.ts: {@link cleanField} (reporting what it
 * changed) and the helpers a field check needs to speak about what is left (stray characters, length, last
 * characters). Apart from ./chars.ts so that a tool reading only dates does not load it.
 */
import { asString, fullWidthToAscii, isDash, isInvisible, isSpace } from './chars';

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
