/**
 * The characters and words ./fields.ts reads around a typed value (patterns only, no sentences): a label typed
 * before it ("证件号后六位：", "手机号 "), punctuation at its ends ("482913。"), and characters that look like the
 * letter X (×, ✕, Ⅹ from an input method) in an ID tail.
 */

/**
 * A label before the value: Chinese words (with 后6位 and a bracketed remark), then 是/为 and a colon, right before
 * the first Latin letter, digit or symbol.
 */
export const LABEL =
  /^\s*(?:后\s*[6六]\s*位|[\u3400-\u9fff]|[(（][^)）]{0,12}[)）])+?\s*(?:是|为)?\s*[:：]?\s*(?=[\x21-\x27\x2A-\x7E\uFF01-\uFF07\uFF0A-\uFF5E])/u;
/** A word that makes Chinese words before a value a label (not, say, a number in Chinese numerals). */
export const LABEL_WORD = /证|号|位|码|手机|电话|尾/u;

/** Punctuation a value never starts or ends with in a digits-only field (code, phone). */
export const EDGE_DIGITS = /^[\s"'“”‘’「」『』《》。，、；：！？.,;:!?]+|[\s"'“”‘’「」『』《》。，、；：！？.,;:!?]+$/g;

/** Chinese punctuation a tail never starts or ends with (ASCII symbols count in a tail and are kept). */
export const EDGE_TAIL = /^[\s“”‘’「」『』《》。，、；：！？]+|[\s“”‘’「」『』《》。，、；：！？]+$/g;

/** Characters that look like the letter X: ×, ✕, ✖, ╳, the Roman numeral Ⅹ/ⅹ, Greek Χ/χ, Cyrillic Х/х. */
export const LOOKS_LIKE_X = '×✕✖✗✘╳ⅩⅹΧχХх';
