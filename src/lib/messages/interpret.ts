/**
 * interpretMessage: what a pasted filing message means, for the whole process (the provider's 初审, the MIIT SMS and
 * its verification page, the 管局, after approval), and whether it is a scam or another kind of code.
 *
 * The text is normalised (src/lib/text) line by line, so line breaks still separate messages; then the reader
 * collects evidence clause by clause (./events.ts: stage, outcome, and whether it is stated as a fact) and decides
 * (./decide.ts). Look-alike links and payment demands make it a scam whatever else the text says (./hosts.ts).
 * Unrecognised text gives `unknown` with what was found and the closest kinds; it never guesses, never throws, and
 * returns codes only: the words are in src/i18n.
 */
import { issue, type Issue } from '../issues';
import { pageLink, provincePath } from '../routes';
import { asString, normalizeText, wordFinder } from '../text';
import { NO_SMS_FILING_TYPES, parseMiitSms } from '../miit-sms';
import { decide, DEADLINES, GUIDES_BY_KIND } from './decide';
import { events, reasonSpans } from './events';
import * as L from './lexicon-data';
import { countOf, documentExpiry, statedLimit } from './limits';
import { findFilingNumbers, findLicence, findPoliceNumber, type FilingNumber } from './numbers';
import type { InterpretOptions, MessageInterpretation, MessageKind, NoteCode, ProvinceTable } from './types';

/**
 * A line that ends a statement (its stop, or a link: an SMS ends with its link, and a wrapped line does not break
 * inside one), or a line that starts a new message (a sender's tag, a date).
 */
const LINE_END = /[.!?;:\])"'|\u2713\u2714\u2705]$|[a-z0-9-]\.[a-z]{2,24}(?:\/[\w#/?=&.-]*)?$/i;
/** A line that starts a statement of its own: a tag, a date, a label (备案进度:), a list item, a step and its status. */
const LINE_START = /^(?:\[|\d{1,4}[/.-]\d|[^\s,.;:]{1,8}:|-\s|[^\s,.;:]{2,8},(?:待|未|已|审核中|进行中|[-—–✓×]))/;

/**
 * Normalise line by line and keep the line breaks that separate statements or messages (as '\n'); a line break in
 * the middle of a sentence (an SMS wrapped on a narrow screen: "您的新增\n接入已提交") joins the two lines again; an
 * English line that starts with a capital letter is a new line (headers and status lists of e-mails have no stops).
 */
/**
 * One space (any width) between two words of Chinese: two characters or more on each side (not t e x t spaced out
 * letter by letter), and one space only (several are the columns of a table).
 */
const HAN_GAP = /(?<=\p{Script=Han}{2})[ \t\u00a0\u3000](?=\p{Script=Han}[^\s])/gu;

/**
 * People who type without punctuation (voice input, chat) separate their clauses with spaces: in such a line a space
 * between two words of Chinese is a comma (normalising would drop it and run the clauses into one). Not in a line of
 * labels and values ("网站负责人 何*婷 ：待核验") or of table columns (several spaces in a row), nor in text spaced
 * out letter by letter.
 */
function gapsAsCommas(line: string): string {
  return /[:：]|[ \t\u00a0\u3000]{2}/.test(line) ? line : line.replace(HAN_GAP, ',');
}

function normaliseLines(raw: string): string {
  const parts: string[] = [];
  let last = ''; // the last character so far (never read back from a growing string: that would be quadratic)
  let tail = ''; // the end of the last line (a link it ends with)
  for (const line of raw.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const t = normalizeText(gapsAsCommas(line));
    if (!t) continue;
    if (parts.length === 0) parts.push(t);
    else if (LINE_END.test(tail) || LINE_START.test(t) || (/[A-Za-z0-9]/.test(last) && /^[A-Z]/.test(t)))
      parts.push('\n', t); // an English line that starts with a capital after one without a full stop: a new line
    else parts.push(/[\x21-\x7e]/.test(last) && /^[\x21-\x7e]/.test(t) ? ' ' : '', t);
    last = t[t.length - 1]!;
    tail = t.slice(-120);
  }
  return parts.join('');
}

/** The first stated reason (./events reasonSpans), as written in `raw` (the pasted text), at most 120 characters. */
function extractReason(text: string, raw: string): string | undefined {
  const spans = reasonSpans(text);
  if (spans.length === 0) {
    // "因短信核验超时被管局退回": the cause before the return
    const cause = (L.CAUSE_OF_RETURN.exec(text) ?? L.CAUSE_BEFORE_RETURN.exec(text))?.[1]?.trim();
    return cause && cause.length >= 2 ? asWritten(raw, cause) : undefined;
  }
  for (const [start, end] of spans) {
    let r = text.slice(start, Math.min(end, start + 120)).replace(/\n/g, '');
    // advice after the reason ("…不符合要求,请修改后重新提交") is not part of it
    for (const stop of L.REASON_STOP) {
      const i = r.indexOf(stop);
      if (i > 0) r = r.slice(0, i);
    }
    r = r.replace(/^[\s,]+|[\s,]+$/g, '');
    // a quote at either end goes only when it pairs with none inside ('网站名称涉及"平台"' keeps both)
    for (const q of ['"', "'"]) {
      const n = r.split(q).length - 1;
      if (n % 2 === 1 && r.startsWith(q)) r = r.slice(1).trim();
      else if (n % 2 === 1 && r.endsWith(q)) r = r.slice(0, -1).trim();
    }
    if (r.length >= 2) return asWritten(raw, r) + (end - start > 120 ? '…' : '');
  }
  return undefined;
}

/**
 * The words of the pasted text that normalise to `found` (a piece of the normalised text), so that a reason is shown
 * as written: its spaces ("the word 平台") and quotes (“平台”) kept. Falls back to `found` when it cannot be
 * traced (or the paste is over 20,000 characters: one look-up per character).
 *
 * @example
 * asWritten('原因：网站名称涉及“平台”。', '网站名称涉及"平台"') // '网站名称涉及“平台”'
 */
function asWritten(raw: string, found: string): string {
  const target = found.replace(/\s+/g, '');
  if (!target || raw.length > 20_000) return found;
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < raw.length;) {
    const n = raw.codePointAt(i)! > 0xffff ? 2 : 1;
    const f = normalizeText(raw.slice(i, i + n)).replace(/\s+/g, '');
    for (let j = 0; j < f.length; j++) {
      folded += f[j];
      from.push(i);
    }
    i += n;
  }
  const k = folded.indexOf(target);
  if (k === -1) return found;
  const last = from[k + target.length - 1]!;
  const end = last + (raw.codePointAt(last)! > 0xffff ? 2 : 1);
  return raw.slice(from[k], end).replace(/\s+/g, ' ').trim();
}

