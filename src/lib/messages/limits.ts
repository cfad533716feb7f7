/**
 * The time limit a notice sets for its reader ("请于7日内…", "请在3天内重新上传", "15个工作日内", "请于2026年12月20日前恢复
 * 访问", "2026年12月31日前整改，逾期将…", "within 7 days", "before 20 December 2026"), read as a structure: a date, or a
 * count of days, working days or hours, with the words it came from. It is the reader's limit only when the notice
 * asks the reader to act by then (请/须/需/务必/please/must… in the same clause) or says what happens after it
 * (逾期/否则/otherwise… in the same sentence); the time the provider or the 管局 takes ("审核时间 20 个工作日内", "将在
 * 1-2个工作日内完成初审") and a code's validity ("有效期 1 天", "5分钟内有效") are not.
 *
 * A count becomes a day only from the notice's own date (a date stamp that starts a line, a labelled 发送时间/日期, or
 * 自…起 just before the count), never from today: the start day is not counted (《民法典》第二百零一条), and working
 * days follow China's calendar (src/lib/deadlines). Also {@link documentExpiry}: an ID said to expire.
 * Pure, no words (src/i18n words the result), never throws.
 */
import { normalizeText } from '../text';
import { parseChineseNumeral } from '../search/numerals';
import { addDays, parseDay } from '../deadlines/days';
import { addWorkingDays, spansEstimate } from '../deadlines/calendar';
import {
  CONSEQUENCE,
  CONTINUES,
  DIRECTIVE_ONE,
  DIRECTIVE,
  EN_COUNT,
  EN_DATE_LIMIT,
  EN_EXPIRY,
  EN_NUMBERS,
  NOT_READERS,
  NOT_READERS_AFTER,
  NOTICE_DATE_LABEL,
  NOTICE_DATE_LINE,
  PERIOD_START,
  AFTERNOON,
  BARE_CHECK,
  NOT_SMS_STEP,
  SMS_CONTEXT,
  SMS_HOURS,
  SMS_STEP,
  ZH_COUNT,
  ZH_DATE_LIMIT,
  ZH_EXPIRY,
} from './limits-data';

/**
 * A day as a notice writes it: the year only when the notice gives one, the hour (0–24) and minute only when it
 * gives an hour ("12月8日18:00前").
 *
 * @example
 * const d: LimitDate = { year: 2026, month: 12, day: 20 };
 * const t: LimitDate = { month: 12, day: 8, hour: 18, minute: 0 };
 */
