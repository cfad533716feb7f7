/**
 * Which hosts in a message imitate an official one. Official: any host under gov.cn (beian.miit.gov.cn for ICP,
 * beian.mps.gov.cn and the older www.beian.gov.cn for 公安), and the providers' own domains. An impostor puts the
 * names of those in a host it registered elsewhere (beian.miit.gov.cn.verify-icp.cn, beian-miit.gov-cn.top,
 * aliyun-beian.vip). A host the message names as the reader's own site (空壳 and 核查 notices do) is no sign.
 */
import { findHosts } from './parse';
import {
  IMITATED_LABELS,
  LINK_ACTION,
  MINUTES_VALID,
  OTHER_CODE_PURPOSE,
  PROVIDER_DOMAINS,
  SITE_OWN,
} from './hosts-data';

/**
 * A host is official: under gov.cn, or one of a provider's own domains (or below it).
 *
 * @example
 * isOfficialHost('beian.miit.gov.cn') // true
 * isOfficialHost('beian.miit.gov.cn.verify-icp.cn') // false
 * isOfficialHost('console.aliyun.com') // true
 */
export function isOfficialHost(host: string): boolean {
  const h = String(host).toLowerCase();
  if (h === 'gov.cn' || h.endsWith('.gov.cn')) return true;
  return PROVIDER_DOMAINS.some((d) => h === d || h.endsWith('.' + d));
}

/** The hosts a filer is sent to: the verification page and the 公安 platform (old and new). */
const FILING_HOSTS = ['beian.miit.gov.cn', 'beian.mps.gov.cn', 'www.beian.gov.cn'];

/** Edit distance of two short strings (at most `max + 1` is reported; hosts are short). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * A host one or two letters away from a filing host, or a filing host with more put after it: beian.mlit.gov.cn,
 * beian-miit.gov.cn, beian.miit.gov.cn.gov.cn. Under gov.cn too: no genuine notice sends a filer there.
 *
 * @example
 * nearOfficial('beian.mlit.gov.cn') // true
 * nearOfficial('beian.miit.gov.cn') // false
 */
export function nearOfficial(host: string): boolean {
  const h = String(host).toLowerCase();
  if (h.length > 80) return false;
  return FILING_HOSTS.some((t) => h !== t && (h.startsWith(t + '.') || distance(h, t, 2) <= 2));
}

/**
 * A host that is not official but carries an official name in one of its labels (miit, mps, beian, gov, icp,
 * 12381, a provider's name).
 *
 * @example
 * imitatesOfficial('beian-miit.gov-cn.top') // true
 * imitatesOfficial('example.com') // false
 * imitatesOfficial('beian.mps.gov.cn') // false
 */
export function imitatesOfficial(host: string): boolean {
  const h = String(host).toLowerCase();
  if (nearOfficial(h)) return true;
  // an internationalised (xn--) label that spells an official name: a look-alike, whatever it ends in
  if (/(?:^|\.)xn--[^.]*(?:beian|miit|mps|gov)/.test(h)) return true;
  if (isOfficialHost(h)) return false;
  return h.split(/[.-]/).some((token) => {
    if (/^(?:gov|govcn|icp|mps|12381|gongan)$/.test(token)) return true;
    return (
      /miit|beian|aliyun|alibaba|tencent|qcloud|jdcloud|huaweicloud|volcengine|gongxinbu/.test(token) &&
      IMITATED_LABELS.test(token)
    );
  });
}