/** The website's number and the 主体 number when the text gives both. */
function pickNumbers(text: string, numbers: FilingNumber[]): { site?: FilingNumber; subject?: FilingNumber } {
  if (numbers.length === 0) return {};
  const withSite = numbers.find((n) => n.site !== undefined);
  const plain = numbers.find((n) => n.site === undefined);
  if (withSite && plain) return { site: withSite, subject: plain };
  if (plain && L.SUBJECT_LABEL.test(text) && numbers.length === 1) return { site: plain };
  return { site: withSite ?? plain };
}

/** Money asked for filing, or a filing said to expire: both are scam signs (filing is free and does not expire). */
function paymentDemand(text: string): { payment: boolean; expires: boolean } {
  let payment = false;
  const fee = L.SCAM_FEE.exec(text);
  if (fee && !L.FREE.test(near(text, fee.index, fee[0].length))) payment = true;
  for (const clause of payment ? [] : text.split(/[,.;!?\n]/, 5000)) {
    if (clause.length > 400 || !L.FILING_WORD.test(clause)) continue;
    if (L.PAYMENT.test(clause) && !L.FREE.test(clause)) {
      // a server renewal that merely mentions filing ("续费…以免影响备案") is not a demand for filing
      if (/续费|renew/i.test(clause) && !/备案(?:续费|年费|年审|费)|ICP (?:renewal|annual)/i.test(clause)) continue;
      payment = true;
      break;
    }
  }
  const m = L.FILING_EXPIRES.exec(text);
  const expires =
    !!m &&
    !/不会|不|没有|无|never|not/.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
    !/不会|没有|无|不需要|不用|证件|身份证|域名|执照|服务器|主机|验证码|短信|链接|\bnever\b|\bnot\b|n't\b/.test(m[0]) &&
    !L.FREE.test(near(text, m.index, m[0].length));
  return { payment, expires };
}

