/**
 * 网站名称自查, the core: every rule about the 网站名称 field of a filing, as pure functions. No DOM, no storage,
 * nothing throws, no sentences: findings are codes (./codes.ts) that the dictionary (src/i18n) words. The island
 * imports this file directly (not the barrel), so that it does not bundle the province data; the province look-up is
 * done by `checkSiteName` in ./index.ts, or by the page that renders the island.
 */
import { issue } from '../issues';
import type { ProvinceRule } from '../provinces/schema';
import { PAGES, provincePath } from '../routes';
import type { Sector, SiteNameCode, SiteNameIssue, SiteNameVerdict, WordHit } from './codes';
import { type Hit, Matcher, foldChar } from './match';
import { fillFormat, matchFormat } from './format';
import { type Cut, rename } from './rename';
import {
  APPLIES_TO,
  ARTICLE_5_SECTORS,
  COUNTRY_CHARS,
  COUNTRY_END,
  GENERIC_WORDS,
  LONG_PERSONAL_NAME,
  WORD_LISTS,
  type WordList,
} from './words-data';

/**
 * 个人 or 单位 (the filing subject).
 *
 * @example
 * const s: Subject = 'personal';
 */
export type Subject = 'personal' | 'organisation';

/**
 * One province rule about site names, from src/lib/provinces (rules of topic '网站名称额外限制'): words it refuses,
 * or the formats it prescribes.
 *
 * @example
 * const w: ProvinceWords = { province: '浙江', slug: 'zhejiang', appliesTo: '个人', words: ['导航'],
 *   source: { title: '某接入商的浙江备案规则', url: 'https://example.cn/zj' } };
 */
export type ProvinceWords = {
  province: string;
  slug: string;
  appliesTo: ProvinceRule['appliesTo'];
  words: readonly string[];
  /** The only forms a name may take (`*` = the part the filer chooses), when the rule prescribes a format. */
  formats?: readonly string[];
  /**
   * The rule's source. A page in another language shows `title` translated, with `original` the source's own title
   * and `lang` the language of an untranslated title (set by the tool's wrapper, src/i18n/sources.ts).
   */
  source: { title: string; url: string; lang?: string; original?: string };
};

/**
 * Options of `checkName`: the subject, the rules of the filing's province if any, and the place names to recognise
 * in a personal site's name (./places-data.ts; passed in so that the island does not bundle them).
 *
 * @example
 * const o: NameCheckOptions = { subject: 'organisation' };
 */
export type NameCheckOptions = {
  subject: Subject;
  province?: readonly ProvinceWords[];
  places?: readonly string[];
};

/**
 * Longest input (UTF-16 code units) analysed at all; longer text is refused as "not a name" before any scan.
 *
 * @example
 * checkName('网'.repeat(MAX_NAME + 1), { subject: 'personal' }).errors[0].code // 'name.tooLong'
 */
export const MAX_NAME = 100;

const GENERIC_BY_LENGTH = [...GENERIC_WORDS].sort((a, b) => Array.from(b).length - Array.from(a).length);
const GLOBAL = new Matcher<number>(WORD_LISTS.flatMap((list, i) => list.words.map((w) => [w, i] as const)));
const PROVINCE_MATCHERS = new WeakMap<ProvinceWords, Matcher<number>>();
const PLACE_MATCHERS = new WeakMap<readonly string[], Matcher<number>>();

const HAN = /\p{Script=Han}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Joiners and separators people put in names; not "special symbols". */
const PLAIN_PUNCT = new Set([' ', '-', '_', '·', '・', '.']);
const SPACE = /[\s\u3000]/u;
/** A space between two 汉字 (艾克米 科技): Chinese is written without them; next to letters or digits it is spacing. */
const HAN_SPACE_HAN = /(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu;
const WHOLE_DOMAIN =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[a-z0-9\p{Script=Han}-]+\.)+(?:[a-z]{2,}|中国|公司|网络|政务|公益)(?::\d+)?(?:[/?#]\S*)?$/u;
const DOMAIN_INSIDE =
  /(?:https?:\/\/|www\.)[^\s\p{Script=Han}]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|top|xyz|cc|site|vip|info|io|me|tech|online|club|shop|wang|ltd|ink|fun|co|tv|中国|公司|网络)(?![a-z0-9])/u;

/** The words of some hits as typed and as listed, each pair once, in order of appearance. */
function distinct(hits: readonly Hit<unknown>[]): WordHit[] {
  const seen = new Set<string>();
  const out: WordHit[] = [];
  for (const h of hits) {
    const key = h.typed + '|' + h.word;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ typed: h.typed, word: h.word });
  }
  return out;
}

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/** A finding about some listed words. */
function found(
  code: SiteNameCode,
  hits: readonly Hit<unknown>[],
  rest: Omit<SiteNameIssue, 'code'> = {},
): SiteNameIssue {
  return { ...issue(code, rest.params), hits: distinct(hits), ...(rest.link ? { link: rest.link } : {}) };
}

