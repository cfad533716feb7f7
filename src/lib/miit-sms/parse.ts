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
import { CODE_LABELS, MIIT_NAMES, VERIFY_WORD } from './filing-types-data';

export { FILING_TYPES } from './filing-types-data';
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
  /** The 6-digit code: next to 验证码/校验码/核验码, or the only 6-digit number of a text from MIIT; else null. */
  code: string | null;
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

/**
 * Read a pasted SMS: the code, the filing type, the links, and whether the evidence adds up to the MIIT
 * verification SMS. It does when a labelled six-digit code comes with the ministry's name, the verification host or
 * the word 核验, or when 验证码 (without a readable code) comes with two of those three. A code from a bank or a
 * shop ("【某银行】验证码：123456") is not enough. An unlabelled six-digit number is taken as the code only when it is
 * the only one and the text names the ministry or its host. Never throws.
 *
 * @param text the pasted text; normalised here unless `normalised` says it already is (src/lib/text normalizeText)
 * @param finder for normalised text, its src/lib/text wordFinder when the caller has one already
 * @example
 * parseMiitSms('【工信部】尊敬的ICP用户：您的ICP备案申请需进行短信核验，验证码：123456，请于24小时内登录https://beian.miit.gov.cn/ 进行验证。')
 * // { code: '123456', filingType: null, hosts: ['beian.miit.gov.cn'], isMiitSms: true, … }
 * parseMiitSms('【工业和信息化部】验证码：xxxxxx。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天')
 * // { code: null, filingType: '新增接入', isMiitSms: true, … }
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
  if (saysCode) {
    // Several codes may be pasted together (a provider's login code, then the MIIT SMS): the MIIT code is the first
    // labelled one that nothing next to it says is for something else (at most five are looked at).
    const labelled = new RegExp(LABELLED.source, 'gi');
    let m: RegExpExecArray | null;
    for (let n = 0; n < 5 && (m = labelled.exec(t)); n++) {
      const c = m[1]!.replace(/ /g, '');
      const at = otherPurposeAt(t, c);
      if (at === -1) {
        code = c;
        codeLabelled = true;
        break;
      }
      if (otherAt === -1) otherAt = at;
    }
    if (!code && otherAt === -1) {
      const after = LABEL_AFTER.exec(t) ?? LABEL_GAP.exec(t);
      if (after) {
        const c = after[1]!.replace(/ /g, '');
        const at = otherPurposeAt(t, c);
        if (at === -1) {
          code = c;
          codeLabelled = true;
        } else otherAt = at;
      }
    }
  }
  if (!code && (namesMiit || linksMiit)) {
    SIX.lastIndex = 0;
    const first = SIX.exec(t);
    if (first && !SIX.exec(t)) code = first[0];
    SIX.lastIndex = 0;
  }

  const others = (namesMiit ? 1 : 0) + (linksMiit ? 1 : 0) + (saysVerify ? 1 : 0);
  if (code && !codeLabelled && otherPurposeAt(t, code) !== -1) code = null;
  // the code read is the MIIT one; `otherAt` marks another code (a login or payment code) found before it
  const isMiitSms = (code !== null || otherAt === -1) && ((codeLabelled && others >= 1) || (saysCode && others >= 2));
  return {
    code,
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