/**
 * Contact through QQ, WeChat or the like (or a private mobile number, in the ministry's name) asked by a line that
 * speaks as the ministry or a 管局: filing is done through the provider, and this is an impostor's way. Not when the
 * words deny it ("工信部不会通过QQ、微信联系您").
 */
function privateContact(text: string): boolean {
  for (const re of [L.PRIVATE_CONTACT, L.PRIVATE_NUMBER]) {
    const m = re.exec(text);
    if (!m) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const head = text.slice(lineStart, m.index);
    // the sender of this line: its last tag before the words, else its signature at the end, else its heading
    const tags =
      head.match(/\[[^\]]{0,24}\]/g) ??
      text.slice(m.index, lineEnd === -1 ? text.length : lineEnd).match(/\[[^\]]{0,24}\]\s?$/);
    const sender = tags ? tags[tags.length - 1]! : head;
    if (!L.OFFICIAL_TAG.test(sender)) continue;
    if (re === L.PRIVATE_NUMBER && !L.MINISTRY_TAG.test(sender)) continue;
    if (L.FREE.test(near(text, m.index, m[0].length))) continue;
    if (/不会|不要|从不|绝不|never|not|n't|won't/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    return true;
  }
  return false;
}

/**
 * The words around a match that may deny it (免费, "never pay"): 20 characters each side, or in English (which
 * takes more words) its sentence, at most 100 characters each side.
 */
function near(text: string, at: number, n: number): string {
  const short = text.slice(Math.max(0, at - 20), at + n + 20);
  if (!/[a-z]{3} [a-z]{2}/i.test(short)) return short;
  let from = Math.max(0, at - 100);
  let to = Math.min(text.length, at + n + 100);
  for (let i = at - 1; i >= from; i--) if (/[.!?\n]/.test(text[i]!)) from = i + 1;
  for (let i = at + n; i < to; i++) if (/[.!?\n]/.test(text[i]!)) to = i;
  return text.slice(from, to);
}

/**
 * The text asks the reader to pass the code on to someone (./lexicon-data CODE_PASS): "把验证码发给我", "请回复验证码",
 * "验证码报给客服", "将验证码回复至本号码", "发到我手机上". Not when the code is sent to the filer ("工信部将发送验证码至
 * 您的手机", "发给您的验证码"), nor when the words deny it ("请勿告诉他人").
 */
function codePassedOn(text: string): boolean {
  const shot = L.SCREENSHOT_PASS.exec(text);
  if (
    shot &&
    /验证码|核验码|短信|12381/.test(text) &&
    !L.CODE_PASS_DENIED.test(
      text
        .slice(Math.max(0, shot.index - 12), shot.index)
        .split(/[,.;!?\n]/)
        .pop()!,
    )
  )
    return true;
  let n = 0;
  for (const m of text.matchAll(L.CODE_PASS)) {
    if (++n > 20) break;
    const end = m.index + m[0].length;
    const verb = m[1] ?? m[4]!;
    const gap = m[2] ?? m[3] ?? '';
    // the words before it, in its clause, and between the code and a verb after it
    const before = text
      .slice(Math.max(0, m.index - 8), m.index)
      .split(/[,.;!?\n]/)
      .pop()!;
    if (L.CODE_PASS_DENIED.test(before) || (m[3] !== undefined && L.CODE_PASS_DENIED.test(gap))) continue;
    const rest = text.slice(end, end + 12);
    // the reader asking whether to pass it on ("这个验证码要发给阿里云客服吗?"), unless it is asked for oneself ("发给我好吗")
    if (
      /^[^,.;!\n]{0,12}(?:吗|\?|么)/.test(rest) &&
      !/^\s?(?:至|到|给)?\s?(?:我|咱)/.test(m[1] !== undefined ? gap : rest)
    )
      continue;
    // a verb before the code: the recipient stands between them ("发给您的验证码") or after the code
    const to = m[1] !== undefined ? (gap ? gap : rest) : rest;
    if (m[1] !== undefined && L.FILER_RECIPIENT.test(gap)) continue;
    if (
      L.SEND_VERB.test(verb)
        ? L.OTHER_RECIPIENT.test(to) || (m[1] !== undefined && L.OTHER_RECIPIENT.test(rest))
        : !L.FILER_RECIPIENT.test(to)
    )
      return true;
  }
  return false;
}

