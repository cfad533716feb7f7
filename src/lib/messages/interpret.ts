/**
 * interpretMessage: what a pasted filing message means. Keyword-based on normalised text (literal `includes` and
 * bounded regular expressions), so it is linear in the input length and never throws.
 *
 * Order when several messages are pasted together (the stage furthest along wins):
 * returned / approved (the later one in the text) → the ten MIIT results → the MIIT SMS → submitted-to-bureau.
 */
import { asString, normalizeText } from '../text';
import { matchMiitKey } from './match';
import { findFilingNumbers, findLicence, findPoliceNumber } from './numbers';
import { parseMiitSms } from '../miit-sms';
import { CALCULATOR_LINK, GUIDES, KIND_TEXT, NOTE, REASON_HINTS, UNKNOWN_TEXT } from './texts';
import type { GuideRef, MessageInterpretation, MessageKind } from './types';

/** Characters that, shortly before a keyword in the same clause, make it conditional or negated (将被退回, 如未通过). */
const CONDITIONAL = '未不若如将会则免能防避要初';
const CLAUSE_END = ',.;:!?[]"';

/**
 * Index of the last occurrence of any keyword that is stated as a fact: not preceded (within 4 characters of the
 * same clause) by a conditional/negating character and not followed by one of `notBefore` (审核通过后 = "after").
 */
function lastAffirmed(text: string, keys: readonly string[], notBefore: string): { at: number; key: string } {
  let last = -1;
  let lastKey = '';
  for (const key of keys) {
    let i = text.indexOf(key);
    while (i !== -1) {
      let ok = !notBefore.includes(text[i + key.length] ?? ' ');
      for (let j = i - 1; ok && j >= 0 && j >= i - 4; j--) {
        const c = text[j]!;
        if (CLAUSE_END.includes(c)) break;
        if (CONDITIONAL.includes(c)) ok = false;
      }
      if (ok && i > last) {
        last = i;
        lastKey = key;
      }
      i = text.indexOf(key, i + key.length);
    }
  }
  return { at: last, key: lastKey };
}

function firstOf(text: string, keys: readonly string[]): string | undefined {
  for (const key of keys) if (text.includes(key)) return key;
  return undefined;
}

const RETURNED_KEYS = ['退回', '驳回', '不通过', '未通过', '审核失败'];
const APPROVED_KEYS = ['审核通过', '通过审核', '已通过', '备案成功', '备案已完成', '已完成备案', '已下发备案号'];
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
const REASON_MARKS = ['原因', '理由'];
const REASON_STOP = [',请', ',如有', ',如需', ',您可', ',可'];

