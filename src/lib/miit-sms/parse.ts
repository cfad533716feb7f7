/**
 * The one reader of the MIIT verification SMS, shared by the 提示/短信解读 interpreter (src/lib/messages) and the
 * SMS checker (src/lib/verification). The only verbatim copy we know (../shared/facts/icp-facts.md §1):
 * `【工业和信息化部】验证码：xxxxxx。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】`
 * Other wordings exist, so the SMS is recognised from evidence (a six-digit code next to 验证码/校验码, the
 * verification host, the ministry's name, the word 核验), not from one template.
 *
 * Every scan is linear: literal `indexOf` loops, a hand-written host scanner and regular expressions whose every
 * match attempt is bounded by a constant.
 */
import { normalizeText, wordFinder } from '../text';
import { otherPurposeAt, suspiciousHosts } from './hosts';
import {
  CODE_LABELS,
  MIIT_MARKS,
  MIIT_NAMES,
  NEWER,
  OLDER,
  PROVIDER_SIGN,
  RESENT,
  SEVERAL_SMS,
  VERIFY_WORD,
} from './filing-types-data';

export { FILING_TYPES, NO_SMS_FILING_TYPES } from './filing-types-data';
import { FILING_TYPES } from './filing-types-data';

/**
 * One of {@link FILING_TYPES}.
 *
 * @example
 * const t: FilingType = '首次备案';
 */
export type FilingType = (typeof FILING_TYPES)[number];

/**
 * The only host of the MIIT verification page.
 *
 * @example
 * VERIFY_HOST // 'beian.miit.gov.cn'
 */
export const VERIFY_HOST = 'beian.miit.gov.cn';

/**
 * What an SMS (or any pasted text) says, as far as the MIIT verification SMS goes.
 *
 * @example
 * const s: MiitSms = parseMiitSms('【工信部】验证码：123456'); // s.code === '123456', s.isMiitSms === false
 */
export interface MiitSms {
  /**
   * The 6-digit code: next to 验证码/校验码/核验码, or the only 6-digit number of a text from MIIT; else null. When the
   * text holds several MIIT SMS (or speaks of a resend), the latest one's: a resend makes the older codes useless.
   */
  code: string | null;
  /** Other MIIT codes of the text, older than {@link MiitSms.code} (text order; none unless several SMS are evident). */
  olderCodes: string[];
  /** The text says a code was sent again, or names the new and the old one (重发, 新验证码, 上一条, resent…). */
  resent: boolean;
  /**
   * A code in a message an access provider signed (【百度智能云】…您的验证码为 551203): not the MIIT code, which comes in
   * the ministry's own SMS. Null when there is none, or when that message carries the MIIT SMS's own marks (its
   * link, 核验链接, 12381).
   */
  providerCode: string | null;
  /** The code stood next to 验证码/校验码/核验码. */
  codeLabelled: boolean;
  /**
   * A real filing type the SMS names ("您的新增接入已提交"), or null: never a phrase such as "ICP备案申请需进行短信核验",
   * nor a type word elsewhere ("逾期将注销备案").
   */
  filingType: FilingType | null;
  /** Host names in the text (lower case, in order, at most 5). */
  hosts: string[];
  /** Those of {@link MiitSms.hosts} other than beian.miit.gov.cn. */
  otherHosts: string[];
  /** The text names 工业和信息化部 or 工信部. */
  namesMiit: boolean;
  /** The text links to beian.miit.gov.cn. */
  linksMiit: boolean;
  /** The text says 核验. */
  saysVerify: boolean;
  /** The text says 验证码, 校验码 or 核验码. */
  saysCode: boolean;
  /** The evidence adds up to the MIIT verification SMS (see {@link parseMiitSms}). */
  isMiitSms: boolean;
  /** Where a code stands that the words next to it make another code (login, payment, minutes), or -1. */
  otherPurposeAt: number;
  /** That other code. */
  otherCode: string | null;
  /** Hosts that imitate an official one (./hosts.ts). */
  suspiciousHosts: string[];
}