/** The reader says nobody asked for the 注销 (./lexicon-data CANCEL_NOT_ASKED), not as a condition ("若您未申请注销…"). */
function cancelNotAsked(text: string): boolean {
  const m = L.CANCEL_NOT_ASKED.exec(text);
  return !!m && !/若|如果|如|假如|倘若|\bif\b|\bunless\b/i.test(text.slice(Math.max(0, m.index - 6), m.index));
}

/** The six digits of a text whose only number of six digits is this one ("382915", "382 915"), if so. */
function onlySixDigits(text: string): string | undefined {
  const six = [...text.matchAll(SIX_DIGITS)].slice(0, 3).map((m) => m[0].replace(/ /g, ''));
  return six.length > 0 && six.every((d) => d === six[0]) ? six[0] : undefined;
}
/** Where the six digits of `code` last stand in the text (one space allowed between them), or -1. */
function lastAt(text: string, code: string): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(code.split('').join(' ?'), 'g'))) at = m.index;
  return at;
}
/**
 * Six digits standing alone (one space allowed between them, as people group them: "492 018"), not those of a
 * licence, filing or 公安 number (京ICP证260123号, …号-N: after ICP证/ICP备/公网安备 or a dash, or before 号).
 */
const SIX_DIGITS = /(?<!\d ?|ICP[证备]\s?|公网安备|-)\d(?: ?\d){5}(?![ ]?\d|\s?号)/gi;

function notesFor(
  kind: MessageKind,
  x: Partial<MessageInterpretation>,
  text: string,
  has: (w: string) => boolean,
): Issue<NoteCode>[] {
  const notes: Issue<NoteCode>[] = [];
  if (kind === 'miit-sms') {
    if (!x.code) notes.push(issue('noCode'));
    const note = x.filingType && L.SMS_NOTE_BY_TYPE[x.filingType];
    // a 注销 nobody on the reader's side asked for: verifying would confirm it (facts §1)
    if (note === 'smsCancel' && cancelNotAsked(text)) notes.push(issue('cancelNotAsked'));
    else if (note) notes.push(issue(note));
  }
  if (kind === 'approved') {
    if (x.subjectNumber && x.filingNumber)
      notes.push(issue('twoNumbers', { subject: x.subjectNumber, site: x.filingNumber }));
    else if (x.filingNumber && /-\d/.test(x.filingNumber)) notes.push(issue('suffix'));
    if (!x.filingNumber) notes.push(issue('noNumber'));
  }
  if (kind === 'returned' || kind === 'rejected' || kind === 'materials-needed') {
    if (!x.reason && kind !== 'materials-needed') notes.push(issue('noReason'));
    const about = x.reason ? (w: string) => x.reason!.includes(w) : has;
    for (const [words, hint] of L.REASON_HINT_WORDS) if (words.some(about)) notes.push(issue(hint));
  }
  if (x.licence) notes.push(issue('licence', { number: x.licence }));
  if (x.policeNumber) notes.push(issue('police', { number: x.policeNumber }));
  if (!x.filingNumber && /ICP备\d/i.test(text)) notes.push(issue('badNumber'));
  if (kind === 'unknown' && x.filingNumber) notes.push(issue('numberOnly'));
  return notes;
}

