/**
 * Public API of the text normalisation shared by every tool (see ./normalize.ts): one character table for
 * full-width → half-width, Chinese brackets and punctuation, spaces (U+3000 included), invisible characters and the
 * traditional characters of filing messages.
 *
 * @example
 * import { normalizeText, cleanField, toHalfWidth } from '../text';
 * normalizeText('驗證碼：１２３４５６') // '验证码:123456'
 * cleanField('456（3）').text // '456(3)'
 * toHalfWidth('２０２６年') // '2026年'
 */
export { asString, cleanField, normalizeText, toHalfWidth, wordFinder } from './normalize';
export type { Cleaned } from './normalize';
