/**
 * Evidence → events. A pasted text is cut into sentences and clauses; in each clause the reader looks for what it
 * says about a stage of the filing (the provider's 初审, the MIIT SMS and its verification page, the 管局, after
 * approval) and an outcome (passed, submitted, under review, returned, rejected, failed, expired, wrong, pending on
 * others), and keeps only what is stated as a fact: not a condition (若…/审核通过后), not a future (将…), not a
 * question, not a negation. Each such statement is an {@link Event}. ./decide.ts picks the answer from them.
 *
 * Linear: one pass to cut clauses, then a fixed set of bounded patterns per clause.
 */
import type { MessageKind } from './types';
import type { MiitStatus } from './match';
import { matchMiitKeys } from './match';
import * as L from './lexicon-data';

/** A kind other than unknown and scam (those are decided on the whole text). */
export type EventKind = Exclude<MessageKind, 'unknown' | 'scam'>;

/**
 * One thing the text states.
 *
 * @example
 * const e: Event = { kind: 'submitted-to-bureau', at: 12, sentence: 0, matched: '提交至江苏省通信管理局', exact: false };
 */
export interface Event {
  kind: EventKind;
  /** Index in the normalised text. */
  at: number;
  /** Which sentence of the text. */
  sentence: number;
  /** Where its clause starts (events of one clause are weighed together). */
  clause: number;
  /** The words it rests on (from the text). */
  matched: string;
  /** The page's own wording (one of the ten results), not a paraphrase. */
  exact: boolean;
  /** The MIIT status, for the ten results. */
  status?: MiitStatus;
  /** Only a hint (a phone call announced, a reminder): used when nothing firmer is stated. */
  weak?: boolean;
}

/**
 * A clause: a piece of one sentence between commas, semicolons or colons-with-space.
 *
 * @example
 * const c: Clause = { text: '已提交管局', at: 3, sentence: 0 };
 */
export interface Clause {
  text: string;
  at: number;
  sentence: number;
}

const LONG_CLAUSE = 400;

/**
 * Every pair of adjacent Chinese characters the patterns look for (通过, 退回, 核验…): a clause with none of them, and
 * no English keyword, says nothing, and is skipped without running the patterns (a megabyte of log lines costs one
 * look-up per character).
 */
const KEY_PAIRS = new Set<number>();
function addPairs(src: string) {
  for (let i = 0; i + 1 < src.length; i++) {
    const a = src.charCodeAt(i);
    const b = src.charCodeAt(i + 1);
    if (a >= 0x3400 && a <= 0x9fff && b >= 0x3400 && b <= 0x9fff) KEY_PAIRS.add(a * 0x10000 + b);
  }
}
for (const v of Object.values(L)) {
  if (v instanceof RegExp) addPairs(v.source);
  else if (Array.isArray(v)) for (const x of v) addPairs(Array.isArray(x) ? x.flat().join('|') : String(x));
  else if (typeof v === 'string') addPairs(v);
}
const EN_KEYS =
  /\b(?:verif|validat|review|approv|submit|reject|return|code|otp|fail|unsuccess|expir|incorrect|wrong|invalid|cancel|deregist|bureau|administration|miit|record|resen|filing|icp|shell|police|security|mps|access|pass|check|grant|issued|assigned|complete|done|finish|success|photo|video|upload|retake|document|material|form|pending|await|wait|provider|found|number|declin|sent|reach|unreach|inspection|rectif|went through)/i;

/** The clause holds a pair of Chinese characters any pattern looks for. */
function hasKeyPair(s: string): boolean {
  for (let i = 0; i + 1 < s.length; i++)
    if (KEY_PAIRS.has(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1))) return true;
  return false;
}

/** Where English keywords stand in the text (one pass; past 10,000 hits every later clause counts as having one). */
function englishHits(text: string): { at: number[]; capped: boolean } {
  const at: number[] = [];
  const re = new RegExp(EN_KEYS.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (at.length >= 10_000) return { at, capped: true };
    at.push(m.index);
  }
  return { at, capped: false };
}

function isWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Cut normalised text (line breaks kept) into clauses. A '.' ends a sentence unless it stands inside a host name,
 * a number or an abbreviation (beian.miit.gov.cn, 1.5).
 *
 * @example
 * clauses('已通过初审,已提交管局.请留意短信').map((c) => c.text) // ['已通过初审', '已提交管局', '请留意短信']
 */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let sentence = 0;
  let start = 0;
  const push = (end: number) => {
    // No one writes a clause of thousands of characters: of a longer run only its start is read, so a paste of a
    // megabyte without punctuation costs a constant per pattern.
    if (end - start > LONG_CLAUSE) {
      out.push({ text: text.slice(start, start + LONG_CLAUSE), at: start, sentence });
      return;
    }
    const t = text.slice(start, end);
    if (t.trim()) out.push({ text: t, at: start, sentence });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x3f && c !== 0x7c) continue; // none of ! , . ; ? \n |: the common case, one comparison
    let endsSentence = c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a;
    if (c === 0x2e && !(isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1)))) endsSentence = true;
    if (endsSentence || c === 0x2c || c === 0x7c) {
      push(i);
      start = i + 1;
      if (endsSentence) sentence++;
    }
  }
  push(text.length);
  return out;
}