function interpret(raw: string, options: InterpretOptions): MessageInterpretation {
  const text = normaliseLines(raw);
  const base = { closest: [], found: [], notes: [], suspiciousHosts: [] };
  if (!text.trim()) return { kind: 'unknown', empty: true, ...base, links: GUIDES_BY_KIND.unknown!.map(pageLink) };

  const has = wordFinder(text);
  // the province abbreviations come from the province data, through the caller's table
  const abbrs = options.provinces ? Object.keys(options.provinces).join('') : undefined;
  const { site, subject } = pickNumbers(text, findFilingNumbers(text, 10, abbrs));
  const licence = findLicence(text, abbrs);
  const policeNumber = findPoliceNumber(text, abbrs);
  const sms = parseMiitSms(text, true, has);
  const hosts = sms.suspiciousHosts;
  const { payment, expires } = paymentDemand(text);
  const table: ProvinceTable | undefined = options.provinces;
  const abbr = site?.province;
  const entry = abbr && table && Object.prototype.hasOwnProperty.call(table, abbr) ? table[abbr] : undefined;

  const found: Partial<MessageInterpretation> = {
    ...(site ? { filingNumber: site.text } : {}),
    ...(subject && subject.text !== site?.text ? { subjectNumber: subject.text } : {}),
    ...(entry && typeof entry.slug === 'string' && typeof entry.name === 'string'
      ? { province: { href: provincePath(entry.slug), name: entry.name } }
      : {}),
    ...(licence ? { licence } : {}),
    ...(policeNumber ? { policeNumber } : {}),
    ...(sms.filingType ? { filingType: sms.filingType } : {}),
    ...(sms.hosts.length ? { foundLinks: sms.hosts } : {}),
  };

  const all = events(text, sms);
  let chosen = decide(all);
  let kind: MessageKind = chosen?.kind ?? 'unknown';
  let closest: MessageKind[] = [];

  // "核验完成" without "全部" (or the next step named) may be only the reader's own part: say what it may be.
  if (chosen?.kind === 'verified' && chosen.weak) {
    closest = ['verified-others-pending', 'verified', 'already-verified'];
    kind = 'unknown';
    chosen = undefined;
  }
  // A bare "审核通过" that names no stage, with no filing number and no 管局: it may be the provider's 初审.
  if (chosen?.kind === 'approved' && chosen.weak && !site && !/管局|通信管理局|通管局/.test(text)) {
    closest = ['first-review-passed', 'approved'];
    kind = 'unknown';
    chosen = undefined;
  }
  // An MIIT SMS for a filing type that has none (取消接入): unusual. Neither that notice nor an SMS to verify: no limit
  // is set, and the caution not to verify nor use its code leads (smsNone, below).
  const noSmsType =
    !!sms.filingType && NO_SMS_FILING_TYPES.includes(sms.filingType) && (sms.isMiitSms || sms.code !== null);
  if (noSmsType && (kind === 'access-cancel' || kind === 'miit-sms')) {
    closest = ['miit-sms', 'access-cancel'];
    kind = 'unknown';
    chosen = undefined;
  }
  // a resend stated after the last code of the text: that code is from before it, and no longer works
  const resend = all.findLast((e) => e.kind === 'resend-sent');
  const staleCode = !!sms.code && !!resend && resend.at > lastAt(text, sms.code);
  if (kind === 'not-a-filing-code') delete found.filingType;
  // (a code from before a resend is named as the old one in a note, not offered as the code to use)
  else if (sms.code && !staleCode) found.code = sms.code;
  else if (CODE_KINDS.has(kind) && !staleCode) {
    // the code the reader says they typed ("我输入 593016", "492 018"): the only six digits of the text, or the same
    // six quoted more than once ("the SMS says 771052 but I entered 7710 52")
    const six = onlySixDigits(text);
    if (six) found.code = six;
  }

  // Scams: shown first whatever else the text says.
  const notes: Issue<NoteCode>[] = [];
  const codeRequest = (L.CODE_REQUEST.test(text) || codePassedOn(text)) && !L.FREE.test(text);
  const contact = privateContact(text);
  if (hosts.length || payment || expires || codeRequest || contact) {
    for (const host of hosts) notes.push(issue('suspiciousHost', { host }));
    if (codeRequest) notes.push(issue('codeRequest'));
    if (contact) notes.push(issue('privateContact'));
    if (payment) notes.push(issue('payment'));
    if (expires) notes.push(issue('filingExpires'));
    if (kind !== 'unknown') closest = [kind];
    kind = 'scam';
  }

  if (kind === 'returned' || kind === 'rejected' || kind === 'materials-needed') {
    const reason = extractReason(text, raw);
    if (reason) found.reason = reason;
  }
  if (kind === 'not-a-filing-code' && sms.otherCode) notes.push(issue('notMiitCode', { code: sms.otherCode }));

  const foundWords: string[] = [];
  const smsNotSent = L.SMS_NOT_SENT.test(text);
  if (kind === 'unknown') {
    if (has(L.FORM_PHONE)) notes.push(issue('formPhone'));
    else if (has(L.FORM_BLANK)) notes.push(issue('formBlank'));
    for (const w of L.EVIDENCE_WORDS) if (has(w)) foundWords.push(w);
    if (closest.length === 0) closest = closestKinds(all.map((e) => e.kind));
    // an SMS that could not be sent: the order is at the SMS step, after its submission to the 管局
    if (closest.length === 0 && smsNotSent) closest = ['submitted-to-bureau'];
    // "尚未通过审核" naming no stage: still under review, at the 管局 or the provider's
    if (closest.length === 0 && L.NOT_YET_PASSED.test(text)) closest = ['submitted-to-bureau', 'first-review'];
    // only a number of six digits: say what it may be (a MIIT code, or another one) rather than nothing
    const six = closest.length === 0 && !found.filingNumber ? onlySixDigits(text) : undefined;
    if (six) notes.push(issue('sixDigits', { digits: six }));
  }
  if (smsNotSent && kind !== 'scam') notes.push(issue('smsNotSent'));
  // Several MIIT codes: the latest is shown; the older ones are named, not to be used.
  if (found.code && found.code === sms.code && sms.olderCodes.length) {
    notes.push(issue(sms.resent ? 'olderCode' : 'olderCodeMaybe', { code: sms.code, old: sms.olderCodes.join(', ') }));
  }
  if (staleCode && kind !== 'not-a-filing-code') notes.push(issue('codeBeforeResend', { code: sms.code! }));
  if (sms.providerCode) notes.push(issue('providerCode', { code: sms.providerCode }));
  notes.push(...notesFor(kind, found, text, has));
  // an approval that also says an ID expires: update it before then
  const expiring = kind === 'approved' ? documentExpiry(text) : undefined;
  if (expiring) notes.push(issue('idExpiring', { words: asWritten(raw, expiring) }));
  // the notice's own time limit (never a scam's, nor another kind of code's)
  const limit = kind === 'scam' || kind === 'not-a-filing-code' || noSmsType ? undefined : statedLimit(text);
  if (limit) found.statedLimit = { ...limit, words: asWritten(raw, limit.words) };
  if (kind === 'failed-retry' && chosen && !chosen.exact) notes.push(issue('bareFail'));
  // several of the page's results pasted together (two people's, or one after the other): each is named; a result that
  // says done beside one that says failed contradict each other (said first)
  const results = pageResults(all);
  if (results.length >= 2 && kind !== 'scam') {
    found.results = results.map((e) => e.kind);
    notes.push(issue('twoResults', { count: results.length }));
    const done = results.some((e) => e.status === 3 || e.status === 20);
    if (done && results.some((e) => e.status === 21 || e.status === 2 || e.status === 0))
      notes.unshift(issue('resultsDisagree'));
  }
  // status 4 with someone else still to verify (told in the reader's words): add that person
  if (kind === 'no-record' && all.some((e) => e.kind === 'verified-others-pending'))
    notes.push(issue('othersPendingToo'));
  // the reader has failed several times: the 5-try limit first (after 5 failures the next submission returns the order)
  if (RETRY_KINDS.has(kind)) {
    const tries = failedTries(text, all);
    if (tries >= TRIES_ALLOWED) notes.unshift(issue('triesUsed', { count: tries }));
    else if (tries >= 3) notes.unshift(issue('triesLeft', { count: tries, left: TRIES_ALLOWED - tries }));
  }
  const approximate = !!chosen && !chosen.exact && (chosen.status !== undefined || isPageResult(chosen.kind));
  if (approximate) notes.unshift(issue('approximate'));
  // An MIIT SMS for 取消接入, which has none: unusual, said first whatever the heading (a scam's signs stay first).
  if (noSmsType && kind !== 'scam') notes.unshift(issue('smsNone'));

  const deadline = DEADLINES[kind];
  return {
    kind,
    closest,
    found: foundWords,
    notes,
    suspiciousHosts: hosts,
    ...(chosen?.status !== undefined && chosen.exact ? { status: chosen.status } : {}),
    ...(approximate ? { approximate } : {}),
    ...(chosen?.matched ? { matched: chosen.matched } : {}),
    ...found,
    ...(deadline
      ? { deadline, calculator: deadline === 'police-30d' ? pageLink('policeDeadline') : pageLink('deadlines') }
      : {}),
    links: (GUIDES_BY_KIND[kind] ?? GUIDES_BY_KIND.unknown!).map(pageLink),
  };
}

