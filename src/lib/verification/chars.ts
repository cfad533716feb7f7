/**
 * Character-level helpers of the field checkers. The clean-up itself (full-width → half-width, whitespace, dashes,
 * upper case) is the site's one normalisation module, src/lib/text (`cleanField`, `asString`), imported from there;
 * this file adds only what form fields need.
 */

/**
 * Longest input (UTF-16 code units) that is analysed at all; anything longer is refused as "not a form value".
 *
 * @example
 * checkPhone('1'.repeat(MAX_INPUT + 1)).errors[0] // { code: 'phone.tooLong', params: { limit: 200 } }
 */
export const MAX_INPUT = 200;

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
