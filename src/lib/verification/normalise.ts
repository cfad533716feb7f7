/**
 * Character-level clean-up shared by every checker in this folder: full-width → half-width, whitespace and dashes
 * removed, letters upper-cased. One pass over the string, no regular expressions on unbounded input.
 */

/**
 * Longest input (UTF-16 code units) that is analysed at all; anything longer is refused as "not a form value".
 *
 * @example
 * checkPhone('1'.repeat(MAX_INPUT + 1)).errors[0] // '内容太长（201 个字符），这里只填手机号（11 位）。'
 */
export const MAX_INPUT = 200;

/**
 * What `clean` changed, so the checkers can explain it in Chinese.
 *
 * @example
 * const c: Cleaned = clean('１２３ 456'); // { text: '123456', fullWidth: true, spaces: true, … }
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
  /** Dash-like characters (- – — ‐ −) were removed (only when asked). */
  dashes: boolean;
  /** Lower-case ASCII letters were upper-cased (only when asked). */
  lower: boolean;
};

function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x180e
  );
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

function isDash(cp: number): boolean {
  return cp === 0x2d || (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63;
}

/**
 * Normalise what a person typed or pasted.
 *
 * @param input any string (callers cap its length first)
 * @param opts `dashes`: remove dash-like characters; `upper`: upper-case ASCII letters
 * @example
 * clean('１３８ ００１３－８０００', { dashes: true }).text // '13800138000'
 * clean('456（3）').text // '456(3)'
 * clean('23456x', { upper: true }) // { text: '23456X', lower: true, … }
 */
export function clean(input: string, opts: { dashes?: boolean; upper?: boolean } = {}): Cleaned {
  const r: Cleaned = {
    text: '',
    fullWidth: false,
    brackets: false,
    spaces: false,
    invisible: false,
    dashes: false,
    lower: false,
  };
  let out = '';
  for (const ch of input) {
    let cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xff08 || cp === 0xff09) {
      r.brackets = true;
      cp -= 0xfee0;
    } else if (cp >= 0xff01 && cp <= 0xff5e) {
      r.fullWidth = true;
      cp -= 0xfee0;
    }
    if (isSpace(cp)) {
      r.spaces = true;
      continue;
    }
    if (isInvisible(cp)) {
      r.invisible = true;
      continue;
    }
    if (opts.dashes && isDash(cp)) {
      r.dashes = true;
      continue;
    }
    if (opts.upper && cp >= 0x61 && cp <= 0x7a) {
      r.lower = true;
      cp -= 0x20;
    }
    out += cp === (ch.codePointAt(0) ?? 0) ? ch : String.fromCodePoint(cp);
  }
  r.text = out;
  return r;
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
 * Up to three distinct characters of `text` that fail `allowed`, for an error message.
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
