/**
 * Text normalisation, once for the whole site: what people type or paste (full-width digits and letters from a
 * Chinese input method, Chinese brackets and punctuation, ideographic and no-break spaces, invisible characters
 * copied from chat apps, traditional characters from 港澳台 keyboards) is turned into one plain form before any rule
 * looks at it. Every function makes one pass over its input with a table lookup per character: no regular
 * expression on unbounded input, linear time, never throws.
 *
 * Three entry points, one character table:
 * - {@link normalizeText}: for matching messages (punctuation to ASCII, spaces collapsed, traditional → simplified);
 * - {@link cleanField}: for one form field (spaces removed, and a record of what changed so the UI can explain it);
 * - {@link toHalfWidth}: the smallest step (full-width ASCII and U+3000 only), e.g. for dates.
 */

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
 * Traditional characters met in filing messages and the simplified form each becomes (one character each, so the
 * length of the text does not change). No simplified character here is itself a traditional one, so normalising
 * twice gives the same text.
 */
const TRAD =
  '驗證碼備號審過網變註銷電話實駁資訊業務請輸確聯繫係無複復發數達記錄個體負責內時還應後敗區機廣東蘇滬遼魯贛晉陝閩貴粵寧瓊雲國門灣護權鏈頁顯錯誤終經營許處單簡稱測試點擊讀檢詢戶臺為與於這裡裏據庫將會則絡線簽認憑訂間條現開關閉統邊訪問際設範圍類種報遞說協議寫驟總辦佈傳載圖擬虛運級頭兩閱規罰態狀並遲歷曆節華準絕產輕電郵號碼處';
const SIMP =
  '验证码备号审过网变注销电话实驳资讯业务请输确联系系无复复发数达记录个体负责内时还应后败区机广东苏沪辽鲁赣晋陕闽贵粤宁琼云国门湾护权链页显错误终经营许处单简称测试点击读检询户台为与于这里里据库将会则络线签认凭订间条现开关闭统边访问际设范围类种报递说协议写骤总办布传载图拟虚运级头两阅规罚态状并迟历历节华准绝产轻电邮号码处';

/**
 * Code unit (from U+2000) → replacement code unit, 0 for none: one array read per character. Full-width ASCII is
 * filled in by arithmetic, the rest from the two tables above.
 */
const BASE = 0x2000;
const TABLE = new Uint16Array(0x10000 - BASE);
for (let c = 0xff01; c <= 0xff5e; c++) TABLE[c - BASE] = c - 0xfee0;
for (let i = 0; i < PUNCT_FROM.length; i++) TABLE[PUNCT_FROM.charCodeAt(i) - BASE] = PUNCT_TO.charCodeAt(i);
for (let i = 0; i < TRAD.length; i++) TABLE[TRAD.charCodeAt(i) - BASE] = SIMP.charCodeAt(i);

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
 * Normalise pasted text for matching:
 * - full-width ASCII (＂，：１２３ＡＢＣ) → ASCII; ideographic punctuation (。，、【】“”—) → ASCII equivalents;
 * - traditional characters of filing messages (驗證碼、備案號、審核通過…) → simplified;
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

/** Turns the code units back into a string in one native call (typed arrays are little-endian on every browser). */
const UTF16 = new TextDecoder('utf-16le');

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