/** The failures after which the next submission returns the order (facts §1: five wrong entries, then a sixth try). */
const TRIES_ALLOWED = 5;
/** Failed verifications the reader may try again (the page's 2 and 0, a code typed wrong). */
const RETRY_KINDS = new Set<MessageKind>(['failed-wrong-info', 'failed-retry', 'code-wrong']);
/**
 * How many times the verification has failed, as far as the text says: the count the reader gives ("错了5次", "第6
 * 次失败了", "failed 5 times"), or the number of failure results pasted (the page's 2 and 0), whichever is larger.
 */
function failedTries(text: string, all: readonly { status?: number; exact: boolean }[]): number {
  const m = L.FAILED_TRIES.exec(text);
  const said = m ? countOf(m.slice(1).find((g) => g !== undefined) ?? '') : undefined;
  const pasted = all.filter((e) => e.exact && (e.status === 2 || e.status === 0)).length;
  return Math.max(said ?? 0, pasted);
}

/**
 * The page's results in its own words, one per status, in the order they first stand (at most 4): where two keys
 * overlap (one result's words inside another's), the longer one.
 */
function pageResults(
  all: readonly { kind: string; status?: number; exact: boolean; at: number; matched: string }[],
): { kind: MessageKind; status: number }[] {
  const exact = all.filter((e) => e.exact && e.status !== undefined);
  const kept = exact.filter(
    (e) =>
      !exact.some(
        (o) =>
          o !== e &&
          o.matched.length > e.matched.length &&
          o.at <= e.at &&
          e.at + e.matched.length <= o.at + o.matched.length + 8,
      ),
  );
  const out: { kind: MessageKind; status: number }[] = [];
  for (const e of kept)
    if (!out.some((o) => o.status === e.status) && out.length < 4)
      out.push({ kind: e.kind as MessageKind, status: e.status! });
  return out;
}

