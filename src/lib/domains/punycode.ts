/**
 * Punycode (RFC 3492) for one domain label: `中国` ↔ `fiqs8s`, the part after `xn--` in DNS. Browsers offer no way
 * to turn `xn--` labels back into characters, so the checker carries this (about 1 KB). Pure, no DOM; never throws.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
/** Longest label DNS allows (in its ASCII form); anything longer is not decoded or encoded. */
const MAX_LABEL = 63;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** The value of one base-36 digit (a–z = 0–25, 0–9 = 26–35), or -1. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return -1;
}

function digitChar(d: number): string {
  return String.fromCharCode(d < 26 ? d + 0x61 : d + 22);
}

/**
 * Decode the part of a label after `xn--` into its characters; undefined when it is not valid punycode.
 *
 * @example
 * decodeLabel('fiqs8s') // '中国'
 * decodeLabel('55qx5d') // '公司'
 * decodeLabel('!!') // undefined
 */
export function decodeLabel(input: string): string | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_LABEL) return undefined;
  const out: number[] = [];
  const dash = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(dash, 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return undefined;
    out.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = dash > 0 ? dash + 1 : 0; pos < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return undefined;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit < 0) return undefined;
      i += digit * w;
      if (i > 0x10ffff * (out.length + 1)) return undefined;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}

/**
 * Encode a label's characters as punycode (the part that follows `xn--`); undefined when it has nothing to encode
 * (all ASCII) or is too long for DNS.
 *
 * @example
 * encodeLabel('中国') // 'fiqs8s'
 * encodeLabel('例子') // 'fsqu00a'
 * encodeLabel('abc') // undefined
 */
export function encodeLabel(input: string): string | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_LABEL) return undefined;
  const points = Array.from(input, (c) => c.codePointAt(0)!);
  if (points.every((p) => p < 0x80)) return undefined;
  let output = points
    .filter((p) => p < 0x80)
    .map((p) => String.fromCharCode(p))
    .join('');
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    let m = 0x10ffff + 1;
    for (const p of points) if (p >= n && p < m) m = p;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const p of points) {
      if (p < n) delta++;
      if (p === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          output += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.length + 4 > MAX_LABEL ? undefined : output;
}