/** The code of the finding for the hits of one word list. */
function listCode(list: WordList, subject: Subject): SiteNameCode {
  switch (list.id) {
    case 'national':
      return subject === 'personal' ? 'national.personal' : 'national.organisation';
    case 'interactive':
      return subject === 'personal' ? 'interactive.personal' : 'interactive.organisation';
    default:
      return list.id;
  }
}

/** The first domain or URL inside the name: as typed (folded text is matched, original text returned) and where. */
function findDomain(folded: string[], chars: string[]): (Cut & { text: string }) | null {
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
  return { from, to, text: chars.slice(from, to).join('') };
}

function placeMatcher(places: readonly string[]): Matcher<number> {
  let m = PLACE_MATCHERS.get(places);
  if (!m) PLACE_MATCHERS.set(places, (m = new Matcher(places.filter((w) => typeof w === 'string').map((w) => [w, 0]))));
  return m;
}

function provinceMatcher(p: ProvinceWords): Matcher<number> {
  let m = PROVINCE_MATCHERS.get(p);
  if (!m) PROVINCE_MATCHERS.set(p, (m = new Matcher((p.words ?? []).map((w) => [w, 0] as const))));
  return m;
}

/** The 汉字 of a name (folded) are generic words only (个人网站, 我的主页): it says nothing of the content. */
function onlyGeneric(han: readonly string[]): boolean {
  let i = 0;
  while (i < han.length) {
    let step = 0;
    for (const w of GENERIC_BY_LENGTH) {
      const wc = Array.from(w);
      if (wc.every((c, j) => han[i + j] === c)) {
        step = wc.length;
        break;
      }
    }
    if (step === 0) return false;
    i += step;
  }
  return han.length > 0;
}

/** Nothing to say about it: no error, no warning. */
const isClean = (v: SiteNameVerdict) => v.errors.length === 0 && v.warnings.length === 0;

/** At most five distinct characters as typed, as the hits of a finding about symbols. */
const few = (list: string[]): WordHit[] => list.slice(0, 5).map((c) => ({ typed: c, word: c }));

/**
 * Check a 网站名称 before it is submitted: what every 管局 refuses (errors) and what many 管局 or 接入商 refuse
 * (warnings), as codes with the words found, and how to fix the name (`suggestion` or `pattern`). Traditional
 * characters and full-width letters and digits are recognised (中國 is caught as 中国).
 *
 * @param name the name as typed or pasted
 * @param opts `subject`: 个人 ('personal') or 单位 ('organisation'); `province`: extra words of the filing's province
 * @example
 * checkName('小林的摄影作品集', { subject: 'personal' }).ok // true
 * checkName('中國美食笔记', { subject: 'personal' }).errors[0].hits // [{ typed: '中國', word: '中国' }]
 * checkName('example.com', { subject: 'organisation' }).ok // false
 * checkName('技术交流论坛', { subject: 'personal' }).warnings.length // 1
 */
export function checkName(name: string, opts: NameCheckOptions): SiteNameVerdict {
  return run(name, opts, true);
}

/**
 * Whether a province's rule about site names applies to a site of `subject` (most apply to personal sites only).
 *
 * @example
 * ruleApplies({ appliesTo: '个人' }, 'organisation') // false
 */
export function ruleApplies(rule: Pick<ProvinceWords, 'appliesTo'>, subject: Subject): boolean {
  return APPLIES_TO[rule?.appliesTo]?.includes(subject) ?? false;
}

/**
 * The legal basis of a sector's 前置审批: `article5` when 《互联网信息服务管理办法》(国务院令第292号) art. 5 names it
 * (新闻、出版、教育、医疗保健、药品和医疗器械), `ownRules` when the sector has its own rules and licence that art. 5
 * does not name (广播电影电视节目, 文化, 金融: providers ask for them before filing all the same). Anything else:
 * `ownRules` (never claims a law that does not name it).
 *
 * @example
 * sectorBasis('news') // 'article5'
 * sectorBasis('broadcast') // 'ownRules'
 */