/** How a statement at `i` (length `n`) of a clause stands: a fact, or only a condition/future/negation. */
function stance(clause: string, i: number, n: number): 'fact' | 'condition' | 'future' | 'negated' {
  if (CLAUSE_CONDITION.test(clause)) return 'condition';
  const before = clause.slice(Math.max(0, i - 8), i);
  const after = clause.slice(i + n, i + n + 3);
  if (L.AFTER_MARK.test(after)) return 'condition';
  // "管局审核通过后备案号为…": a time condition earlier in the clause (not when 已 or 了 marks the statement done:
  // "初审通过后被管局驳回了")
  if (
    L.TIME_CONDITION_IN.test(clause.slice(Math.max(0, i - 24), i)) &&
    !/已/.test(clause.slice(i, i + n)) &&
    !/^了/.test(clause.slice(i + n))
  )
    return 'condition';
  // "…is approved only after the bureau review", "approved once the review ends": a rule, not an event
  const afterEn = clause.slice(i + n, i + n + 16);
  if (
    /^\s?only (?:after|once|when|if)\b/i.test(afterEn) ||
    (/^\s?(?:after|once|when|if|until)\b/i.test(afterEn) && /\b(?:is|are|be|gets?)\s$/i.test(clause.slice(0, i)))
  )
    return 'condition';
  // 等…通过就/后/再…: a time condition ("客服说等管局审核通过就会短信通知")
  if (/等/.test(clause.slice(Math.max(0, i - 14), i)) && /^[^,.;]{0,3}(?:就|后|再|才)/.test(clause.slice(i + n)))
    return 'condition';
  if (L.CONDITION.test(before)) return 'condition';
  // English says more words for the same thing: its condition and negation may stand a few words before
  const beforeEn = clause.slice(Math.max(0, i - 32), i);
  if (EN_CONDITION.test(beforeEn)) return 'condition';
  const near = clause.slice(Math.max(0, i - 3), i);
  if (
    /(?:未|不|没|别|勿|没有|没能|未能|无法|不能|没法)$/.test(near) ||
    /\b(?:not|never|no)\b[^,.;]{0,12}$/i.test(before) ||
    EN_NEGATION.test(beforeEn)
  )
    return 'negated';
  // A future anywhere earlier in the clause (腾讯云将在 1-3 个工作日内提交至管局), unless 已 marks it done.
  if (
    !/已|已经|\b(?:has|have|was|were) been\b/i.test(clause.slice(Math.max(0, i - 10), i)) &&
    L.FUTURE.test(clause.slice(0, i))
  )
    return 'future';
  return 'fact';
}

/** A condition that makes a later submission only a possibility. */
const LATER_CONDITION = /若|如果|如需|如有|如要|要是|假如|一旦|倘若|\b(?:if|once|when|after|unless|in case)\b/i;

/**
 * The part of a clause a statement at `i` belongs to: the bracketed aside "(…)" it stands in, or else the clause with
 * its asides blanked out (same length, so `i` stays right), and `i` within it.
 *
 * @example
 * ownPart('已通过管局审核(初审由阿里云完成)', 0).own // '已通过管局审核           '
 */
export function ownPart(s: string, i: number): { own: string; at: number } {
  const open = s.lastIndexOf('(', i);
  const close = open === -1 ? -1 : s.indexOf(')', open);
  if (open !== -1 && (close === -1 || close >= i)) {
    return { own: s.slice(open + 1, close === -1 ? s.length : close), at: i - open - 1 };
  }
  return { own: s.includes('(') ? s.replace(/\([^()]{0,200}\)/g, (x) => ' '.repeat(x.length)) : s, at: i };
}

/** An English condition a few words before a statement ("…will be submitted once it is approved"). */
const EN_CONDITION =
  /\b(?:after|once|if|unless|until|till|before|when|whether|as soon as|in case)\b(?:\s[\w'-]+){0,4}\s?$/i;
/** An English negation a few words before a statement ("has not been approved", "has not yet been"). */
const EN_NEGATION =
  /(?:\b(?:not|never|no|yet to|failed to|unable to|cannot)|n't)\b(?:\s(?:yet|been|be|being|fully|all|already|the|your|it|its|by|quite|really|actually|even))*\s?$/i;

function find(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/**
 * The part of a clause that is not a stated reason (原因:… is read for `reason`, not for events): '' when the clause
 * lies in a reason, the text before the reason when one starts inside it.
 */
function outsideReason(clause: Clause, spans: readonly (readonly [number, number])[]): string {
  const end = clause.at + clause.text.length;
  for (const [r, e] of spans) {
    if (clause.at >= r && clause.at < e) return '';
    if (r > clause.at && r < end) return clause.text.slice(0, r - clause.at);
  }
  return clause.text;
}

const REASON_START =
  /(?:驳回|退回|不通过)了?,?说(?:是)?|原因(?:写的是|写着|显示|说是|说(?!明))|(?:原因|理由|审核意见|驳回意见|退回意见|整改意见|reasons?(?: for (?:the )?(?:rejection|return|returning|being returned))?)(?:是|为|如下)?\s?:|原因(?:是|为)|(?:退回|驳回|未通过|不通过)\s?:|\bbecause\b|\bdue to\b/gi;

/** The start of the writer's own words after a reason they retell: a question or a remark of theirs. */
const REASON_AFTER = /^(?:这|我|那|是不是|还能|能不能|怎么|请问|现在|要不要|咋|该)/;

/**
 * The spans of stated reasons: from right after 原因/理由/意见 (followed by ':' or 是/为/如下) to the end of that
 * sentence; a reason given as a numbered list on the following lines runs to the end of the list. At most 20.
 *
 * @example
 * reasonSpans('初审驳回,原因:网站名称不符.请修改') // [[8, 13]]
 */
export function reasonSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  REASON_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REASON_START.exec(text)) && out.length < 20) {
    const start = m.index + m[0].length;
    let end = start;
    const limit = Math.min(text.length, start + 200);
    while (end < limit) {
      const c = text[end]!;
      if (c === '\n') {
        // a list on the next lines ("原因:\n1.…\n2.…") belongs to the reason
        if (end === start || /^\d{1,2}[.,)]/.test(text.slice(end + 1, end + 4))) {
          end++;
          continue;
        }
        break;
      }
      if (c === ';' || c === '!' || c === '?') break;
      // the writer's own words after the reason ("…性质不符，这还能重新提交吗")
      if (c === ',' && REASON_AFTER.test(text.slice(end + 1, end + 5))) break;
      if (c === '.' && !/\d/.test(text[end - 1] ?? '') && !/\w/.test(text[end + 1] ?? '')) {
        // an item of a numbered list ends with a stop: the list goes on
        if (!/^\n\d{1,2}[.,)]/.test(text.slice(end + 1, end + 5))) break;
      }
      end++;
    }
    out.push([start, end]);
    REASON_START.lastIndex = Math.max(REASON_START.lastIndex, end);
  }
  return out;
}

