/**
 * interpretMessage: what a pasted filing message means. Works on normalised text (src/lib/text) with literal
 * `indexOf` loops and regular expressions whose every match attempt is bounded, so it is linear in the input length
 * (npm run bench reports it against one normalisation pass) and never throws.
 *
 * Order when several messages are pasted together (the stage furthest along wins):
 * 公安 notice → returned / rejected / approved (the later one in the text) → the ten MIIT results → the MIIT SMS
 * (src/lib/miit-sms, the parser the SMS checker uses too) → the ten results retyped from memory → submitted to the
 * 管局 → the page's form checks → unknown (still listing what was found).
 */
import { asString, normalizeText, wordFinder } from '../text';
import { parseMiitSms } from '../miit-sms';
import { matchMiitKey, matchParaphrase } from './match';
import { findFilingNumbers, findLicence, findPoliceNumber } from './numbers';
import {
  CALCULATOR_LINK,
  GUIDES,
  KEYWORDS,
  KIND_TEXT,
  NOTE,
  POLICE_CALCULATOR_LINK,
  REASON_HINTS,
  UNKNOWN_TEXT,
} from './texts';
import type { GuideRef, InterpretOptions, MessageInterpretation, MessageKind, ProvinceTable } from './types';

/** Characters that, shortly before a keyword in the same clause, make it conditional or negated (将被退回, 如未通过). */
const CONDITIONAL = new Set([...'未不若如将会则免能防避要'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...',.;:!?[]"'].map((c) => c.charCodeAt(0)));

/**
 * Index of the last occurrence of any keyword that is stated as a fact: not preceded (within 4 characters of the
 * same clause) by a conditional/negating character or by one of `notAfter` (初审已通过 is not the filing's approval,
 * 核验已通过 is the SMS step), and not followed by `notBefore` (审核通过后 = "after"). Each key is searched from the
 * end and the search stops at its first affirmed occurrence; every check is a few character comparisons.
 */
function lastAffirmed(
  text: string,
  has: (word: string) => boolean,
  keys: readonly string[],
  notBefore: string,
  notAfter: readonly string[] = [],
): { at: number; key: string } {
  let last = -1;
  let lastKey = '';
  const after = notBefore.charCodeAt(0);
  for (const key of keys) {
    let i = has(key) ? text.lastIndexOf(key) : -1;
    while (i > last) {
      let ok = text.charCodeAt(i + key.length) !== after;
      for (let j = i - 1; ok && j >= 0 && j >= i - 4; j--) {
        const c = text.charCodeAt(j);
        if (CLAUSE_END.has(c)) break;
        if (CONDITIONAL.has(c)) ok = false;
      }
      for (let k = 0; ok && k < notAfter.length; k++) {
        const w = notAfter[k]!;
        for (let j = Math.max(0, i - 4); ok && j + w.length <= i; j++) if (text.startsWith(w, j)) ok = false;
      }
      if (ok) {
        last = i;
        lastKey = key;
        break;
      }
      if (i === 0) break;
      i = text.lastIndexOf(key, i - 1);
    }
  }
  return { at: last, key: lastKey };
}

function firstOf(has: (word: string) => boolean, keys: readonly string[]): string | undefined {
  for (const key of keys) if (has(key)) return key;
  return undefined;
}

const RETURNED_KEYS = ['退回', '驳回', '不通过', '未通过', '审核失败'];
const APPROVED_KEYS = ['审核通过', '通过审核', '已通过', '备案成功', '备案已完成', '已完成备案', '已下发备案号'];
const NOT_THE_FILING = ['初审', '核验', '验证'];
const SUBMITTED_KEYS = [
  '提交至通信管理局',
  '提交到通信管理局',
  '提交通信管理局',
  '提交至管局',
  '提交到管局',
  '提交管局',
  '报送管局',
  '管局审核中',
  '通信管理局审核中',
];
const POLICE_WORDS = ['公网安备', '公安联网备案', '公安备案', 'beian.mps.gov.cn'];
const BUREAU_WORDS = ['管局', '通信管理局', '工信部', '工业和信息化部'];
const REASON_MARKS = ['原因', '理由', '审核意见', '驳回意见', '退回意见', '退回:', '驳回:', '未通过:', '不通过:'];
const REASON_STOP = [',请', ',如有', ',如需', ',您可', ',可'];
const MAX_CANDIDATES = 50;

