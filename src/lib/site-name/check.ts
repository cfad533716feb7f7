/**
 * 网站名称自查, the core: every rule about the 网站名称 field of a filing, as pure functions. No DOM, no storage,
 * nothing throws. The island imports this file directly (not the barrel), so that it does not bundle the province
 * data; the province look-up is done by `checkSiteName` in ./index.ts, or by the page that renders the island.
 */
import type { LegacyFieldCheck as FieldCheck } from '../verification/types';
import { type Hit, Matcher, foldChar } from './match';
import { WORD_LISTS, type WordList } from './words';

/**
 * 个人 or 单位 (the filing subject).
 *
 * @example
 * const s: Subject = 'personal';
 */
export type Subject = 'personal' | 'organisation';

/**
 * One province's extra words for site names, from src/lib/provinces (rules of topic '网站名称额外限制').
 *
 * @example
 * const w: ProvinceWords = { province: '浙江', slug: 'zhejiang', appliesTo: '个人', words: ['导航'],
 *   source: { title: '某接入商的浙江备案规则', url: 'https://example.cn/zj' } };
 */
export type ProvinceWords = {
  province: string;
  slug: string;
  appliesTo: '个人' | '单位' | '全部';
  words: readonly string[];
  source: { title: string; url: string };
};

/**
 * Options of `checkName`: the subject, and the extra words of the filing's province if any.
 *
 * @example
 * const o: NameCheckOptions = { subject: 'organisation' };
 */
export type NameCheckOptions = { subject: Subject; province?: readonly ProvinceWords[] };

/**
 * Longest input (UTF-16 code units) analysed at all; longer text is refused as "not a name" before any scan.
 *
 * @example
 * checkName('网'.repeat(MAX_NAME + 1), { subject: 'personal' }).errors[0].startsWith('内容太长') // true
 */
export const MAX_NAME = 100;

/**
 * The guide page on sectors that need 前置审批, linked from the messages about regulated words.
 *
 * @example
 * PRE_APPROVAL_PATH // '/guide/pre-approval/'
 */
export const PRE_APPROVAL_PATH = '/guide/pre-approval/';

/**
 * The page of one province (its 管局's rules), linked from the messages about its words.
 *
 * @example
 * provincePath('zhejiang') // '/provinces/zhejiang/'
 */
export function provincePath(slug: string): string {
  return `/provinces/${slug}/`;
}

const GLOBAL = new Matcher<number>(WORD_LISTS.flatMap((list, i) => list.words.map((w) => [w, i] as const)));
const PROVINCE_MATCHERS = new WeakMap<ProvinceWords, Matcher<number>>();

const HAN = /\p{Script=Han}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Joiners and separators people put in names; not "special symbols". */
const PLAIN_PUNCT = new Set([' ', '-', '_', '·', '・', '.']);
const SPACE = /[\s\u3000]/u;
const WHOLE_DOMAIN =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[a-z0-9\p{Script=Han}-]+\.)+(?:[a-z]{2,}|中国|公司|网络|政务|公益)(?::\d+)?(?:[/?#]\S*)?$/u;
const DOMAIN_INSIDE =
  /(?:https?:\/\/|www\.)[^\s\p{Script=Han}]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|top|xyz|cc|site|vip|info|io|me|tech|online|club|shop|wang|ltd|ink|fun|co|tv|中国|公司|网络)(?![a-z0-9])/u;

const EXAMPLES: Record<Subject, string> = {
  personal: '例如“小林的摄影作品集”“前端学习笔记”这样说明内容的名称',
  organisation: '例如用单位名称或简称，加上网站内容（如“某某科技产品介绍”）',
};

const q = (s: string) => `“${s}”`;

/** “中國”（即“中国”） when typed differently, otherwise “中国”; distinct, in order of appearance. */
function shown(hits: Hit<unknown>[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of hits) {
    const key = h.typed + '|' + h.word;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h.typed === h.word ? q(h.word) : `${q(h.typed)}（即${q(h.word)}）`);
  }
  return out.join('');
}

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/**
 * A concrete fix: the name without every problematic part (all lists, symbols, domain), when what is left is still
 * a usable name; otherwise the subject's generic example. The same for every message of one name, so that no
 * suggestion carries another problem.
 */