/** A clause that starts with a condition is a condition throughout (若多次未接通,订单可能被驳回; 如审核不通过…). */
const CLAUSE_CONDITION =
  /^\s?(?:若|如(?!下)|假如|一旦|倘若|否则|逾期|(?:超时|逾期|过期)(?:未|没)|if |unless |otherwise|once |until |as soon as |in case |in the event )/i;
const FIRST_IN_REVIEW =
  /初审中|(?:将|将会|即将|接下来|下一步|随后|稍后|马上)[^,.;]{0,6}?(?:进行|开始|安排|是|为|:)\s?初审(?![^,.;]{0,2}(?:后|之后|以后|通过|结束|完成))|\b(?:will|next|now) (?:proceed to|start|begin|enter|move (?:on )?to|go (?:on )?to) (?:the )?(?:preliminary|initial|first) review|(?:将|将会|会|预计|预期|尽快)[^,.;]{0,16}?完成(?:对[^,.;]{0,10}的)?初审(?![^,.;]{0,2}(?:后|之后|以后))|初审(?:预计|将|将会|会|预期)[^,.;]{0,16}?完成(?![^,.;]{0,2}(?:后|之后|以后))|(?:preliminary|initial|first) review (?:will|is expected to|should) (?:be )?(?:complete|completed|finished|done)\b|(?:will|expect to) (?:complete|finish) (?:the |your )?(?:preliminary|initial|first) review|初审阶段|正在(?:进行)?初审|初审处理中|(?:等待|待)[^,.;]{0,4}初审|初审审核中|进入[^,.;]{0,6}(?:初审|审核流程|审核阶段)|under (?:preliminary|initial|first) review|(?:preliminary|initial|first) review (?:is )?(?:in progress|ongoing|underway|pending|stage)|in (?:the )?(?:preliminary|initial|first) review|status:\s?(?:under )?(?:preliminary|initial|first) review(?: in progress)?\s?$|being reviewed by (?:us|the provider|your provider)/i;
const GRANTED_NUMBER =
  /(?:ICP备[^,.;]{1,20}号(?:-\d+)?|备案号)(?:终于|已经|总算|也)?(?:批)?(?:下来了|出来了)|(?:下发|分配|获得|取得|核发|颁发|生成|获批)(?:了)?[^,.;]{0,8}(?:备案号|ICP备)|(?:ICP|filing|recordal|record)(?: filing| recordal)? number(?: [^\s;]{1,30})? (?:(?:has|have) (?:now )?been |was |is |is now )?(?:issued|granted|assigned|allocated|generated)\b|(?:issued|granted|assigned|allocated|got|received|obtained)(?: you| us)? (?:the |an |our |your )?(?:ICP|filing|recordal)(?: filing| recordal)? number\b/i;
/** A number under a label: a grant only when nothing else is stated (a hint). */
const LABELLED_NUMBER =
  /备案号(?:为|是|:)\s?[^\s,.;]{0,3}ICP备|(?:filing|ICP|record|recordal) number (?:is|:)\s?[^\s,.;]{0,3}ICP备/i;
/** English "the filing is complete/successful" (an approval when a filing number is given; else only a hint). */
const FILING_DONE_EN =
  /\b(?:ICP )?(?:filing|recordal)(?: application| process)? (?:has been |is |was |is now )?(?:successfully )?(?:completed?|successful|done)\b|\b(?:filing|recordal) (?:succeeded|successful)|successfully (?:filed|registered)\b/i;
const ALL_DONE_WORDS =
  /备案成功|成功备案|备案已完成|备案完成|备案流程已全部完成|已完成备案(?!信息|资料|填写|申请|订单|材料)/;
const OTHERS_WAIT =
  /(?:等待|等|还需|还差|就差|只差|尚需|仍需|还要|还得|需要等|waiting for|wait for|still (?:need|needs|waiting))[^,.;]{0,10}(?:其他|其它|另一|另外|别的|对方|网站负[责则]人|主体负[责则]人|法人|负责人|同事|人员|核验人|other|another)/i;
/** English: someone else named, then still to verify ("the other person in charge still needs to verify"). */
const OTHERS_EN = new RegExp(
  String.raw`(?:${L.ACTOR_EN.source})[^.;]{0,48}?(?:(?:has not|hasn't|have not|haven't|did not|didn't|not yet|yet to|still (?:needs?|has|have|must|to)|is still|are still)\b[^.;]{0,24}?(?:verif|validat|complet|do it|done|finish|receiv|(?:the|his|her|their) (?:SMS|code|text|part))|(?:is |are )?(?:still )?(?:pending|awaiting|waiting|unverified|not (?:yet )?(?:verified|validated|done)))|(?:wait(?:ing)? for|pending on|pending:|depends on) (?:the )?(?:${L.ACTOR_EN.source})`,
  'i',
);
const CANCELLED_DONE =
  /已(?:经)?(?:被)?(?:成功|顺利)?(?:办理)?注销|注销(?:已)?(?:成功|完成|已完成|办理完成|已办结)|注销[^,.;]{0,8}(?:办理完毕|已完毕|已办结)|备案号[^,.;]{0,24}(?:已)?(?:一并)?撤销|完成(?:了)?注销|注销[^,.;]{0,8}(?:已完成|已办结|已通过|已审核通过|成功)|已办理注销|被[^,.;]{0,16}注销/;