/** The text after 原因:/理由:/退回:/because, up to the end of the sentence (at most 120 characters). */
function extractReason(text: string, has: (word: string) => boolean): string | undefined {
  const candidates: number[] = [];
  for (const mark of REASON_MARKS) {
    let i = has(mark) ? text.indexOf(mark) : -1;
    while (i !== -1 && candidates.length < MAX_CANDIDATES) {
      candidates.push(i + mark.length);
      i = text.indexOf(mark, i + mark.length);
    }
  }
  const because = has('ecause') || has('ECAUSE') ? /\bbecause\b/i.exec(text) : null;
  if (because) candidates.push(because.index + because[0].length);
  candidates.sort((a, b) => a - b);
  for (let start of candidates) {
    // skip a separator: 原因:, 原因是, 原因为, 原因如下:
    for (let k = 0; k < 4 && start < text.length && ':是为如下 '.includes(text[start]!); k++) start++;
    const limit = Math.min(text.length, start + 120);
    let end = start;
    while (end < limit) {
      const c = text[end]!;
      if (c === ';' || c === '!' || c === '?' || c === '[' || c === ']') break;
      // '.' ends the sentence, except in 1.5, "1.网站名称" (a numbered list) and example.com
      if (c === '.' && !/\d/.test(text[end - 1] ?? '') && !/\w/.test(text[end + 1] ?? '')) break;
      if (c === ',' && REASON_STOP.some((s) => text.startsWith(s, end))) break;
      end++;
    }
    const reason = text.slice(start, end).replace(/^[\s"']+|[\s"',]+$/g, '');
    if (reason.length >= 2) return end === limit && limit < text.length ? reason + '…' : reason;
  }
  return undefined;
}

/** 驳回 is the 接入商's (初审); 退回 the 管局's or the MIIT system's (the 术语表's words). */
function isProviderRejection(text: string, has: (word: string) => boolean, at: number, key: string): boolean {
  if (text.slice(Math.max(0, at - 10), at).includes('初审')) return true;
  return key === '驳回' && !BUREAU_WORDS.some(has);
}

function build(
  kind: Exclude<MessageKind, 'unknown'>,
  extra: Partial<MessageInterpretation>,
  notes: string[],
): MessageInterpretation {
  const k = KIND_TEXT[kind];
  const links: GuideRef[] = [...k.guides];
  const calculatorLink = k.deadline?.kind === 'police-30d' ? POLICE_CALCULATOR_LINK : CALCULATOR_LINK;
  return {
    kind,
    title: k.title,
    meaning: k.meaning,
    nextSteps: [...k.nextSteps],
    notes,
    guideLink: links[0]!.href,
    links,
    ...(k.deadline ? { deadline: { ...k.deadline }, calculatorLink } : {}),
    ...extra,
  };
}

function unknown(title: string, meaning: string, nextSteps: string[], notes: string[]): MessageInterpretation {
  const links = [GUIDES.sms, GUIDES.faq];
  return { kind: 'unknown', title, meaning, nextSteps, notes, guideLink: links[0].href, links };
}

function interpret(raw: string, options: InterpretOptions): MessageInterpretation {
  const text = normalizeText(raw);
  if (!text) return unknown(UNKNOWN_TEXT.empty.title, UNKNOWN_TEXT.empty.meaning, [], []);

  const notes: string[] = [];
  const has = wordFinder(text);
  const numbers = findFilingNumbers(text, 1);
  const filingNumber = numbers[0]?.text;
  const licence = findLicence(text);
  const police = findPoliceNumber(text);
  const sms = parseMiitSms(text, true, has);
  const table = options.provinces;
  const abbr = numbers[0]?.province;
  const entry = abbr && table && Object.prototype.hasOwnProperty.call(table, abbr) ? table[abbr] : undefined;
  const province = entry && typeof entry.slug === 'string' && typeof entry.name === 'string' ? entry : undefined;
  if (licence) notes.push(licence + NOTE.licence);
  if (police) notes.push(police + NOTE.police);
  if (!filingNumber && (has('P备') || has('p备')) && /ICP备\d/i.test(text)) notes.push(NOTE.badNumber);
  for (const host of sms.otherHosts) if (host !== 'beian.mps.gov.cn') notes.push(`${host} ${NOTE.otherHost}`);
  const found: Partial<MessageInterpretation> = {
    ...(filingNumber ? { filingNumber } : {}),
    ...(province
      ? { province: { href: `/provinces/${encodeURIComponent(province.slug)}/`, text: province.name } }
      : {}),
    ...(licence ? { licence } : {}),
    ...(sms.code ? { code: sms.code } : {}),
    ...(sms.filingType ? { filingType: sms.filingType } : {}),
    ...(sms.hosts.length ? { foundLinks: sms.hosts } : {}),
  };

  // The decision: approved or returned, whichever is stated later in the text.
  const submitted = firstOf(has, SUBMITTED_KEYS);
  const returned = lastAffirmed(text, has, RETURNED_KEYS, '后');
  const approved = lastAffirmed(text, has, APPROVED_KEYS, '后', NOT_THE_FILING);
  const aboutPolice = !filingNumber && !has('ICP') && POLICE_WORDS.some(has);
  if (aboutPolice && (police || approved.at !== -1 || has('备案号'))) {
    return build('police-filing', { ...found, matched: firstOf(has, POLICE_WORDS)! }, notes);
  }
  if (approved.at === -1 && filingNumber && has('备案号')) approved.at = text.indexOf('备案号');
  if (approved.at !== -1 && !filingNumber && submitted) approved.at = -1; // 初审已过, 已提交管局: not yet approved
  if (returned.at !== -1 && returned.at > approved.at) {
    const reason = extractReason(text, has);
    if (!reason) notes.push(NOTE.noReason);
    const about = reason ? (w: string) => reason.includes(w) : has;
    for (const [words, hint] of REASON_HINTS) if (words.some(about)) notes.push(hint);
    const kind = isProviderRejection(text, has, returned.at, returned.key) ? 'rejected' : 'returned';
    return build(kind, { ...found, ...(reason ? { reason } : {}), matched: returned.key }, notes);
  }
  if (approved.at !== -1) {
    notes.push(filingNumber ? NOTE.suffix : NOTE.noNumber);
    return build('approved', { ...found, matched: approved.key || '备案号' }, notes);
  }

  const miit = matchMiitKey(text, has);
  if (miit) return build(miit.kind, { ...found, status: miit.status, matched: miit.key }, notes);

  if (sms.isMiitSms) {
    if (!sms.code) notes.push(NOTE.noCode);
    const t = sms.filingType;
    if (t === '首次备案' || t === '新增备案') notes.push(NOTE.first);
    else if (t === '取消接入') notes.push(NOTE.noSms);
    else if (t?.startsWith('新增')) notes.push(NOTE.site);
    else if (t?.startsWith('变更')) notes.push(NOTE.change);
    else if (t?.startsWith('注销')) notes.push(NOTE.cancel);
    return build('miit-sms', { ...found, matched: sms.codeLabelled ? '验证码' : '核验' }, notes);
  }

  if (has('请输入正确的手机号')) {
    const u = UNKNOWN_TEXT.phone;
    return { ...unknown(u.title, u.meaning, [u.step], notes), ...found, matched: '请输入正确的手机号' };
  }
  if (has('不能为空')) {
    const u = UNKNOWN_TEXT.blank;
    return { ...unknown(u.title, u.meaning, [u.step], notes), ...found, matched: '不能为空' };
  }

  const para = matchParaphrase(text, has);
  if (para) {
    notes.unshift(NOTE.paraphrase.replace('{title}', KIND_TEXT[para.kind].title));
    return build(para.kind, { ...found, status: para.status, approximate: true, matched: para.key }, notes);
  }
  if (has('核验失败')) {
    notes.unshift(NOTE.bareFail);
    return build('failed-retry', { ...found, matched: '核验失败' }, notes);
  }

  if (submitted) return build('submitted-to-bureau', { ...found, matched: submitted }, notes);

  const u = UNKNOWN_TEXT.none;
  if (filingNumber) notes.unshift(NOTE.numberOnly);
  const present = KEYWORDS.filter(has);
  const missing = KEYWORDS.filter((w) => !has(w));
  if (present.length > 0) notes.unshift(NOTE.present.replace('{words}', present.join('”“')));
  else if (!filingNumber) notes.unshift(NOTE.missing.replace('{words}', missing.join('”“')));
  return { ...unknown(u.title, u.meaning, [...u.nextSteps], notes), ...found };
}

/**
 * Interpret any text received during ICP filing: the MIIT SMS, a result of the MIIT verification page (also
 * retyped from memory), a provider's or a 管局's notice, a 公安联网备案 notice. Normalises first (src/lib/text), then
 * matches key phrases. Unrecognised text gives `kind: 'unknown'` with an honest explanation and whatever was found
 * (code, filing number, links); it never guesses and never throws. With `options.provinces` (see
 * {@link provinceTable}), a filing number links to its province page.
 *
 * @example
 * interpretMessage('尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。').kind // 'verified-others-pending'
 * interpretMessage('【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA')
 * // { kind: 'miit-sms', code: '123456', filingType: '首次备案', deadline: { kind: 'sms-24h', … }, … }
 * interpretMessage('备案号：粤ICP备2026012345号-1', { provinces: provinceTable(PROVINCES) }).province
 * // { href: '/provinces/guangdong/', text: '广东' }
 * interpretMessage('管局退回：网站名称不符合要求').reason // '网站名称不符合要求'
 */
export function interpretMessage(text: string, options?: InterpretOptions): MessageInterpretation {
  try {
    return interpret(asString(text), options && typeof options === 'object' ? options : {});
  } catch {
    const u = UNKNOWN_TEXT.none;
    return unknown(u.title, u.meaning, [...u.nextSteps], []);
  }
}

/**
 * The look-up `interpretMessage` needs to link a filing number to its province page, built from src/lib/provinces'
 * PROVINCES at build time (the .astro wrapper passes it to the island as a prop, so the island does not carry the
 * province data and its schema). Keyed by every abbreviation, official and alternative.
 *
 * @example
 * provinceTable([{ slug: 'sichuan', name: '四川', abbr: '蜀', altAbbrs: ['川'] }])
 * // { 蜀: { slug: 'sichuan', name: '四川' }, 川: { slug: 'sichuan', name: '四川' } }
 */
export function provinceTable(
  list: readonly { slug: string; name: string; abbr: string; altAbbrs?: readonly string[] | undefined }[],
): ProvinceTable {
  const out: Record<string, { slug: string; name: string }> = {};
  for (const p of Array.isArray(list) ? list : []) {
    if (!p || typeof p.slug !== 'string' || typeof p.name !== 'string') continue;
    for (const a of [p.abbr, ...(Array.isArray(p.altAbbrs) ? p.altAbbrs : [])])
      if (typeof a === 'string' && !(a in out)) out[a] = { slug: p.slug, name: p.name };
  }
  return out;
}