// A code label, then the code; six digits may come with single spaces between them ("4 8 2 9 1 3", "147 209")
// when the text calls them a code.
const LABELLED =
  /(?:验证码|校验码|核验码|验证吗|验证马|验正码|verification code|security code|one-time (?:password|code)|passcode|\bOTP|\bcode|\b(?:use|enter))(?: ?\([A-Za-z]{2,5}\))?(?:[:是为 ]|is|\(?短信\)?){0,4}(\d(?: ?\d){5})(?! ?\d)/i;
const LABEL_AFTER = /(?<!\d)(\d{6})(?:[是为 ]|您的|短信){0,3}(?:验证码|校验码|核验码)/;
/**
 * English puts what the code is for between the label and the code: "Your code for … is 123456". The gap may hold a
 * short number (a name such as 21Vianet, 51CTO or 263 Mail), never six digits.
 */
const LABEL_GAP =
  /\b(?:code|OTP|passcode|password)\b(?:[^.;:\d]|\d{1,4}(?!\d)){1,60}?(?:\b(?:is|are)\s?:?|:)\s?(\d(?: ?\d){5})(?! ?\d)/i;
const SIX = /(?<!\d)\d{6}(?!\d)/g;
const MAX_HOSTS = 5;

function isHostChar(c: number): boolean {
  return c <= 0x7a && (c >= 0x61 || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e);
}

/** A run of host characters that is a host name (letters in the last label) or an IPv4 address, lower-cased. */
function asHost(run: string): string | undefined {
  const h = run.replace(/^[.-]+|[.-]+$/g, '').toLowerCase();
  const labels = h.split('.');
  if (labels.length < 2 || labels.some((l) => l === '' || l.length > 63)) return undefined;
  const last = labels[labels.length - 1]!;
  if (/^[a-z]{2,24}$/.test(last)) return h;
  if (labels.length === 4 && labels.every((l) => /^\d{1,3}$/.test(l))) return h;
  return undefined;
}

/**
 * Host names and IPv4 addresses in normalised text, in order, without duplicates (at most 5). E-mail addresses
 * (after @) are not links and are skipped. One pass.
 *
 * @example
 * findHosts('核验链接:https://beian.miit.gov.cn/#/Integrated/ComplaintA') // ['beian.miit.gov.cn']
 * findHosts('请登录 beian-miit.example.top 核验') // ['beian-miit.example.top']
 */