const ALL_DONE_VERIFY =
  /全部完成|都完成了|均已完成|都已完成|都核验了|全部(?:的)?(?:短信)?(?:核验|验证)(?:都)?(?:已经?)?(?:完成|通过|完了|好了|结束|成功)|都(?:已经?)?(?:核验|验证|验)(?:完|好|过了|通过|成功)|都已(?:经)?(?:核验|验证)|fully completed|all (?:done|completed)|all (?:\w+ ){0,2}(?:verifications?|verifiers|validations?) (?:are |have been |has been |were )?(?:complete|completed|done|finished)|(?:completed|verified|validated|done) by (?:all|both|everyone|each)|(?:has|have) all been (?:completed|verified|done)|\bboth (?:did|done|finished|completed)\b|everything (?:is |was )?(?:complete|completed|done)\b|both (?:of us |verifications |verifiers )?(?:are |have |have now |have both )?(?:complete|completed|done|verified|finished)/i;
const POLICE_EVENT =
  /公网安备|(?:公安|网安)[^,.;]{0,10}(?:备案|审核|通过)|beian\.mps\.gov\.cn|public security|\bMPS\b|police (?:filing|registration|record)/i;
/** A 公安 filing stated as done (a number given, accepted, passed): more than a reminder. */
const POLICE_DONE =
  /公网安备\d|(?:公安|联网)备案[^,.;]{0,8}(?:已|审核)?(?:通过|成功|完成|受理)|(?:已|已经)(?:完成|办理)[^,.;]{0,4}(?:公安|联网)备案|public security[^.]{0,30}(?:approved|accepted|completed|granted|issued)/i;

/**
 * Every stated event of normalised text, in text order.
 *
 * @example
 * events('您的ICP备案订单已通过阿里云初审并提交至江苏省通信管理局审核').map((e) => e.kind)
 * // ['first-review-passed', 'submitted-to-bureau']
 */