/** A letter of another alphabet that looks like a Latin one (Cyrillic і, е, о, Greek ο…, Latin with marks). */
const LOOKALIKE_LETTER = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;
const HOSTISH = /[a-z0-9.\-\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/i;
const MAX_SUSPICIOUS = 5;

/** The run of host-like characters around position `at` (at most 253 each way), lower-cased. */
function tokenAround(text: string, at: number): string {
  let from = at;
  let to = at + 1;
  while (from > 0 && at - from < 253 && HOSTISH.test(text[from - 1]!)) from--;
  while (to < text.length && to - at < 253 && HOSTISH.test(text[to]!)) to++;
  return text
    .slice(from, to)
    .replace(/^[.-]+|[.-]+$/g, '')
    .toLowerCase();
}

/**
 * The hosts of normalised text that are phishing signs, in order (at most five), leaving out hosts the text names as
 * the reader's own site (网站/域名 xxx) rather than as a link to open:
 * - a host that imitates an official one (beian.miit.gov.cn.verify-icp.cn, beian-miit.gov-cn.top, aliyun-beian.vip);
 * - an address that only looks like an official one: `https://beian.miit.gov.cn@icp-check.top/` goes to
 *   icp-check.top, and `beian.miіt.gov.cn` has a Cyrillic letter in it;
 * - when the text presents itself as the MIIT SMS (`claimsMiit`), any other host it tells the reader to open: the
 *   MIIT SMS links only to beian.miit.gov.cn.
 * `found` is the text's hosts when the caller has them already (findHosts).
 *
 * @example
 * suspiciousHosts('核验链接:http://beian.miit.gov.cn.verify-icp.cn/a') // ['beian.miit.gov.cn.verify-icp.cn']
 * suspiciousHosts('核验链接:https://beian.miit.gov.cn@icp-check.top/') // ['icp-check.top']
 * suspiciousHosts('您的网站beian-notes.cn无法访问') // []
 */
export function suspiciousHosts(text: string, found?: readonly string[], claimsMiit = false): string[] {
  const t = String(text);
  const out: string[] = [];
  const push = (h: string) => {
    if (h && !out.includes(h) && out.length < MAX_SUSPICIOUS) out.push(h);
  };
  const hosts = found ?? findHosts(t);
  if (hosts.length) {
    const lower = t.toLowerCase();
    for (const host of hosts) {
      const at = lower.indexOf(host);
      const before = at > 0 ? t.slice(Math.max(0, at - 18), at) : '';
      if (SITE_OWN.test(before) && !LINK_ACTION.test(before)) continue;
      if (imitatesOfficial(host)) push(host);
      else if (claimsMiit && !isOfficialHost(host) && LINK_ACTION.test(before)) push(host);
    }
  }
  // user@host: the browser goes to the host after the @
  if (t.includes('@')) {
    let n = 0;
    for (const m of t.matchAll(/:\/\/[^\s/@]{1,80}@([a-z0-9.-]{3,253})/gi)) {
      if (++n > MAX_SUSPICIOUS) break;
      const host = m[1]!.toLowerCase().replace(/\.+$/, '');
      if (!isOfficialHost(host)) push(host);
    }
  }
  // a look-alike letter inside something that reads as a host
  LOOKALIKE_LETTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = LOOKALIKE_LETTER.exec(t)) && n++ < 50 && out.length < MAX_SUSPICIOUS) {
    const token = tokenAround(t, m.index);
    if (token.includes('.') && /[a-z]/.test(token) && /[a-z]{2,}\.[a-z\u0370-\u04ff]{2,}/i.test(token)) push(token);
    LOOKALIKE_LETTER.lastIndex = Math.max(LOOKALIKE_LETTER.lastIndex, m.index + token.length);
  }
  return out;
}

/**
 * Where a code stands next to words that make it something else than the MIIT code (a login, a payment, a sign-up,
 * the provider's own phone check, or "valid for 10 minutes"): the index of that occurrence in normalised text, or -1.
 * Looks at up to five occurrences, 60 characters before and 70 after each (100 and 130 in English).
 *
 * @example
 * otherPurposeAt('【阿里云】您正在登录，验证码 385920，5分钟内有效', '385920') // 13
 * otherPurposeAt('【工业和信息化部】验证码：123456。核验链接：beian.miit.gov.cn', '123456') // -1
 */
export function otherPurposeAt(text: string, code: string): number {
  if (!code) return -1;
  for (let k = text.indexOf(code), n = 0; k !== -1 && n < 5; k = text.indexOf(code, k + 1), n++) {
    // the code's own message: not past a line break or the next sender's tag (【工业和信息化部】…)
    // (English takes about twice the characters: its window is wider)
    const english = /[a-z]{3} [a-z]{2}/i.test(text.slice(Math.max(0, k - 40), k + 40));
    let from = Math.max(0, k - (english ? 100 : 60));
    let to = Math.min(text.length, k + (english ? 130 : 70));
    for (let i = k - 1; i >= from; i--) if (text[i] === '\n' || text[i] === '[') from = i;
    for (let i = k; i < to; i++) if (text[i] === '\n' || text[i] === '[') to = i;
    if (purposeNear(text.slice(from, to), k - from)) return k;
  }
  return -1;
}

/** Another code (six digits, maybe spaced) in a window of text. */
const ANY_CODE = /(?<!\d)\d(?: ?\d){5}(?! ?\d)/g;

/**
 * Purpose words (or a validity of minutes) in `around` that belong to the code at `at`: none of the other codes in
 * the window stands nearer to them ("验证码：665544。…另外她的登录验证码是112233": the login is 112233's). A tie counts
 * for this code. At most 20 matches of each pattern are weighed.
 */
function purposeNear(around: string, at: number): boolean {
  const others: [number, number][] = [];
  ANY_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ANY_CODE.exec(around)) && others.length < 20;) {
    if (m.index !== at) others.push([m.index, m.index + m[0].length]);
  }
  const gap = (a: number, b: number, [x, y]: readonly [number, number]) => (b <= x ? x - b : a >= y ? a - y : 0);
  for (const re of [OTHER_CODE_PURPOSE, MINUTES_VALID]) {
    if (!re.test(around)) continue;
    if (others.length === 0) return true;
    const g = new RegExp(re.source, 'gi');
    let n = 0;
    for (let m: RegExpExecArray | null; (m = g.exec(around)) && n < 20; n++) {
      const a = m.index;
      const b = a + Math.max(1, m[0].length);
      const mine = gap(a, b, [at, at + 6]);
      if (!others.some((o) => gap(a, b, o) < mine)) return true;
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return false;
}