export interface LimitDate {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/**
 * A step whose time limit MIIT fixes, found in the clause of a notice's limit: the MIIT SMS verification, 24 hours
 * from receipt. `compared` says how the notice's own limit stands against it: longer (48 小时, 2 天, working days),
 * the same (24 小时, 1 天), shorter (2 小时), or a day that cannot be compared without the hour the SMS came.
 *
 * @example
 * const r: FixedRule = { step: 'miit-sms', hours: 24, compared: 'longer' };
 */
export interface FixedRule {
  step: 'miit-sms';
  hours: number;
  compared: 'longer' | 'same' | 'shorter' | 'date';
}

/**
 * A time limit a notice gives its reader.
 *
 * @example
 * const l: StatedLimit = { unit: 'days', count: 7, words: '请于7日内登录beian.mps.gov.cn办理公安联网备案' };
 */
export interface StatedLimit {
  /** `date`: a day to meet; otherwise a count of calendar days, working days or hours. */
  unit: 'date' | 'days' | 'working-days' | 'hours';
  /** For a count: how many. */
  count?: number;
  /** For `date`: the day (before it, or by its end). */
  date?: LimitDate;
  /** For a count: the notice's own date it runs from (`'YYYY-MM-DD'`), when the notice gives one. */
  from?: string;
  /** For days and working days with `from`: the last day (`'YYYY-MM-DD'`); the start day is not counted. */
  fallsOn?: string;
  /** `fallsOn` counts working days into a year without a State Council holiday notice: an estimate. */
  estimated?: true;
  /** The words the limit was read from (normalised as src/lib/text does). */
  words: string;
  /** The limit is for a step whose limit MIIT fixes: that rule leads, the notice's limit is what the notice says. */
  rule?: FixedRule;
}

/** What ends a clause, a sentence (besides a full stop that is not inside a host name or a date). */
const CLAUSE = ',;!?\n';
const SENTENCE = ';!?\n';

/**
 * A count as a notice or a reader writes it: digits, a Chinese numeral (the site's one reading of numerals,
 * src/lib/search/numerals) or an English number word; undefined for none, a malformed one or zero.
 *
 * @example
 * countOf('七') // 7
 * countOf('十五') // 15
 * countOf('five') // 5
 * countOf('三五') // undefined
 */
export function countOf(s: string): number | undefined {
  if (typeof s !== 'string') return undefined;
  if (/^\d+$/.test(s)) return +s;
  const n = EN_NUMBERS[s.toLowerCase()] ?? parseChineseNumeral(s);
  return n !== undefined && n > 0 ? n : undefined;
}

/** 2026年12月20日, 12月20号, 2026-12-20, 20 December 2026, Dec 20, 2026 → a real day (or undefined). */
function dateOf(s: string): LimitDate | undefined {
  let y: number | undefined;
  let m: number;
  let d: number;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  const zh = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})/.exec(s);
  if (iso) [y, m, d] = [+iso[1]!, +iso[2]!, +iso[3]!];
  else if (zh) [y, m, d] = [zh[1] ? +zh[1] : undefined, +zh[2]!, +zh[3]!];
  else {
    const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?(?:,? (\d{4}))?$/i.exec(s);
    const monthFirst = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/i.exec(s);
    const [day, name, year] = dayFirst
      ? [dayFirst[1], dayFirst[2], dayFirst[3]]
      : monthFirst
        ? [monthFirst[2], monthFirst[1], monthFirst[3]]
        : [];
    if (!day || !name) return undefined;
    m = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
    d = +day;
    y = year ? +year : undefined;
  }
  if (!Number.isInteger(m) || m < 1) return undefined;
  const check = parseDay(`${y ?? 2024}-${pad(m)}-${pad(d)}`); // 2024: a leap year, so 2月29日 without a year stands
  return check ? { ...(y !== undefined ? { year: y } : {}), month: m, day: d } : undefined;
}