/** Kinds about a code the reader typed. */
const CODE_KINDS = new Set<MessageKind>(['code-wrong', 'code-expired', 'failed-wrong-info', 'failed-retry']);

const PAGE_RESULTS = new Set<MessageKind>([
  'verified',
  'verified-others-pending',
  'failed-contact-provider',
  'failed-wrong-info',
  'failed-retry',
  'no-record',
  'already-verified',
  'resend-none-pending',
  'resend-sent',
  'resend-limit',
]);
function isPageResult(kind: MessageKind): boolean {
  return PAGE_RESULTS.has(kind);
}

/** The kinds weak evidence points at, most frequent first (at most three). */
function closestKinds(kinds: readonly MessageKind[]): MessageKind[] {
  const count = new Map<MessageKind, number>();
  for (const k of kinds) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k]) => k);
}

/**
 * Interpret any text received during ICP filing: the MIIT SMS, a result of the MIIT verification page (also
 * retyped from memory), a provider's or a 管局's notice from 初审 to after approval, a 公安联网备案 notice; and
 * recognise scams and codes that are not the MIIT one. Returns codes and values (src/i18n words them). Unrecognised
 * text gives `kind: 'unknown'` with what was found and the closest kinds; never guesses, never throws. With
 * `options.provinces` (see {@link provinceTable}), a filing number links to its province page.
 *
 * @example
 * interpretMessage('尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。').kind // 'verified-others-pending'
 * interpretMessage('您的备案订单已通过初审。').kind // 'first-review-passed'
 * interpretMessage('【阿里云】您的ICP备案订单已通过阿里云初审并提交至江苏省通信管理局审核').kind // 'submitted-to-bureau'
 * interpretMessage('【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA')
 * // { kind: 'miit-sms', code: '123456', filingType: '首次备案', deadline: 'sms-24h', … }
 * interpretMessage('验证码：123456，核验链接：http://beian.miit.gov.cn.verify-icp.cn/a').suspiciousHosts
 * // ['beian.miit.gov.cn.verify-icp.cn'] (kind 'scam')
 * interpretMessage('管局退回：网站名称不符合要求').reason // '网站名称不符合要求'
 */
export function interpretMessage(text: string, options?: InterpretOptions): MessageInterpretation {
  try {
    return interpret(asString(text), options && typeof options === 'object' ? options : {});
  } catch {
    return {
      kind: 'unknown',
      empty: true,
      closest: [],
      found: [],
      notes: [],
      suspiciousHosts: [],
      links: GUIDES_BY_KIND.unknown!.map(pageLink),
    };
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
