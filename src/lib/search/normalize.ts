/**
 * One spelling for search: the text of every page section (when the index is built) and every query (when the
 * reader types) go through the same steps, so that either spelling finds the other.
 *
 * 1. full-width letters, digits, ＋ and － → ASCII (`ＩＣＰ１２３` → `ICP123`), the ideographic space → a space;
 *    Chinese punctuation (，：（）) stays: search snippets show the indexed text, and Pagefind splits words there;
 * 2. traditional → simplified, with the site's one table ({@link TRAD_TABLE}, the one src/lib/text uses);
 * 3. Chinese numerals before a counting word → digits (`二十个工作日` → `20个工作日`, see numerals.ts);
 * 4. one space between Chinese and Latin letters or digits (`App备案` and `App 备案` → `App 备案`).
 *
 * A query also has its other spellings replaced by the guide's words (synonyms.ts); page text keeps its own words
 * and gets the guide's words added by {@link indexTerms}. Every function is linear in its input and never throws.
 */
import { fullWidthToAscii } from '../text/chars';
import { MESSAGE_PAIRS } from '../text/trad-data';
import { PAGE_PAIRS } from '../text/trad-pages-data';
import { numeralsToDigits } from './numerals';
import { DIGIT, FIXED_TERMS } from './numerals-data';
import { KEEP, RELATED, SAME } from './synonyms-data';

/**
 * Traditional → simplified, one UTF-16 unit each.
 *
 * @example
 * const t: TradTable = parseTradTable('備备號号');
 */
export type TradTable = ReadonlyMap<string, string>;

/**
 * Read a table written as pairs of characters, traditional then simplified (`'備备號号'`). Pairs that are not two
 * single BMP characters are skipped.
 *
 * @example
 * parseTradTable('備备號号').get('號') // '号'
 */
export function parseTradTable(pairs: string): TradTable {
  const map = new Map<string, string>();
  if (typeof pairs !== 'string') return map;
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}

const EMPTY: TradTable = new Map();

/**
 * The site's one traditional → simplified table (src/lib/text/trad-data.ts, made from OpenCC for the characters the
 * site uses by `npm run trad-table`), whole: the tools' normalisation maps its part for filing messages. Pass it to
 * the functions below.
 *
 * @example
 * TRAD_TABLE.get('備') // '备'
 */
export const TRAD_TABLE: TradTable = /* @__PURE__ */ parseTradTable(MESSAGE_PAIRS + PAGE_PAIRS);

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Steps 1, 2 and 4 in one pass: width, traditional → simplified, a space between Chinese and Latin.
 */
function fold(text: string, table: TradTable): string {
  let out = '';
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    let c = ch.charCodeAt(0);
    const ascii = fullWidthToAscii(c);
    if (isAlnum(ascii) || ascii === 0x2b || ascii === 0x2d) {
      // Full-width letters, digits, ＋ and －; other full-width punctuation stays Chinese (snippets show it).
      c = ascii;
      ch = String.fromCharCode(c);
    } else if (c === 0x3000) {
      c = 0x20;
      ch = ' ';
    } else if (c >= 0x3400) {
      const s = table.get(ch);
      if (s !== undefined) {
        ch = s;
        c = s.charCodeAt(0);
      }
    }
    if ((isHan(prev) && isAlnum(c)) || (isAlnum(prev) && isHan(c))) out += ' ';
    out += ch;
    prev = c;
  }
  return out;
}

/**
 * The text of a page section as it is indexed: full-width → ASCII, traditional → simplified, numerals → digits,
 * a space between Chinese and Latin. Chinese punctuation is kept (search snippets show this text).
 *
 * @example
 * normalizeSearchText('審核一般需要二十個工作日', parseTradTable('審审個个')) // '审核一般需要 20 个工作日'
 * normalizeSearchText('ＩＣＰ備案') // 'ICP 備案'
 */
export function normalizeSearchText(text: string, table: TradTable = EMPTY): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  // Numerals first (they are the same in both scripts, 個 and 个 both count), then the spacing sees the digits.
  let out = fold(numeralsToDigits(fold(text, table)), EMPTY);
  for (const [digits, words] of FIXED_IN_DIGITS) if (out.includes(digits)) out = out.split(digits).join(words);
  return out;
}

/** Each fixed term's digit spelling after the spacing step (后 6 位) and the term in words (后六位). */
const FIXED_IN_DIGITS: ReadonlyArray<readonly [string, string]> = FIXED_TERMS.map((t) => {
  let digits = '';
  for (const ch of t) digits += ch in DIGIT ? String(DIGIT[ch]) : ch;
  return [fold(digits, EMPTY), t] as const;
});

/** Every spelling to rewrite, longest first, with what it becomes (KEEP words map to themselves). */
const REWRITES: ReadonlyArray<readonly [string, string]> = [
  ...KEEP.map((w) => [w, w] as const),
  ...SAME.flatMap((s) => s.other.map((o) => [o, s.term] as const)),
].sort((a, b) => b[0].length - a[0].length);

/**
 * Replace other spellings by the guide's words (longest match first; KEEP words untouched).
 *
 * @example
 * replaceSynonyms('云服务商 页脚 验证码 短信验证') // '接入商 底部 验证码 短信核验'
 */
export function replaceSynonyms(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    if (text.charCodeAt(i) >= 0x3400) {
      for (const [from, to] of REWRITES) {
        if (text.startsWith(from, i)) {
          out += to;
          i += from.length;
          continue outer;
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/**
 * A query as it is searched: {@link normalizeSearchText}, whitespace collapsed, other spellings replaced by the guide's
 * words. Bounded to the first 200 characters (nobody types more into a search box).
 *
 * @example
 * normalizeQuery('二十個工作日', parseTradTable('個个')) // '20 个工作日'
 * normalizeQuery('App备案') // 'App 备案'
 * normalizeQuery('  页脚　放备案号 ') // '底部 放备案号'
 * normalizeQuery('五次') // '5 次'
 */
export function normalizeQuery(query: string, table: TradTable = EMPTY): string {
  if (typeof query !== 'string') return '';
  const text = normalizeSearchText(query.slice(0, 200), table);
  return replaceSynonyms(text.replace(/\s+/g, ' ').trim());
}

/**
 * Words to index with a page section besides its own text: the guide's word for every other spelling the section
 * uses, and the related words (驳回 ↔ 退回) it does not use. The section text is expected normalised.
 *
 * @example
 * indexTerms('在网站页脚放备案号') // ['底部']
 * indexTerms('接入商驳回了订单') // ['退回']
 * indexTerms('验证码') // []
 */
export function indexTerms(sectionText: string): string[] {
  if (typeof sectionText !== 'string' || sectionText.length === 0) return [];
  const rewritten = replaceSynonyms(sectionText);
  const out = new Set<string>();
  if (rewritten !== sectionText) {
    for (const s of SAME) {
      if (!sectionText.includes(s.term) && rewritten.includes(s.term)) out.add(s.term);
    }
  }
  for (const group of RELATED) {
    if (group.some((w) => sectionText.includes(w))) {
      for (const w of group) if (!sectionText.includes(w)) out.add(w);
    }
  }
  return [...out];
}