/** The day with its hour: 下午5点 → 17:00, 24时 → 24:00; an hour out of range leaves the day alone. */
function withHour(day: LimitDate, part: string | undefined, hour: number, minutes: string | undefined): LimitDate {
  const h = hour < 12 && AFTERNOON.test(part ?? '') ? hour + 12 : hour;
  const minute = minutes ? +minutes : 0;
  return h <= 24 && minute < 60 && !(h === 24 && minute) ? { ...day, hour: h, minute } : day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The notice's own date: one date stamp that starts a line, or one labelled date (发送时间:, Date:). */
function noticeDate(text: string): string | undefined {
  const days = new Set<string>();
  for (const re of [NOTICE_DATE_LINE, NOTICE_DATE_LABEL])
    for (const m of text.matchAll(re)) {
      const d = dateOf(m[1]!);
      if (d?.year !== undefined) days.add(`${d.year}-${pad(d.month)}-${pad(d.day)}`);
    }
  return days.size === 1 ? [...days][0] : undefined;
}

interface Candidate {
  at: number;
  end: number;
  limit: Omit<StatedLimit, 'words'>;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ZH_COUNT)) {
    const count = countOf(m[1]!);
    const unit = m[2] ? 'working-days' : m[3] ? 'hours' : 'days';
    if (count) out.push({ at: m.index, end: m.index + m[0].length, limit: { unit, count } });
  }
  for (const m of text.matchAll(EN_COUNT)) {
    const count = countOf(m[1]!);
    const unit = /^h/i.test(m[3]!) ? 'hours' : m[2] ? 'working-days' : 'days';
    if (count) out.push({ at: m.index, end: m.index + m[0].length, limit: { unit, count } });
  }
  for (const m of text.matchAll(ZH_DATE_LIMIT)) {
    const day = dateOf(m[1] ?? m[6]!);
    const date = day && m[3] ? withHour(day, m[2], +m[3], m[4] ?? m[5]) : day;
    if (date) out.push({ at: m.index, end: m.index + m[0].length, limit: { unit: 'date', date } });
  }
  for (const m of text.matchAll(EN_DATE_LIMIT)) {
    const date = dateOf(m[1]!);
    if (date) out.push({ at: m.index, end: m.index + m[0].length, limit: { unit: 'date', date } });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Whether text[i] ends a clause: one of `stops`, or a full stop that is not inside a host name or a date. */
function isStop(text: string, i: number, stops: string): boolean {
  const c = text[i]!;
  return stops.includes(c) || (c === '.' && !/[a-z0-9]/i.test(text[i + 1] ?? ''));
}

/** Where the clause (stops `CLAUSE`) or sentence (`SENTENCE`) around [at, end) starts and ends. */
function span(text: string, at: number, end: number, stops: string): [number, number] {
  let from = at;
  while (from > 0 && !isStop(text, from - 1, stops)) from--;
  let to = end;
  while (to < text.length && !isStop(text, to, stops)) to++;
  return [from, to];
}

/**
 * The time limit a notice gives its reader, or undefined when it gives none: the first limit the notice asks the
 * reader to meet (see the module comment). With the notice's own date, a count of days or working days also gets the
 * day it falls on.
 *
 * @example
 * statedLimit('【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。')
 * // { unit: 'days', count: 7, words: '请于7日内登录beian.mps.gov.cn办理公安联网备案' }
 * statedLimit('请于2026年12月20日前恢复访问，否则将注销备案。')
 * // { unit: 'date', date: { year: 2026, month: 12, day: 20 }, words: '请于2026年12月20日前恢复访问' }
 * statedLimit('2026-12-10 09:30\n请于7日内办理。') // { unit: 'days', count: 7, from: '2026-12-10', fallsOn: '2026-12-17', words: '请于7日内办理' }
 * statedLimit('通信管理局审核时间 20 个工作日内，请耐心等待。') // undefined
 * statedLimit('请在48小时内完成工信部短信核验') // { unit: 'hours', count: 48, words: '请在48小时内完成工信部短信核验', rule: { step: 'miit-sms', hours: 24, compared: 'longer' } }
 */
export function statedLimit(text: string): StatedLimit | undefined {
  const t = String(typeof text === 'string' ? text : '')
    .split(/\r\n|\r|\n/)
    .map((l) => normalizeText(l))
    .filter(Boolean)
    .join('\n');
  if (t.length > 20_000) return undefined;
  for (const c of candidates(t)) {
    const clause = span(t, c.at, c.end, CLAUSE);
    const to = clause[1];
    let from = clause[0];
    // "请留意短信,并在24小时内完成核验": a clause that goes on from the one before takes its request
    if (from > 1 && CONTINUES.test(t.slice(from, c.at)) && !DIRECTIVE_ONE.test(t.slice(from, c.at)))
      from = span(t, from - 1, from - 1, CLAUSE)[0];
    const before = t.slice(from, c.at);
    const directives = [...before.matchAll(DIRECTIVE)];
    const ask = directives[directives.length - 1];
    const between = ask ? before.slice(ask.index + ask[0].length) : before;
    const after = t.slice(c.end, span(t, c.at, c.end, SENTENCE)[1]);
    if (!ask && !CONSEQUENCE.test(after)) continue;
    if (NOT_READERS.test(between) || NOT_READERS_AFTER.test(t.slice(c.end, c.end + 8))) continue;
    // the words end with their own message: before a sender's tag that opens or closes another ("…核验 beian.miit.gov.cn
    // [工信部ICP备案] [工信部]验证码:918266")
    const tag = t.indexOf('[', c.end);
    const words = t.slice(ask ? from + ask.index : c.at, tag !== -1 && tag < to ? tag : to).trim();
    const limit: StatedLimit = {
      ...c.limit,
      ...fallsOn(t, c),
      words: words.length > 80 ? `${words.slice(0, 80)}…` : words,
    };
    const rule = smsRule(limit, t);
    return rule ? { ...limit, rule } : limit;
  }
  return undefined;
}

/**
 * The MIIT rule for the step a limit is for, when MIIT fixes it: the limit's words are about the MIIT SMS
 * verification (短信核验, 工信部短信, 验证码…; or a bare 核验 in a notice that speaks of an SMS or a code, not the
 * provider's 真实性核验 or 人脸核验), whose code is valid 24 hours from receipt. `text` is the whole notice.
 *
 * @example
 * smsRule({ unit: 'hours', count: 48, words: '请在48小时内完成短信核验' }, '请在48小时内完成短信核验')
 * // { step: 'miit-sms', hours: 24, compared: 'longer' }
 * smsRule({ unit: 'days', count: 7, words: '请于7日内办理公安联网备案' }, '请于7日内办理公安联网备案') // undefined
 */
export function smsRule(limit: StatedLimit, text: string): FixedRule | undefined {
  const words = typeof limit?.words === 'string' ? limit.words : '';
  const notice = typeof text === 'string' ? text : '';
  if (NOT_SMS_STEP.test(words)) return undefined;
  if (!SMS_STEP.test(words) && !(BARE_CHECK.test(words) && SMS_CONTEXT.test(notice))) return undefined;
  const count = limit.count ?? 0;
  const hours = limit.unit === 'hours' ? count : limit.unit === 'days' ? count * 24 : undefined;
  const compared: FixedRule['compared'] =
    limit.unit === 'date'
      ? 'date'
      : limit.unit === 'working-days' || hours! > SMS_HOURS
        ? 'longer'
        : hours === SMS_HOURS
          ? 'same'
          : 'shorter';
  return { step: 'miit-sms', hours: SMS_HOURS, compared };
}

/** The notice's date and the day a count of days or working days falls on. */
function fallsOn(text: string, c: Candidate): Pick<StatedLimit, 'from' | 'fallsOn' | 'estimated'> {
  const { unit, count } = c.limit;
  if (unit === 'date' || !count) return {};
  // 自2026年12月1日起15个工作日内: the period's own start
  const start = PERIOD_START.exec(text.slice(Math.max(0, c.at - 24), c.at));
  const startDay = start && dateOf(start[1]!);
  const from =
    startDay && startDay.year !== undefined
      ? `${startDay.year}-${pad(startDay.month)}-${pad(startDay.day)}`
      : noticeDate(text);
  if (!from) return {};
  if (unit === 'hours' || count > 366 || !parseDay(from)) return { from };
  if (unit === 'days') return { from, fallsOn: addDays(from, count) };
  const last = addWorkingDays(from, count);
  return { from, fallsOn: last, ...(spansEstimate(addDays(from, 1), last) ? { estimated: true as const } : {}) };
}

/**
 * The words that say an ID document (a 负责人's 证件/身份证, a 营业执照…) expires or has expired, from the start of
 * their clause, or undefined (also for "证件未过期").
 *
 * @example
 * documentExpiry('备案已通过。网站负责人证件将于2027年1月过期，请及时更新。') // '网站负责人证件将于2027年1月过期'
 * documentExpiry('证件图片有效期均需大于3个月以上') // undefined
 */
export function documentExpiry(text: string): string | undefined {
  const t = normalizeText(typeof text === 'string' ? text : '');
  if (t.length > 20_000) return undefined;
  const m = ZH_EXPIRY.exec(t) ?? EN_EXPIRY.exec(t);
  if (!m) return undefined;
  const [from] = span(t, m.index, m.index, ',;:!?\n');
  return t.slice(from, m.index + m[0].length).trim();
}
