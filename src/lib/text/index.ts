/**
 * Public API of the text normalisation shared by every tool: one set of character classes (./chars.ts) for
 * full-width → half-width, Chinese brackets and punctuation, spaces (U+3000 included) and invisible characters,
 * the clean-up of one form value (./field.ts), plus the message tables (./normalize.ts: punctuation, traditional characters of filing messages).
 *
 * @example
 * import { normalizeText, cleanField, toHalfWidth } from '../text';
 * normalizeText('驗證碼：１２３４５６') // '验证码:123456'
 * cleanField('456（3）').text // '456(3)'
 * toHalfWidth('２０２６年') // '2026年'
 */
export { asString, toHalfWidth } from './chars';
export { charCount, cleanField, lastChars, showChar, strayChars } from './field';
export type { Cleaned } from './field';
export { foldChar, foldInPlace, normalizeText, wordFinder } from './normalize';