function fix(value: string, parts: string[], subject: Subject): string {
  let rest = value;
  for (const p of parts) if (p) rest = rest.split(p).join('');
  rest = rest
    .replace(/\s+/g, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .replace(/^[\s\-_·・.]+|[\s\-_·・.]+$/g, '');
  if (rest !== value && hanCount(rest) >= 3 && !/[的之]$/.test(rest)) return `，例如改成${q(rest)}`;
  return `，${EXAMPLES[subject]}`;
}

/** The message for the hits of one word list; `ex` is the concrete fix for the whole name (see `fix`). */
function listMessage(list: WordList, hits: Hit<number>[], ex: string, subject: Subject): string {
  const w = shown(hits);
  const these = hits.length > 1 ? '这些词' : '这个词';
  switch (list.id) {
    case 'national':
      return subject === 'personal'
        ? `名称含${w}：个人网站不能使用“中国”“中华”“国家”“中央”“全国”“人民”这类字样，各地管局都这样规定，接入商初审就会驳回。请去掉${these}${ex}。`
        : `名称含${w}：不是国家机关的单位，网站名称不能使用“中国”“中华”“国家”“中央”“全国”“人民”这类字样，各地管局都会退回。请去掉${these}${ex}；只有国家机关，或登记名称本身就带这些字的单位，才能用单位名称命名，提交前请先向接入商确认。`;
    case 'illegal':
      return `名称含${w}：带赌博、彩票、色情或“反腐”“廉政”这类违法或敏感字样的名称，管局不予备案，接入商初审就会驳回。请换一个不含这类字样、与网站实际内容相符的名称，${EXAMPLES[subject]}。`;
    case 'organisation':
      return `名称含${w}：腾讯云、华为云的命名要求都写明，个人网站名称不能带公司、企业、组织一类字样，多数管局会退回；“工作室”“官网”也常在各省的个人网站限制词里。如果网站属于单位，请以单位为主体备案；个人网站请去掉${these}${ex}。`;
    case 'interactive':
      return subject === 'personal'
        ? `名称含${w}：个人网站不能开论坛、社区、留言这类交互服务，名称带这类字样常被接入商初审驳回（青云的命名规则写明个人网站名称禁止带博客、论坛、在线、社区、交流，华为云也把“博客”列为个人网站禁用词）。请换成说明内容的词${ex}。`
        : `名称含${w}：不少管局不接受名称带论坛、社区、在线、交流等字样，除非已为这类交互服务办好相关审批（青云的命名规则）。网站没有这类功能就去掉${these}${ex}；确有这类功能，请先向接入商确认所在省份的要求。`;
    case 'commercial':
      return `名称含${w}：个人备案只用于非经营性的个人网站，商城、购物、平台一类字样会被看作经营或平台服务，接入商初审和管局常会驳回（青云：个人网站不能涉及经营行为；不少省份把这些词列为个人网站限制词）。要开网店或做平台，请以单位为主体备案；个人网站请去掉${these}${ex}。`;
    case 'regulated':
      return `名称含${w}：看起来是${list.sector}类信息服务。按《互联网信息服务管理办法》第五条等规定，这类服务要先取得主管部门的前置审批，没有审批文件时接入商初审会驳回、管局会退回（华为云把${list.sector}列为需要前置审批的行业）。网站并不提供这类服务就去掉${these}${ex}；确实提供，请先办好前置审批，见 ${PRE_APPROVAL_PATH}`;
  }
}

function provinceMessage(p: ProvinceWords, hits: Hit<number>[], ex: string): string {
  const who = p.appliesTo === '个人' ? '个人网站的' : p.appliesTo === '单位' ? '单位网站的' : '';
  const these = hits.length > 1 ? '这些词' : '这个词';
  return `名称含${shown(hits)}：${p.province}管局对${who}网站名称另有限制，不接受${these}（依据：${p.source.title}）。请去掉${these}${ex}。${p.province}的其他要求见 ${provincePath(p.slug)}`;
}

/** The first domain or URL inside the name, as typed (folded text is matched, original text returned). */
function findDomain(folded: string[], chars: string[]): string | null {
  const starts: number[] = [];
  let joined = '';
  for (const f of folded) {
    starts.push(joined.length);
    joined += f;
  }
  const m = DOMAIN_INSIDE.exec(joined);
  if (!m) return null;
  const from = starts.findIndex((s) => s >= m.index);
  let to = starts.findIndex((s) => s >= m.index + m[0].length);
  if (to < 0) to = chars.length;
  return chars.slice(from, to).join('');
}

function provinceMatcher(p: ProvinceWords): Matcher<number> {
  let m = PROVINCE_MATCHERS.get(p);
  if (!m) PROVINCE_MATCHERS.set(p, (m = new Matcher((p.words ?? []).map((w) => [w, 0] as const))));
  return m;
}

/**
 * Check a 网站名称 before it is submitted: what every 管局 refuses (errors) and what many 管局 or 接入商 refuse
 * (warnings), each message saying why, who refuses it and what to write instead. Traditional characters and
 * full-width letters and digits are recognised (中國 is caught as 中国).
 *
 * @param name the name as typed or pasted
 * @param opts `subject`: 个人 ('personal') or 单位 ('organisation'); `province`: extra words of the filing's province
 * @example
 * checkName('小林的摄影作品集', { subject: 'personal' }).ok // true
 * checkName('中國美食笔记', { subject: 'personal' }).errors[0].startsWith('名称含“中國”（即“中国”）') // true
 * checkName('example.com', { subject: 'organisation' }).ok // false
 * checkName('技术交流论坛', { subject: 'personal' }).warnings.length // 1
 */
export function checkName(name: string, opts: NameCheckOptions): FieldCheck {
  const raw = typeof name === 'string' ? name : '';
  const subject: Subject = opts?.subject === 'organisation' ? 'organisation' : 'personal';
  if (raw.length > MAX_NAME) {
    return {
      ok: false,
      value: '',
      errors: [`内容太长（${raw.length} 个字符）：这里只填网站名称本身，一般是十个字左右。请只粘贴名称。`],
      warnings: [],
    };
  }
  const value = raw.replace(/\u3000/g, '').trim();
  const errors: string[] = [];
  const warnings: string[] = [];
  const done = () => ({ ok: errors.length === 0, value, errors, warnings });
  if (value === '') {
    errors.push(
      '网站名称还没有填写：这是备案表单的必填项，接入商不会受理空的名称。请写一个说明网站内容、至少 3 个汉字的名称，例如“小林的摄影作品集”。',
    );
    return done();
  }

  const chars = Array.from(value);
  const folded = chars.map(foldChar);
  const compact = folded.filter((c) => !SPACE.test(c)).join('');
  const han = hanCount(value);

  if (WHOLE_DOMAIN.test(compact)) {
    errors.push(
      `${q(value)}是域名（网址），不能直接作网站名称：各地管局都要求名称说明网站内容，接入商初审就会驳回。请写一个说明网站内容的中文名称，${EXAMPLES[subject]}。`,
    );
    return done();
  }
  if (han === 0) {
    errors.push(
      `${q(value)}没有汉字：管局不接受纯数字、纯字母或只有符号的网站名称（腾讯云、华为云的命名要求都这样写），接入商初审就会驳回。请改成说明网站内容的中文名称，${EXAMPLES[subject]}。`,
    );
  }

  const byList = new Map<number, Hit<number>[]>();
  for (const h of GLOBAL.scan(folded, chars)) {
    const list = WORD_LISTS[h.tag]!;
    if (!list.subjects.includes(subject)) continue;
    const hits = byList.get(h.tag);
    if (hits) hits.push(h);
    else byList.set(h.tag, [h]);
  }
  const provinceHits: [ProvinceWords, Hit<number>[]][] = [];
  for (const p of opts?.province ?? []) {
    if ((p.appliesTo === '个人' && subject !== 'personal') || (p.appliesTo === '单位' && subject !== 'organisation'))
      continue;
    const hits = provinceMatcher(p).scan(folded, chars);
    if (hits.length) provinceHits.push([p, hits]);
  }
  const domain = han > 0 ? findDomain(folded, chars) : null;
  const emoji: string[] = [];
  const symbols: string[] = [];
  for (const c of chars) {
    if (HAN.test(c) || LETTER_OR_NUMBER.test(c) || PLAIN_PUNCT.has(c) || SPACE.test(c)) continue;
    const bucket = EMOJI.test(c) ? emoji : symbols;
    if (!bucket.includes(c)) bucket.push(c);
  }

  const parts = [
    ...[...byList.values(), ...provinceHits.map(([, h]) => h)].flat().map((h) => h.typed),
    ...(domain ? [domain] : []),
    ...emoji,
    ...symbols,
  ];
  const ex = fix(value, parts, subject);

  for (const [i, hits] of [...byList].sort((a, b) => a[0] - b[0])) {
    const list = WORD_LISTS[i]!;
    (list.level === 'error' ? errors : warnings).push(listMessage(list, hits, ex, subject));
  }
  for (const [p, hits] of provinceHits) warnings.push(provinceMessage(p, hits, ex));
  if (domain) {
    warnings.push(
      `名称里夹带了域名${q(domain)}：网站名称不能是域名，多数接入商也不接受名称里带网址（腾讯云：个人网站名称不能是域名）。请删掉它${ex}。`,
    );
  }
  const few = (list: string[]) => list.slice(0, 5).map(q).join('');
  if (emoji.length) {
    warnings.push(
      `名称含表情符号${few(emoji)}：网站名称只能用文字，腾讯云的命名要求写明名称不能含特殊符号，带表情的名称会被驳回。请删掉${ex}。`,
    );
  }
  if (symbols.length) {
    warnings.push(
      `名称含特殊符号${few(symbols)}：腾讯云的命名要求写明网站名称不能含特殊符号，多数接入商只接受汉字、字母和数字。请删掉这些符号${ex}。`,
    );
  }

  if (han > 0 && han < 3) {
    warnings.push(
      `名称只有 ${han} 个汉字：腾讯云、华为云都要求网站名称至少 3 个字，太短也看不出网站是做什么的，常被驳回。请把网站的内容或主人写进名称，凑足 3 个以上汉字，例如${q((subject === 'personal' ? '小林的' : '某某科技') + value)}。`,
    );
  }
  return done();
}