/** The text after 原因:/理由:/because, up to the end of the sentence (at most 120 characters). */
function extractReason(text: string): string | undefined {
  const candidates: number[] = [];
  for (const mark of REASON_MARKS) {
    let i = text.indexOf(mark);
    while (i !== -1 && candidates.length < 50) {
      candidates.push(i + mark.length);
      i = text.indexOf(mark, i + mark.length);
    }
  }
  const because = /\bbecause\b/i.exec(text);
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

function build(
  kind: Exclude<MessageKind, 'unknown'>,
  extra: Partial<MessageInterpretation>,
  notes: string[],
): MessageInterpretation {
  const k = KIND_TEXT[kind];
  const links: GuideRef[] = [...k.guides];
  return {
    kind,
    title: k.title,
    meaning: k.meaning,
    nextSteps: [...k.nextSteps],
    notes,
    guideLink: links[0]!.href,
    links,
    ...(k.deadline ? { deadline: { ...k.deadline }, calculatorLink: CALCULATOR_LINK } : {}),
    ...extra,
  };
}

function unknown(title: string, meaning: string, nextSteps: string[], notes: string[]): MessageInterpretation {
  const links = [GUIDES.sms, GUIDES.faq];
  return { kind: 'unknown', title, meaning, nextSteps, notes, guideLink: links[0].href, links };
}

function interpret(raw: string): MessageInterpretation {
  const text = normalizeText(raw);
  if (!text) return unknown(UNKNOWN_TEXT.empty.title, UNKNOWN_TEXT.empty.meaning, [], []);

  const notes: string[] = [];
  const numbers = findFilingNumbers(text);
  const filingNumber = numbers[0]?.text;
  const licence = findLicence(text);
  const police = findPoliceNumber(text);
  if (licence) notes.push(licence + NOTE.licence);
  if (police) notes.push(police + NOTE.police);
  if (!filingNumber && /ICP备\d/i.test(text)) notes.push(NOTE.badNumber);
  const sms = parseMiitSms(text, true);
  const found: Partial<MessageInterpretation> = {
    ...(filingNumber ? { filingNumber } : {}),
    ...(licence ? { licence } : {}),
    ...(sms.code ? { code: sms.code } : {}),
    ...(sms.filingType ? { filingType: sms.filingType } : {}),
  };

  // The decision: approved or returned, whichever is stated later in the text.
  const submitted = firstOf(text, SUBMITTED_KEYS);
  const returned = lastAffirmed(text, RETURNED_KEYS, '后');
  const approved = lastAffirmed(text, APPROVED_KEYS, '后初');
  if (approved.at === -1 && filingNumber && text.includes('备案号')) approved.at = text.indexOf('备案号');
  if (approved.at !== -1 && !filingNumber && submitted) approved.at = -1; // 初审已过, 已提交管局: not yet approved
  if (returned.at !== -1 && returned.at > approved.at) {
    const reason = extractReason(text);
    if (!reason) notes.push(NOTE.noReason);
    const about = reason ?? text;
    for (const [words, hint] of REASON_HINTS) if (words.some((w) => about.includes(w))) notes.push(hint);
    return build('returned', { ...found, ...(reason ? { reason } : {}), matched: returned.key }, notes);
  }
  if (approved.at !== -1) {
    notes.push(filingNumber ? NOTE.suffix : NOTE.noNumber);
    return build('approved', { ...found, matched: approved.key || '备案号' }, notes);
  }

  const miit = matchMiitKey(text);
  if (miit) {
    return build(miit.kind, { ...found, status: miit.status, matched: miit.key }, notes);
  }
  if (text.includes('核验失败')) {
    notes.unshift(NOTE.bareFail);
    return build('failed-retry', { ...found, matched: '核验失败' }, notes);
  }

  if (sms.isMiitSms) {
    const { code, filingType } = sms;
    if (!code) notes.push(NOTE.noCode);
    if (sms.otherHosts.length > 0) notes.push(NOTE.badLink);
    if (filingType) {
      if (filingType === '首次备案' || filingType === '新增备案') notes.push(NOTE.first);
      else if (filingType.startsWith('新增')) notes.push(NOTE.site);
      else if (filingType.startsWith('变更')) notes.push(NOTE.change);
    }
    return build('miit-sms', { ...found, matched: '验证码' }, notes);
  }

  if (submitted) return build('submitted-to-bureau', { ...found, matched: submitted }, notes);

  if (text.includes('请输入正确的手机号')) {
    const u = UNKNOWN_TEXT.phone;
    return { ...unknown(u.title, u.meaning, [u.step], notes), ...found, matched: '请输入正确的手机号' };
  }
  if (text.includes('不能为空')) {
    const u = UNKNOWN_TEXT.blank;
    return { ...unknown(u.title, u.meaning, [u.step], notes), ...found, matched: '不能为空' };
  }
  const u = UNKNOWN_TEXT.none;
  if (filingNumber) notes.unshift(NOTE.numberOnly);
  else notes.unshift(u.note);
  return { ...unknown(u.title, u.meaning, [...u.nextSteps], notes), ...found };
}

/**
 * Interpret any text received during ICP filing: the MIIT SMS, a result of the MIIT verification page, a provider's
 * or a 管局's notice. Normalises first (full-width → ASCII, whitespace collapsed), then matches key phrases.
 * Unrecognised text gives `kind: 'unknown'` with an honest explanation; it never guesses and never throws.
 *
 * @example
 * interpretMessage('尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。').kind // 'verified-others-pending'
 * interpretMessage('【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA')
 * // { kind: 'miit-sms', code: '123456', filingType: '首次备案', deadline: { kind: 'sms-24h', … }, … }
 * interpretMessage('您的备案申请已审核通过，备案号：粤ICP备2026012345号-1').filingNumber // '粤ICP备2026012345号-1'
 */
export function interpretMessage(text: string): MessageInterpretation {
  try {
    return interpret(asString(text));
  } catch {
    const u = UNKNOWN_TEXT.none;
    return unknown(u.title, u.meaning, [...u.nextSteps], []);
  }
}