export function events(
  text: string,
  sms?: { code: string | null; isMiitSms: boolean; otherPurposeAt?: number; olderCodes?: readonly string[] },
): Event[] {
  const out: Event[] = [];
  const add = (
    kind: EventKind,
    c: Clause,
    m: RegExpExecArray | { index: number; 0: string },
    extra: Partial<Event> = {},
  ) =>
    out.push({ kind, at: c.at + m.index, sentence: c.sentence, clause: c.at, matched: m[0], exact: false, ...extra });

  const all = clauses(text);
  // The words around a clause in its sentence (at most 160 characters each side): what a clause needs of its sentence,
  // at a constant cost however long the sentence is.
  const sentenceBounds = new Map<number, [number, number]>();
  for (const c of all) {
    const b = sentenceBounds.get(c.sentence);
    if (b) b[1] = c.at + c.text.length;
    else sentenceBounds.set(c.sentence, [c.at, c.at + c.text.length]);
  }
  const around = (c: Clause): string => {
    const [from, to] = sentenceBounds.get(c.sentence) ?? [c.at, c.at + c.text.length];
    return text.slice(Math.max(from, c.at - 160), Math.min(to, c.at + c.text.length + 160));
  };
  // …and the next sentence on the same line too: a translated page result splits its advice off with a full stop
  // ("Your SMS verification failed. Please contact your access provider…")
  const aroundNext = (c: Clause): string => {
    const [from, end] = sentenceBounds.get(c.sentence) ?? [c.at, c.at + c.text.length];
    const to = sentenceBounds.get(c.sentence + 1)?.[1] ?? end;
    const s = text.slice(Math.max(from, c.at - 160), Math.min(to, c.at + c.text.length + 240));
    const nl = s.indexOf('\n', c.at + c.text.length - Math.max(from, c.at - 160));
    return nl === -1 ? s : s.slice(0, nl);
  };
  // What comes after a clause: the rest of its sentence and the next sentence on the same line (at most 200 characters).
  const later = (c: Clause): string => {
    const end = c.at + c.text.length;
    const to = sentenceBounds.get(c.sentence + 1)?.[1] ?? sentenceBounds.get(c.sentence)?.[1] ?? end;
    const t = text.slice(end, Math.min(to, end + 200));
    const nl = t.indexOf('\n');
    return nl === -1 ? t : t.slice(0, nl);
  };
  // A submission to the 管局 stated after a clause, done or still to come, but not under a condition ("如需变更，请…
  // 提交至管局")
  const submitsLater = (c: Clause): boolean => {
    const t = later(c);
    const m = L.SUBMIT.exec(t);
    if (!m || !L.BUREAU.test(t.slice(m.index, m.index + m[0].length + 60))) return false;
    const head = t.slice(0, m.index);
    const own = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf('.'), head.lastIndexOf('!')) + 1);
    return !LATER_CONDITION.test(own);
  };
  // A sentence that ends in a tag question ("…that means we're approved, is that right?") asks all of it.
  const asked = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (all[i + 1]?.sentence === c.sentence || i === 0 || all[i - 1]!.sentence !== c.sentence) continue;
    if (text.charCodeAt(c.at + c.text.length) === 0x3f && L.TAG_QUESTION.test(c.text)) asked.add(c.sentence);
  }

  // The page's ten results in its own words, wherever they are.
  for (const hit of matchMiitKeys(text)) {
    const c = all[clauseAt(all, hit.at)];
    out.push({
      kind: hit.kind as EventKind,
      at: hit.at,
      sentence: c?.sentence ?? 0,
      clause: c?.at ?? 0,
      matched: hit.key,
      exact: true,
      status: hit.status,
    });
  }

  // A code: the MIIT one, or a provider's login/payment code (its sentence says what it is for, or that it is valid
  // for minutes: the MIIT code is valid for a day).
  // Codes (src/lib/miit-sms): another code (a login or payment code: its neighbours say so), and the MIIT one.
  if (sms?.otherPurposeAt !== undefined && sms.otherPurposeAt !== -1) {
    const at = sms.otherPurposeAt;
    const c = all[clauseAt(all, at)] ?? { text, at: 0, sentence: 0 };
    add('not-a-filing-code', c, { index: at - c.at, 0: text.slice(at, at + 6) });
  }
  // (a notice that the code is being sent to the filer, with no code in it, is not the SMS: "工信部将发送验证码至您的手机")
  if (sms?.isMiitSms && !(sms.code === null && L.CODE_SENT_NOTICE.test(text))) {
    // where the first MIIT SMS stands (of several, the code read is the latest's: the stage read stays the same)
    let at = -1;
    for (const c of [sms.code, ...(sms.olderCodes ?? [])]) {
      const i = c ? text.indexOf(c) : -1;
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (at === -1) at = Math.max(0, text.search(/工业和信息化部|工信部|beian\.miit\.gov\.cn/));
    const c = all[clauseAt(all, at)] ?? { text, at: 0, sentence: 0 };
    add('miit-sms', c, { index: at - c.at, 0: sms.code ?? '' });
  }

  const reasons = reasonSpans(text);
  // What the whole text mentions, each looked up once and only when a clause asks (never once per clause: the text
  // may be a megabyte long).
  const memo = new Map<string, boolean>();
  const once = (key: string, re: RegExp) => {
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = re.test(text)));
    return v;
  };
  const T = {
    get code() {
      return once('code', L.CODE_WORD);
    },
    get enteredInfo() {
      return once('enteredInfo', /核验|验证|失败|输入|填写|verif/i);
    },
    get verifyish() {
      return once('verifyish', /核验|验证|填|verif|validat/i);
    },
    get verifies() {
      return once('verifies', L.VERIFY);
    },
    get police() {
      return once('police', L.POLICE);
    },
    get bureau() {
      return once('bureau', L.BUREAU);
    },
    get number() {
      return once('number', /ICP备\d/i);
    },
    get reviewish() {
      return once('reviewish', /审核|核实|初审|确认|备案|review/i);
    },
  };
  // The sender's tag at the start of a line ([江苏省通信管理局], [阿里云]) speaks for the whole line.
  const tags = lineTags(text);
  let tagIndex = 0;
  // Which clauses say anything (a key pair of characters or an English keyword); of a paste with thousands of such
  // clauses (a message repeated all over), the first and the last 500 are read: the latest messages are at the end.
  const en = englishHits(text);
  const read = new Set<number>();
  for (let i = 0, enIndex = 0; i < all.length; i++) {
    const c = all[i]!;
    const end = c.at + c.text.length;
    while (enIndex < en.at.length && en.at[enIndex]! < c.at) enIndex++;
    const english = (enIndex < en.at.length && en.at[enIndex]! < end) || (en.capped && enIndex >= en.at.length);
    if (english || hasKeyPair(c.text)) read.add(i);
  }
  if (read.size > 1000) {
    const keep = [...read];
    read.clear();
    for (const i of [...keep.slice(0, 500), ...keep.slice(-500)]) read.add(i);
  }
  let prefix = '';
  let prefixSentence = -1;
  // the sentence opens with a condition ("如需变更，请通过接入商提交至管局"): its later clauses say what would follow
  let conditional = false;
  for (let ci = 0; ci < all.length; ci++) {
    const c = all[ci]!;
    // what the sentence said before this clause (an instruction there governs this clause too)
    if (c.sentence !== prefixSentence) {
      prefix = '';
      prefixSentence = c.sentence;
      conditional = CLAUSE_CONDITION.test(c.text);
    }
    const before = prefix;
    // "管局审核通过之后，备案号是…": an earlier clause of the sentence that ends in a time condition governs this one
    const timeCondition = L.TIME_CONDITION_END.test(before);
    prefix = (prefix + c.text + ',').slice(-80);
    while (tagIndex + 1 < tags.length && tags[tagIndex + 1]![0] <= c.at) tagIndex++;
    const fromBureau = tags[tagIndex]?.[1] ?? false;
    const clauseEnd = c.at + c.text.length;
    if (!read.has(ci) || asked.has(c.sentence) || (conditional && before)) continue;
    // A question states nothing: a clause that ends with '?' is skipped, and a clause is read only up to a question
    // word (voice input has no punctuation: "…核验全部完成了…那我是不是就等着").
    let s = outsideReason(c, reasons);
    // a quotation in a question that says what would be written ("…短信会写“已审核通过”吗?") is quoted, not stated
    if (s.includes('"') && /\?|吗|呢/.test(around(c))) {
      const outside = s.replace(/"[^"]*"?/g, '');
      if (L.FUTURE.test(outside) || L.CONDITION.test(outside) || /吗|呢/.test(outside)) s = outside;
    }
    // "…通过了吗 …": what comes before 吗/呢 is the question (before 了吧 a guess); what follows may be a statement again
    const particle = /[^,.;]*?(?:吗|呢|了吧|(?<![怎什那这多要])么)(?![\u4e00-\u9fff]{0,2}(?:意思|回事))/.exec(s);
    if (particle) s = s.slice(particle.index + particle[0].length);
    const q = L.QUESTION.exec(s);
    if (q) s = s.slice(0, q.index);
    else if (text.charCodeAt(clauseEnd) === 0x3f) continue; // a question without a question word: all of it
    if (!s) continue;
    let m: RegExpExecArray | null;

    // The resend tab and the verification page, paraphrased.
    // (a condition states nothing: "if the resend count has reached its maximum, …")
    if ((m = find(L.RESEND_LIMIT, s)) && stance(s, m.index, m[0].length) !== 'condition') add('resend-limit', c, m);
    else if ((m = find(L.RESEND_NONE, s))) add('resend-none-pending', c, m);
    else if ((m = find(L.RESEND_SENT, s)) && stance(s, m.index, m[0].length) === 'fact') add('resend-sent', c, m);
    // "…找不到记录或已完成验证" / "…or it's already verified": an alternative, not a statement
    if ((m = find(L.ALREADY, s)) && !/(?:或|\bor\b)[^,.;]{0,8}$/i.test(s.slice(0, m.index)))
      add('already-verified', c, m);
    if (
      (m = find(L.NO_RECORD, s)) &&
      (L.VERIFY.test(s) || /记录|查询|备案|record|query/i.test(s)) &&
      stance(s, m.index, m[0].length) !== 'condition' // "if the page says the record does not exist, …"
    )
      add(L.POLICE.test(s) ? 'police-filing' : 'no-record', c, m); // "尚未查询到公安联网备案信息": a 公安 reminder
    const sentence = around(c);
    if (
      ((m = find(OTHERS_WAIT, s)) || (m = find(L.ONE_LEFT, s)) || (m = find(L.OTHERS_NOT_YET, s))) &&
      (L.VERIFY.test(sentence) || /完成|验|done|complete/i.test(sentence))
    )
      add('verified-others-pending', c, m);
    // a 负责人's role with a status ("网站负责人：未完成"), or someone named as not done in everyday words
    else if ((m = find(L.ROLE_PENDING, s))) add('verified-others-pending', c, m);
    else if (((m = find(L.OTHERS_WAIT_PERSON, s)) || (m = find(L.OTHERS_NOT_DONE, s))) && T.verifies)
      add('verified-others-pending', c, m);
    else if ((m = find(OTHERS_EN, s)) && T.verifyish && stance(s, m.index, m[0].length) !== 'condition')
      add('verified-others-pending', c, m);

    const verifySentence = L.VERIFY.test(around(c)) || L.CODE_WORD.test(s);
    // a return stated in the clause is the outcome; a timeout or a failure named with it is its cause
    // ("因短信核验超时被管局退回"), and an SMS that could not be sent is no failed verification
    const ret = find(L.RETURN, s);
    const outcomeReturned = !!ret && stance(s, ret.index, ret[0].length) === 'fact';
    const notSent = L.SMS_NOT_SENT.test(s);
    if (
      !outcomeReturned &&
      (m = find(L.EXPIRED, s)) &&
      !/证件|身份证|域名|执照|营业|domain|identity|\bID\b|passport|document|licen[cs]e|certificate|server|instance|subscription/i.test(
        s,
      ) &&
      stance(s, m.index, m[0].length) === 'fact' &&
      // a warning or a question about expiry ("快点填，要过期了", "什么时候过期") says nothing has expired
      !L.EXPIRY_AHEAD.test(s.slice(Math.max(0, m.index - 6), m.index))
    ) {
      if (/码|短信|验证|核验|code|SMS/i.test(s) || T.code) add('code-expired', c, m);
    }
    if (!outcomeReturned && (m = find(L.WRONG, s)) && L.CODE_WORD.test(s) && !/信息|资料|手机号|证件/.test(s))
      add('code-wrong', c, m);
    if (outcomeReturned || notSent) {
      /* see above */
    } else if ((m = find(L.FAIL, s)) && verifySentence && stance(s, m.index, m[0].length) !== 'condition') {
      const sentence = aroundNext(c);
      if (find(L.FAIL_PROVIDER, sentence)) add('failed-contact-provider', c, m);
      else if (find(L.FAIL_INFO, sentence)) add('failed-wrong-info', c, m);
      else add('failed-retry', c, m, { weak: !find(L.FAIL_RETRY, sentence) });
    } else if ((m = find(L.FAIL_INFO, s)) && T.enteredInfo) add('failed-wrong-info', c, m);

    // Verification done (all, or the reader's part).
    if ((m = find(L.DONE, s)) && L.VERIFY.test(s) && !L.CODE_WORD.test(s.slice(m.index, m.index + 6))) {
      const st = stance(s, m.index, m[0].length);
      // the stage named with it ("verification completed by the bureau"), not a next step joined by "and" ("…is all
      // complete and the request now goes to the bureau")
      const end = m.index + m[0].length;
      // (in Chinese the next step may follow without a comma: "全部核验完成了等管局审核")
      const next = /\s?\b(?:and|then|so)\b|等待?|接下来|然后|就等/i.exec(s.slice(end));
      const own = next ? s.slice(0, end + next.index) : s;
      const aboutFiling = L.FIRST_STAGE.test(own) || L.BUREAU.test(own) || L.POLICE.test(own);
      // "请…完成核验" asks; it does not say it is done
      if (
        st === 'fact' &&
        !aboutFiling &&
        !/(?:或|\bor\b)[^,.;]{0,20}$/i.test(s.slice(0, m.index)) && // "…或已完成验证": an alternative
        !L.INSTRUCTION.test(before + s.slice(0, m.index)) &&
        !/待|需要/.test(s.slice(Math.max(0, m.index - 6), m.index)) &&
        !/(?:没|未)[^,.;]{0,6}$/.test(s.slice(Math.max(0, m.index - 8), m.index)) // "还没全部核验完成"
      )
        // all done only when it says so (全部, both…) or names the next step (提交管局…); else maybe only one's own
        // part, and always when the reader speaks of their own part ("我的核验通过了，等管局审核")
        add('verified', c, m, {
          weak:
            !L.ALL.test(s) &&
            (L.OWN_PART.test(s.slice(Math.max(0, m.index - 16), m.index + m[0].length)) ||
              !/管局|bureau|administration/i.test(around(c))),
        });
    }

    if (
      (m = find(ALL_DONE_VERIFY, s)) &&
      T.verifyish &&
      !L.FIRST_STAGE.test(s) &&
      !L.BUREAU.test(s.slice(0, m.index)) &&
      stance(s, m.index, m[0].length) === 'fact' // "还没全部核验完成", "全部核验完成后…"
    )
      add('verified', c, m);

    // The provider's first review.
    if ((m = find(FIRST_IN_REVIEW, s)) && !T.police && !L.BUREAU.test(m[0])) add('first-review', c, m);
    else if ((m = find(L.IN_REVIEW, s)) && T.police) add('police-filing', c, m);
    else if ((m = find(L.IN_REVIEW, s)) && (L.FIRST_STAGE.test(s) || !T.bureau) && !L.BUREAU.test(s))
      add('first-review', c, m);
    else if ((m = find(L.PHONE_CALL, s)) && T.reviewish && !L.BUREAU.test(s)) add('first-review', c, m, { weak: true });
    if ((m = find(L.MATERIALS, s)) && stance(s, m.index, m[0].length) !== 'condition') add('materials-needed', c, m);

    // Submitted to the 管局, or under its review.
    if (
      (m = find(L.SUBMIT, s)) &&
      L.BUREAU.test(s.slice(m.index, m.index + m[0].length + 60)) &&
      stance(s, m.index, m[0].length) === 'fact' &&
      !stepNotReached(text, c.at + m.index, m[0].length)
    )
      add('submitted-to-bureau', c, m);
    else if ((m = find(L.IN_REVIEW, s)) && L.BUREAU.test(s) && stance(s, m.index, m[0].length) === 'fact')
      add('submitted-to-bureau', c, m);

    // Passed: the provider's 初审, the 管局, the SMS step or the 公安 filing, by what the clause names. A bracketed
    // aside is read apart: "已通过管局审核（初审由阿里云完成）" is the 管局's pass, "待提交（初审已通过）" the 初审's.
    if ((m = find(L.PASS, s)) || (m = find(L.PASS_BARE, s))) {
      const { own, at } = ownPart(s, m.index);
      const st = timeCondition ? 'condition' : stance(own, at, m[0].length);
      const rest = own.slice(at + m[0].length);
      // the submission to the 管局 still to come, later in the clause or the next sentence ("审核通过，即将提交至
      // 通信管理局", "审核通过，待提交管局", "…approved. It will be submitted to the bureau"): the provider passed it
      const submittedLater = L.SUBMIT.test(rest) || (!L.BUREAU.test(own) && !L.VERIFY.test(own) && submitsLater(c));
      const via = /通过$/.test(m[0]) && L.VIA.test(rest) && !L.REVIEW_WORD.test(rest);
      // a licence (增值电信业务经营许可证) granted is not a filing approved
      const licence = /许可证|经营许可|licen[cs]e/i.test(s);
      if (st === 'fact' && !via && !licence) {
        // the statement's own words name its stage; an aside only when they name none
        const stageOf = (x: string): EventKind | undefined =>
          L.POLICE.test(x)
            ? 'police-filing'
            : L.FIRST_STAGE.test(x)
              ? 'first-review-passed'
              : L.BUREAU.test(x)
                ? 'approved'
                : undefined;
        const stage = submittedLater ? 'first-review-passed' : (stageOf(own) ?? stageOf(s));
        if (stage === 'police-filing' || stage === 'first-review-passed') add(stage, c, m);
        else if (stage === 'approved' || fromBureau) add('approved', c, m);
        else if (L.VERIFY.test(s) && !/备案(?:申请|订单)?已?(?:审核)?通过/.test(s)) {
          /* the SMS step: handled above */
        } else if (ALL_DONE_WORDS.test(s)) add('approved', c, m);
        else if (/审核|审批|备案|approved|review/i.test(s)) add('approved', c, m, { weak: true });
      }
    }
    if (timeCondition) {
      /* "管局审核通过之后，备案号是…": what follows a time condition is not granted yet */
    } else if ((m = find(GRANTED_NUMBER, s)) && stance(s, m.index, m[0].length) === 'fact' && !L.POLICE.test(s))
      add('approved', c, m);
    else if (
      (m = find(FILING_DONE_EN, s)) &&
      !L.POLICE.test(s) &&
      !L.INSTRUCTION.test(before + s.slice(0, m.index)) &&
      stance(s, m.index, m[0].length) === 'fact'
    )
      add('approved', c, m, { weak: !T.number });
    else if ((m = find(LABELLED_NUMBER, s)) && !L.POLICE.test(s) && stance(s, m.index, m[0].length) === 'fact')
      add('approved', c, m, { weak: true });

    // Turned down: by the provider (驳回, 初审) or the 管局 (退回, 管局审核不通过).
    // (a return by the ministry's system, the filing system or a 管局 is a return whatever the word: "已被工信部系统驳回")
    const official = L.OFFICIAL_RETURN.test(s);
    // a turn-down that names no stage ("驳回原因：…" after "已被管局驳回") restates the one stated before it
    const restated =
      !official && !fromBureau && !L.FIRST_STAGE.test(s) && !L.BUREAU.test(s) ? lastTurnDown(out, c.at) : undefined;
    if ((m = find(L.RETURN, s)) && stance(s, m.index, m[0].length) === 'fact') {
      add(
        restated ?? (L.FIRST_STAGE.test(s) && !L.BUREAU.test(s) && !fromBureau && !official ? 'rejected' : 'returned'),
        c,
        m,
      );
    } else if ((m = find(L.REJECT, s)) && stance(s, m.index, m[0].length) === 'fact') {
      if (
        /[未没]/.test(m[0]) &&
        L.NOT_YET_BEFORE.test(s.slice(Math.max(0, m.index - 4), m.index)) &&
        !L.FAILURE_NAMED.test(aroundNext(c))
      ) {
        // "尚未通过", "还没通过": still under review, not turned down; its stage only when the sentence names one
        const sentence = around(c);
        if (L.BUREAU.test(sentence) || fromBureau) add('submitted-to-bureau', c, m);
        else if (L.FIRST_STAGE.test(sentence)) add('first-review', c, m);
      } else if (L.POLICE.test(s)) add('police-filing', c, m);
      else if (/核查|抽查/.test(s)) add('info-check', c, m);
      else if (/photo|picture|video|image|backdrop|verification form/i.test(s)) add('materials-needed', c, m);
      else if (L.VERIFY.test(s) && !L.FIRST_STAGE.test(s) && !L.BUREAU.test(s) && !/驳回/.test(m[0]))
        add('failed-retry', c, m, { weak: true });
      else if (/照片|视频|幕布|核验单/.test(s))
        add('materials-needed', c, m); // the photo or video was not accepted
      else if (restated) add(restated, c, m);
      else if (/驳回|rejected/i.test(m[0]))
        add(official || ((L.BUREAU.test(s) || fromBureau) && !L.FIRST_STAGE.test(s)) ? 'returned' : 'rejected', c, m);
      // a provider's own notice ("【西部数码】您的备案资料审核未通过") that names no 管局: its 初审 turned it down
      else
        add(
          L.FIRST_STAGE.test(s) || (providerTagged(text, c.at) && !L.BUREAU.test(around(c))) ? 'rejected' : 'returned',
          c,
          m,
        );
    }

    // After approval.
    if ((m = find(L.SHELL, s)) && !/不是空壳|非空壳|避免/.test(s)) add('shell-warning', c, m);
    if ((m = find(L.ACCESS_CANCEL, s)) && stance(s, m.index, m[0].length) !== 'condition') add('access-cancel', c, m);
    if (
      ((m = find(CANCELLED_DONE, s)) || (m = find(L.CANCELLED_EN, s))) &&
      !/\baccess/i.test(s.slice(Math.max(0, m.index - 8), m.index + m[0].length)) && // "access cancellation": 取消接入
      stance(s, m.index, m[0].length) === 'fact'
    )
      add('cancelled', c, m);
    if ((m = find(L.INFO_CHECK, s)) && stance(s, m.index, m[0].length) !== 'condition')
      add('info-check', c, m, { weak: !/核查|抽查|专项|更新|过期|到期/.test(m[0]) });
    if ((m = find(POLICE_EVENT, s)) && stance(s, m.index, m[0].length) !== 'condition')
      add('police-filing', c, m, { weak: !POLICE_DONE.test(s) });
  }
  // A code the reader retells ("验证码 530921", no SMS of the ministry pasted: no tag, no link) next to what the
  // verification page said: the page's result is the news, not the SMS.
  const smsEvent = out.find((e) => e.kind === 'miit-sms');
  if (smsEvent && !MIIT_SMS_MARK.test(text) && out.some((e) => !e.weak && PAGE_RESULT.has(e.kind)))
    smsEvent.weak = true;
  return out.sort((a, b) => a.at - b.at);
}