export function findHosts(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let lastRun = '';
  let i = 0;
  while (i < n && out.length < MAX_HOSTS) {
    if (!isHostChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let dot = false;
    while (i < n && isHostChar(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x2e) dot = true;
      i++;
    }
    if (!dot || i - start > 253 || text.charCodeAt(start - 1) === 0x40) continue;
    const run = text.slice(start, i);
    if (run === lastRun) continue; // the same link again: already looked at
    lastRun = run;
    const host = asHost(run);
    if (host && !out.includes(host)) out.push(host);
  }
  return out;
}

/**
 * The slot the SMS names its filing type in: "您的<type>已提交" (also retold: "我的…", "my 首次备案 was submitted",
 * "写着新增接入已提交", "type 变更网站"). A type word elsewhere ("逾期将注销备案", "我想办注销备案") is not the SMS's.
 */
const TYPE_BEFORE = /(?:您的|你的|我的|他的|她的|\bmy |\byour |\bour |类型|\btype)\s?:?\s?$/i;
const TYPE_AFTER =
  /^\s?(?:申请|订单)?\s?(?:已经|已|都|被)?\s?(?:提交|交上去|递交|(?:was|has been|is|were|have been) submitted)/i;

/** The first of FILING_TYPES in the text (earliest position) that stands in the SMS's slot, or null. */
function findFilingType(text: string, has: (w: string) => boolean): FilingType | null {
  let best: FilingType | null = null;
  let at = Infinity;
  for (const t of FILING_TYPES) {
    if (!has(t)) continue;
    // at most five occurrences of each are looked at
    for (let i = text.indexOf(t), n = 0; i !== -1 && i < at && n < 5; i = text.indexOf(t, i + 1), n++) {
      const end = i + t.length;
      if (TYPE_BEFORE.test(text.slice(Math.max(0, i - 6), i)) || TYPE_AFTER.test(text.slice(end, end + 18))) {
        at = i;
        best = t;
        break;
      }
    }
  }
  return best;
}

/** A code found in the text: where it stands (its digits from `at` to `end`) and whether a label stood next to it. */
interface Found {
  code: string;
  at: number;
  end: number;
  labelled: boolean;
}

/** How far a message's sender tag is looked for, each way of a code (a real SMS is under 200 characters). */
const SIGN_REACH = 200;

/**
 * The message a position of normalised text belongs to: its line, cut at sender tags ([阿里云], [工业和信息化部]…).
 * Returns its sign and the message's text between the tags. The sign is the tag before it on the line, or the tag
 * after it (a signature at the end) when there is none before, or when the one before has a message's text in front
 * of it on its line and so closes that earlier message ("…有效期1天[工信部ICP备案]您的验证码为551203[百度智能云]").
 */
function messageAt(t: string, at: number): { sign: string; body: string } {
  let open = -1;
  for (let i = at - 1; i >= 0 && at - i <= SIGN_REACH; i--) {
    if (t[i] === '\n') break;
    if (t[i] === '[') {
      open = i;
      break;
    }
  }
  const close = open === -1 ? -1 : t.indexOf(']', open);
  const before = close !== -1 && close < at ? t.slice(open + 1, close) : '';
  const from = before ? close + 1 : Math.max(0, t.lastIndexOf('\n', at - 1) + 1, at - SIGN_REACH);
  let to = at;
  while (to < t.length && to - at < SIGN_REACH && t[to] !== '\n' && t[to] !== '[') to++;
  const afterClose = t[to] === '[' ? t.indexOf(']', to) : -1;
  const after = afterClose !== -1 && afterClose - to < 40 ? t.slice(to + 1, afterClose) : '';
  const closes = before !== '' && open > 0 && !/[\n\]\s]/.test(t[open - 1]!);
  return { sign: after && (!before || closes) ? after : before, body: t.slice(from, to) };
}

/** The code at `at` stands in a message an access provider signed, which carries none of the MIIT SMS's own marks. */
function providerSigned(t: string, at: number): boolean {
  const { sign, body } = messageAt(t, at);
  if (!sign || sign.length > 24 || MIIT_NAMES.some((n) => sign.includes(n))) return false;
  return PROVIDER_SIGN.test(sign.trim()) && !MIIT_MARKS.test(body);
}

/** The code at `at` stands in a message that is the MIIT SMS by its tag or its own marks. */
function miitMarked(t: string, at: number): boolean {
  const { sign, body } = messageAt(t, at);
  return MIIT_NAMES.some((n) => sign.includes(n)) || MIIT_MARKS.test(body);
}

/** How many matches of a (global) pattern a short piece of text holds. */
function hits(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) && n < 10) n++;
  re.lastIndex = 0;
  return n;
}

/**
 * The code of the latest SMS among several: the one the words next to it make the newest ("第二条（重发的）：",
 * "新验证码", "the new code is"; "上一条", "旧", "first" make one older), else the last in the text (people paste their
 * inbox in the order it came). The words looked at: the code's own clause before it (from the previous code on, at
 * most 24 characters) and a remark attached right after it ("（重发的）", "是上一条的").
 */