export function sectorBasis(sector: Sector): 'article5' | 'ownRules' {
  return ARTICLE_5_SECTORS.includes(sector) ? 'article5' : 'ownRules';
}

/**
 * Who refuses the name as checked: `national` when an error is refused everywhere, `province` when every error is
 * the picked province's own rule (its words or its prescribed format: other provinces may accept the name),
 * `none` when there is no error.
 *
 * @example
 * refusalScope(checkName('中国美食', { subject: 'personal' })) // 'national'
 * refusalScope(checkName('小林的摄影作品集', { subject: 'personal' })) // 'none'
 */
export function refusalScope(verdict: Pick<SiteNameVerdict, 'errors'>): 'none' | 'province' | 'national' {
  const errors = Array.isArray(verdict?.errors) ? verdict.errors : [];
  if (errors.length === 0) return 'none';
  return errors.every((e) => PROVINCE_CODES.includes(e?.code)) ? 'province' : 'national';
}

const PROVINCE_CODES: readonly SiteNameCode[] = ['province.words', 'province.format'];

/** The check; `offer`: look for a rename (and check it: a rename is offered only when it passes). */
function run(name: string, opts: NameCheckOptions, offer: boolean): SiteNameVerdict {
  const raw = typeof name === 'string' ? name : '';
  const subject: Subject = opts?.subject === 'organisation' ? 'organisation' : 'personal';
  if (raw.length > MAX_NAME) {
    return { ok: false, value: '', errors: [issue('name.tooLong', { length: raw.length })], warnings: [] };
  }
  const value = raw.replace(/\u3000/g, '').trim();
  const errors: SiteNameIssue[] = [];
  const warnings: SiteNameIssue[] = [];
  // The province rules that prescribe a format for this subject: the pattern to follow whenever a rename is needed.
  const formatRules = (opts?.province ?? []).flatMap((p, i) =>
    p.formats?.length && ruleApplies(p, subject) ? [[i, p] as const] : [],
  );
  const done = (suggestion?: string): SiteNameVerdict => {
    const out: SiteNameVerdict = { ok: errors.length === 0, value, errors, warnings };
    if (errors.length + warnings.length === 0) return out;
    if (suggestion) return { ...out, suggestion };
    const f = formatRules[0];
    return { ...out, pattern: f ? issue('provinceFormat', { province: f[1].slug, rule: f[0] }) : issue(subject) };
  };
  if (value === '') {
    errors.push(issue('name.empty'));
    return { ok: false, value, errors, warnings };
  }

  const chars = Array.from(value);
  const folded = chars.map(foldChar);
  const compact = folded.filter((c) => !SPACE.test(c)).join('');
  const han = hanCount(value);

  if (WHOLE_DOMAIN.test(compact)) {
    errors.push(issue('name.domain', { value }));
    return done();
  }
  if (han === 0) errors.push(issue('name.noHan', { value }));

  // A name in a prescribed format: the format's own words (博客 of 某某的个人博客) are not held against it.
  const exempt = new Array<boolean>(chars.length).fill(false);
  const missed: (typeof formatRules)[number][] = [];
  for (const rule of formatRules) {
    const m = rule[1].formats!.map((f) => matchFormat(folded, f)).find((x) => x !== null);
    if (!m) missed.push(rule);
    else for (const c of m.fixed) for (let i = c.from; i < c.to; i++) exempt[i] = true;
  }
  const counts = (h: Hit<unknown>) => !exempt.slice(h.at, h.at + Array.from(h.typed).length).every(Boolean);

  const first = chars.findIndex((c) => HAN.test(c) || LETTER_OR_NUMBER.test(c));
  const byList = new Map<number, Hit<number>[]>();
  const nationalInside: Hit<number>[] = [];
  for (const h of GLOBAL.scan(folded, chars)) {
    if (!counts(h)) continue;
    const list = WORD_LISTS[h.tag]!;
    if (!list.subjects.includes(subject)) continue;
    if (list.id === 'national') {
      // 美国家居: 国 ends a country's name. The rule is about what a name begins with; elsewhere it is a warning.
      if (h.at > 0 && folded[h.at] === COUNTRY_END && COUNTRY_CHARS.includes(folded[h.at - 1]!)) continue;
      if (h.at !== first) {
        nationalInside.push(h);
        continue;
      }
    }
    const hits = byList.get(h.tag);
    if (hits) hits.push(h);
    else byList.set(h.tag, [h]);
  }
  const provinceHits: [number, ProvinceWords, Hit<number>[]][] = [];
  (opts?.province ?? []).forEach((p, i) => {
    if (!ruleApplies(p, subject)) return;
    const hits = provinceMatcher(p).scan(folded, chars).filter(counts);
    if (hits.length) provinceHits.push([i, p, hits]);
  });
  const places =
    subject === 'personal' && Array.isArray(opts?.places)
      ? placeMatcher(opts.places).scan(folded, chars).filter(counts)
      : [];
  const domain = han > 0 ? findDomain(folded, chars) : null;
  const emoji: string[] = [];
  const symbols: string[] = [];
  const cuts: Cut[] = domain ? [domain] : [];
  chars.forEach((c, i) => {
    if (HAN.test(c) || LETTER_OR_NUMBER.test(c) || PLAIN_PUNCT.has(c) || SPACE.test(c)) return;
    cuts.push({ from: i, to: i + 1 });
    const bucket = EMOJI.test(c) ? emoji : symbols;
    if (!bucket.includes(c)) bucket.push(c);
  });

  for (const [i, hits] of [...byList].sort((a, b) => a[0] - b[0])) {
    const list = WORD_LISTS[i]!;
    const code = listCode(list, subject);
    const f =
      list.id === 'regulated'
        ? found(code, hits, {
            params: { sector: list.sector!, basis: sectorBasis(list.sector!) },
            link: { href: PAGES.preApproval, page: 'preApproval' },
          })
        : found(code, hits);
    (list.level === 'error' ? errors : warnings).push(f);
  }
  if (nationalInside.length) warnings.unshift(found('national.inside', nationalInside));
  if (places.length) warnings.push(found('place', places));
  // A province's own rule refuses the name for a filer there: an error (its sentence names the province).
  for (const [i, p, hits] of provinceHits) {
    errors.push(
      found('province.words', hits, {
        params: { province: p.slug, rule: i },
        link: { href: provincePath(p.slug), page: 'province' },
      }),
    );
  }
  for (const [i, p] of missed) {
    errors.push({
      ...issue('province.format', { province: p.slug, rule: i }),
      link: { href: provincePath(p.slug), page: 'province' },
    });
  }
  if (domain) warnings.push(issue('domain.inside', { value: domain.text }));
  // Aliyun and Tencent Cloud: a name may not contain special symbols; an emoji is one beyond doubt.
  if (emoji.length) errors.push({ code: 'symbols.emoji', hits: few(emoji) });
  if (symbols.length) warnings.push({ code: 'symbols.special', hits: few(symbols) });
  // No provider's rule we read names spaces (only special symbols); a name is written as the organisation's name or
  // as Chinese text, neither with spaces between 汉字: the same name without them is what to submit.
  const joined = value.replace(HAN_SPACE_HAN, '$1');
  if (joined !== value) warnings.push(issue('name.space'));
  if (han > 0 && han < 3) warnings.push(issue('name.short', { count: han }));
  const length = chars.filter((c) => HAN.test(c) || LETTER_OR_NUMBER.test(c)).length;
  if (subject === 'personal' && length > LONG_PERSONAL_NAME)
    warnings.push(issue('name.long', { length, max: LONG_PERSONAL_NAME }));
  if (han > 0 && !exempt.some(Boolean) && onlyGeneric(folded.filter((c) => HAN.test(c))))
    warnings.push(issue('name.generic', { value }));

  if (!offer || han === 0 || byList.has(WORD_LISTS.findIndex((l) => l.id === 'illegal'))) return done();
  if (joined !== value) {
    // The name without its spaces, renamed if it has other problems.
    const again = run(joined, opts, true);
    return done(isClean(again) ? joined : again.suggestion);
  }
  for (const h of [...byList.values(), nationalInside, places, ...provinceHits.map(([, , h]) => h)].flat())
    cuts.push({ from: h.at, to: h.at + Array.from(h.typed).length });
  // Renames: the name without its problems; where a format is prescribed and not followed, the format with the
  // name's owner (小林的摄影作品集 → 小林的个人博客).
  const owner = /^(.+?)的/u.exec(value)?.[1]?.trim();
  const candidates = missed.length
    ? owner
      ? missed.flatMap(([, p]) => p.formats!.map((f) => fillFormat(f, owner)))
      : []
    : [rename(chars, cuts)];
  return done(candidates.find((c) => c !== undefined && c !== value && isClean(run(c, opts, false))));
}