/** The marks of the ministry's SMS itself, pasted: its tag or its link. */
const MIIT_SMS_MARK = /\[(?:工业和信息化部|工信部)|beian\.miit\.gov\.cn/;
/** What the verification page answers, after the SMS. */
const PAGE_RESULT: ReadonlySet<EventKind> = new Set<EventKind>([
  'code-expired',
  'code-wrong',
  'failed-contact-provider',
  'failed-wrong-info',
  'failed-retry',
  'no-record',
  'already-verified',
]);

/**
 * The line holding `at` opens with a sender's tag that is neither the ministry nor a 管局 ([西部数码], [阿里云]): a
 * provider's own notice.
 */
function providerTagged(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const tag = /^\s?\[([^\]]{1,20})\]/.exec(text.slice(start, start + 24));
  return !!tag && !L.BUREAU.test(tag[1]!) && !L.MINISTRY_TAG.test(tag[1]!) && !/备案|ICP/i.test(tag[1]!);
}

/** The kind of the last turn-down (a 管局's return or a provider's rejection) stated before `at`, if any. */
function lastTurnDown(out: readonly Event[], at: number): 'returned' | 'rejected' | undefined {
  let found: Event | undefined;
  for (const e of out)
    if ((e.kind === 'returned' || e.kind === 'rejected') && e.at < at && (!found || e.at > found.at)) found = e;
  return found?.kind as 'returned' | 'rejected' | undefined;
}