function latest(t: string, found: readonly Found[]): Found {
  let best = found[0]!;
  let bestScore = -Infinity;
  let prevEnd = 0;
  for (const f of found) {
    let before = t.slice(Math.max(prevEnd, f.at - 24), f.at);
    const cut = Math.max(...[',', '.', ';', '!', '?', '\n', ']'].map((c) => before.lastIndexOf(c)));
    if (cut !== -1) before = before.slice(cut + 1);
    let after = t.slice(f.end, f.end + 14);
    const stop = after.search(/[,.;!?\n[]/);
    if (stop !== -1) after = after.slice(0, stop);
    const attached = /^\s?(?:\(|是|为|\bis\b|\bwas\b)/i.test(after) ? after : '';
    const score = hits(NEWER, before + ' ' + attached) - hits(OLDER, before + ' ' + attached);
    if (score >= bestScore) {
      best = f;
      bestScore = score;
    }
    prevEnd = f.end + attached.length;
  }
  return best;
}

/**
 * Read a pasted SMS: the code, the filing type, the links, and whether the evidence adds up to the MIIT
 * verification SMS. It does when a labelled six-digit code comes with the ministry's name, the verification host or
 * the word 核验, or when 验证码 (without a readable code) comes with two of those three. A code from a bank or a
 * shop ("【某银行】验证码：123456") is not enough. An unlabelled six-digit number is taken as the code only when it is
 * the only one and the text names the ministry or its host. Of several MIIT codes (two SMS pasted, a resend spoken
 * of), the latest SMS's is the code and the others are `olderCodes`; a code in a message a provider signed is no MIIT
 * code (`providerCode`) unless that message carries the MIIT SMS's own marks. Never throws.
 *
 * @param text the pasted text; normalised here unless `normalised` says it already is (src/lib/text normalizeText)
 * @param finder for normalised text, its src/lib/text wordFinder when the caller has one already
 * @example
 * parseMiitSms('【工信部】尊敬的ICP用户：您的ICP备案申请需进行短信核验，验证码：123456，请于24小时内登录https://beian.miit.gov.cn/ 进行验证。')
 * // { code: '123456', filingType: null, hosts: ['beian.miit.gov.cn'], isMiitSms: true, … }
 * parseMiitSms('【工业和信息化部】验证码：xxxxxx。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天')
 * // { code: null, filingType: '新增接入', isMiitSms: true, … }
 * parseMiitSms('第一条：209337 第二条（重发的）：774510') // { code: '774510', olderCodes: ['209337'], resent: true, … }
 * parseMiitSms('【百度智能云】您的备案已通过初审，请完成工信部短信核验。您的验证码为 551203')
 * // { code: null, providerCode: '551203', isMiitSms: false, … }
 */
export function parseMiitSms(text: string, normalised = false, finder?: (word: string) => boolean): MiitSms {
  const t = normalised && typeof text === 'string' ? text : normalizeText(text);
  const hosts = findHosts(t);
  const otherHosts = hosts.filter((h) => h !== VERIFY_HOST);
  const has = normalised && typeof finder === 'function' ? finder : wordFinder(t);
  const namesMiit = MIIT_NAMES.some(has);
  const linksMiit = hosts.includes(VERIFY_HOST);
  // In English, "verification code" is any code's label (a login code, a provider's own phone check in its filing
  // form: "your ICP filing verification code"): the MIIT step is named by "SMS verification", its link or its page.
  const saysVerify =
    has(VERIFY_WORD) ||
    (has('erif') && /(?:SMS|text message) verification|verification (?:link|page)|\bverify\b[^.;]{0,20}beian/i.test(t));
  const saysCode =
    CODE_LABELS.some(has) ||
    ((has('ode') || has('ODE') || has('OTP') || has('otp') || has('assword')) &&
      /\b(?:code|OTP|one-time password)\b/i.test(t));

  let code: string | null = null;
  let codeLabelled = false;
  let otherAt = -1;
  let providerCode: string | null = null;
  /** MIIT codes in text order: where each stands, and whether a label stood next to it. */
  const found: Found[] = [];
  /** A code another purpose or a provider's sign rules out; true when it is a candidate. */
  const admit = (c: string, at: number, purposeChecked = false): boolean => {
    if (!purposeChecked && otherPurposeAt(t, c) !== -1) return false;
    if (providerSigned(t, at)) {
      providerCode ??= c;
      return false;
    }
    return true;
  };
  if (saysCode) {
    // Several codes may be pasted together (a provider's login code, then the MIIT SMS; a resent SMS after the
    // first): each labelled one that nothing next to it says is for something else (at most eight are looked at).
    const labelled = new RegExp(LABELLED.source, 'gi');
    let m: RegExpExecArray | null;
    for (let n = 0; n < 8 && (m = labelled.exec(t)); n++) {
      const c = m[1]!.replace(/ /g, '');
      const at = m.index + m[0].length - m[1]!.length;
      if (otherPurposeAt(t, c) !== -1) {
        // a login code before the MIIT code (one after it belongs to a later message, as before)
        if (otherAt === -1 && found.length === 0) otherAt = otherPurposeAt(t, c);
        continue;
      }
      if (admit(c, at, true)) found.push({ code: c, at, end: at + m[1]!.length, labelled: true });
    }
    if (found.length === 0 && otherAt === -1) {
      const after = LABEL_AFTER.exec(t) ?? LABEL_GAP.exec(t);
      if (after) {
        const c = after[1]!.replace(/ /g, '');
        const at = after.index + after[0].indexOf(after[1]!);
        const other = otherPurposeAt(t, c);
        if (other !== -1) otherAt = other;
        else if (admit(c, at, true)) found.push({ code: c, at, end: at + after[1]!.length, labelled: true });
      }
    }
  }
  // Several SMS spoken of in order ("第一条：209337 第二条（重发的）：774510"): their bare six-digit numbers are codes too.
  const several = SEVERAL_SMS.test(t);
  if (several && otherAt === -1) {
    SIX.lastIndex = 0;
    let m: RegExpExecArray | null;
    for (let n = 0; n < 8 && (m = SIX.exec(t)); n++) {
      const at = m.index;
      if (!found.some((f) => f.at <= at && at < f.end) && admit(m[0], at))
        found.push({ code: m[0], at, end: at + 6, labelled: false });
    }
    SIX.lastIndex = 0;
    found.sort((a, b) => a.at - b.at);
  }
  const olderCodes: string[] = [];
  if (found.length) {
    // The latest SMS's code when the text holds several MIIT SMS or speaks of them; else the first, as read so far.
    const manyCodes = new Set(found.map((f) => f.code)).size > 1;
    const multi = manyCodes && (several || found.filter((f) => f.labelled && miitMarked(t, f.at)).length > 1);
    const pick = multi ? latest(t, found) : found[0]!;
    code = pick.code;
    codeLabelled = pick.labelled;
    if (multi) for (const f of found) if (f.code !== code && !olderCodes.includes(f.code)) olderCodes.push(f.code);
  }
  if (!code && (namesMiit || linksMiit)) {
    SIX.lastIndex = 0;
    const first = SIX.exec(t);
    if (first && !SIX.exec(t) && first[0] !== providerCode && !providerSigned(t, first.index)) code = first[0];
    SIX.lastIndex = 0;
  }

  const others = (namesMiit ? 1 : 0) + (linksMiit ? 1 : 0) + (saysVerify ? 1 : 0);
  if (code && !codeLabelled && otherPurposeAt(t, code) !== -1) code = null;
  // the code read is the MIIT one; `otherAt` marks another code (a login or payment code) found before it
  // (nor is it when the only code of the text is in a provider's notice)
  const isMiitSms =
    (code !== null || (otherAt === -1 && providerCode === null)) &&
    ((codeLabelled && others >= 1) || (saysCode && others >= 2));
  return {
    code,
    olderCodes: code === null ? [] : olderCodes,
    resent: RESENT.test(t),
    providerCode,
    codeLabelled,
    filingType: findFilingType(t, has),
    hosts,
    otherHosts,
    namesMiit,
    linksMiit,
    saysVerify,
    saysCode,
    isMiitSms,
    otherPurposeAt: otherAt,
    otherCode:
      otherAt === -1 ? null : (/\d(?: ?\d){5}/.exec(t.slice(otherAt, otherAt + 12))?.[0].replace(/ /g, '') ?? null),
    suspiciousHosts: suspiciousHosts(t, hosts, namesMiit || linksMiit),
  };
}
