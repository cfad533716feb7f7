/**
 * The character classes of the site's one text normalisation (see ./normalize.ts for the whole picture), and the
 * lightest pass, which needs nothing else: {@link toHalfWidth} (full-width ASCII and U+3000 only, e.g. for dates).
 * The clean-up of one form value (`cleanField`) is in ./field.ts. Kept apart from the message tables and from the
 * form-value clean-up so that a tool needing only these (a date field) does not load them.
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