/**
 * Where each line starts, and whether it opens with a bureau's tag ([江苏省通信管理局]…), in order.
 *
 * @example
 * lineTags('[广东省通信管理局]已通过\n[阿里云]好') // [[0, true], [15, false]]
 */
export function lineTags(text: string): [number, boolean][] {
  const out: [number, boolean][] = [];
  let at = 0;
  while (at <= text.length && out.length < 10_000) {
    const end = text.indexOf('\n', at);
    const head = text.slice(at, Math.min(at + 24, end === -1 ? text.length : end));
    const tag = /^\s?\[([^\]]{1,20})\]/.exec(head);
    out.push([at, !!tag && L.BUREAU.test(tag[1]!)]);
    if (end === -1) break;
    at = end + 1;
  }
  return out;
}

/** A status after a step's name in a progress list saying it has not been reached (待提交, 未开始, —). */
const NOT_REACHED = /^[\s,:]{0,3}(?:待提交|未提交|未开始|待处理|未进行|未完成|[-—–×✗○](?=\s?(?:$|\n|,|;)))/;

/**
 * A step named bare in a progress list ("提交管局 待提交") and marked as not reached: the name is a label, not a
 * statement. `at`, `length`: where the step's name stands in `text`.
 */
function stepNotReached(text: string, at: number, length: number): boolean {
  if (/(?:已|已经|了)$/.test(text.slice(Math.max(0, at - 2), at)) || /^了/.test(text.slice(at + length))) return false;
  const rest = text.slice(at + length, at + length + 40);
  const bureau = /^[^,.;\n]{0,12}?(?:管局|通管局|通信管理局)/.exec(rest);
  return NOT_REACHED.test(rest.slice(bureau ? bureau[0].length : 0));
}

/** Index of the clause that holds position `at` (binary search over clause starts). */
function clauseAt(all: readonly Clause[], at: number): number {
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (all[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

for (const re of [
  CLAUSE_CONDITION,
  FIRST_IN_REVIEW,
  GRANTED_NUMBER,
  LABELLED_NUMBER,
  ALL_DONE_WORDS,
  FILING_DONE_EN,
  OTHERS_WAIT,
  CANCELLED_DONE,
  ALL_DONE_VERIFY,
  POLICE_EVENT,
  OTHERS_EN,
  REASON_START,
])
  addPairs(re.source);
