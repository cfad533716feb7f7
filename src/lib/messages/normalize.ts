/**
 * Text clean-up before any matching: one pass over the string, no regular expression on unbounded input.
 *
 * - full-width ASCII (＂，：１２３ＡＢＣ) → ASCII, ideographic punctuation (。，、【】“”—) → ASCII equivalents;
 * - invisible characters (zero-width space, BOM, soft hyphen) removed;
 * - any run of whitespace (incl. line breaks, U+3000, no-break space) becomes one space, and that space is dropped
 *   unless it sits between two ASCII characters ("ICP 备案" → "ICP备案", "not found" stays).
 */

/** Ideographic and typographic punctuation (、。｡【】〔〕〖〗「」『』“”‘’‐‑‒–—−﹣﹐﹒) and the ASCII each becomes. */
const PUNCT_FROM = '\u3001\u3002\uff61\u3010\u3011\u3014\u3015\u3016\u3017\u300c\u300d\u300e\u300f\u201c\u201d\u2018\u2019\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\ufe50\ufe52';
const PUNCT_TO = ",..[][][]\"\"\"\"\"\"''-------,.";

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
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

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

/**
 * Normalise pasted text for matching (see the module comment). Never throws; non-strings become ''.
 *
 * @example
 * normalizeText('尊敬的ICP用户：\n您的短信核验 已全部完成，该请求将提交管局审核。')
 * // '尊敬的ICP用户:您的短信核验已全部完成,该请求将提交管局审核.'
 * normalizeText('验证码：１２３４５６ 【工信部 ICP 备案】') // '验证码:123456[工信部ICP备案]'
 */
export function normalizeText(input: string): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  const out: string[] = [];
  let seg = 0; // start of the current run of unchanged characters
  let prev = -1; // last code unit written, -1 at the start
  let pendingSpace = false;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    let c = input.charCodeAt(i);
    if (c > 0x7e || c < 0x21) {
      if (isSpace(c) || isInvisible(c)) {
        if (seg < i) out.push(input.slice(seg, i));
        seg = i + 1;
        if (prev !== -1 && isSpace(c)) pendingSpace = true;
        continue;
      }
    }
    let rep: string | undefined;
    if (c >= 0xff01 && c <= 0xff5e) rep = String.fromCharCode(c - 0xfee0);
    else if (c >= 0x2010) {
      const k = PUNCT_FROM.indexOf(input[i]!);
      if (k !== -1) rep = PUNCT_TO[k];
    }
    if (rep !== undefined) c = rep.charCodeAt(0);
    if (pendingSpace) {
      if (prev < 0x80 && c < 0x80) out.push(' ');
      pendingSpace = false;
    }
    if (rep !== undefined) {
      if (seg < i) out.push(input.slice(seg, i));
      out.push(rep);
      seg = i + 1;
    }
    prev = c;
  }
  if (seg < n) out.push(input.slice(seg));
  return out.join('');
}
