/**
 * Finding a province from what people type: its name (广东, 广东省), abbreviation (粤; alternative ones like 川),
 * bureau (广东省通信管理局, 广东管局), a number that starts with its abbreviation (粤ICP备…, 京ICP证…, 京公网安备…),
 * its pinyin (guangdong), its English name (Guangdong Province, Tibet) or a city (深圳, Shenzhen, Xi'an). Pure
 * functions over a list passed in, so that an island can search the data its wrapper gave it as props without
 * bundling the province collection. Never throws.
 */
import { toHalfWidth } from '../text/chars';
import { BUREAU_SHORT_SUFFIX, BUREAU_SUFFIX } from './vocabulary-data';

/**
 * What a province is recognised by.
 *
 * @example
 * const k: ProvinceKeys = { slug: 'guangdong', name: '广东', fullName: '广东省', abbr: '粤', altAbbrs: [], cities: ['深圳'] };
 * const x: ProvinceKeys = { ...k, latin: ['Guangdong', 'Guangdong Province'], cityLatin: 'Shenzhen' };
 */
export interface ProvinceKeys {
  slug: string;
  name: string;
  fullName: string;
  abbr: string;
  altAbbrs: readonly string[];
  /** Prefecture-level cities (./cities-data.ts); only the picker's search uses them. */
  cities?: readonly string[];
  /** Names in Latin letters besides the slug: the English name and full name, other names (Tibet). */
  latin?: readonly string[];
  /**
   * How the cities are spelt in Latin letters, in the order of `cities`: `|` between cities, `/` between the
   * spellings of one city ('Guangzhou/Canton|Shaoguan|Shenzhen'; see cities-data.ts CITY_LATIN).
   */
  cityLatin?: string;
}

/**
 * How a query matched: `name` (short or full name), `abbr` (one-character abbreviation), `bureau` (the bureau's
 * name), `number` (a filing number, ICP备), `licence` (an operating licence number: ICP证, B1-, B2-), `police` (a
 * 公安 filing number, 公网安备), each starting with the abbreviation; `slug` (pinyin), `city`.
 *
 * @example
 * const v: MatchedBy = 'city';
 */
export type MatchedBy = 'name' | 'abbr' | 'bureau' | 'number' | 'licence' | 'police' | 'slug' | 'city';

/**
 * One province a query matched, how, and (for `city`) which city, with the Latin spelling that matched when the
 * city was typed in Latin letters.
 *
 * @example
 * const m: ProvinceMatch<ProvinceKeys> = { province: guangdong, by: 'city', city: '深圳', spelled: 'Shenzhen' };
 */
export interface ProvinceMatch<P extends ProvinceKeys> {
  province: P;
  by: MatchedBy;
  city?: string;
  spelled?: string;
}

/**
 * Turns a query into the form the keys are compared in. The default is light enough for islands: full-width
 * letters and digits to ASCII, every space removed, letters upper-cased. src/lib/provinces' findProvince passes the
 * site's full normalisation (traditional characters too).
 *
 * @example
 * const f: Fold = (s) => s.trim();
 */
export type Fold = (query: string) => string;

/** Longest input looked at; anything longer is not a province name, a city or a number. */
const MAX_QUERY = 100;

const lightFold: Fold = (s) => toHalfWidth(s).replace(/\s+/g, '').toUpperCase();

/** What follows the abbreviation in a filing number, a licence number or a public security filing number. */
const NUMBER_TAIL = /^(?:ICP备|ICP证|公网安备|B1-|B2-)/;
/** The kind of number by what follows the abbreviation. */
const NUMBER_KIND: Readonly<Record<string, MatchedBy>> = {
  ICP备: 'number',
  ICP证: 'licence',
  公网安备: 'police',
  'B1-': 'licence',
  'B2-': 'licence',
};

interface Tables<P> {
  keys: Map<string, [P, MatchedBy]>;
  abbrs: Map<string, P>;
}
const cache = new WeakMap<readonly ProvinceKeys[], Tables<ProvinceKeys>>();

function tables<P extends ProvinceKeys>(list: readonly P[]): Tables<P> {
  let t = cache.get(list) as Tables<P> | undefined;
  if (!t) {
    t = { keys: new Map(), abbrs: new Map() };
    for (const p of list) {
      for (const key of [p.name, p.fullName]) t.keys.set(key, [p, 'name']);
      for (const key of [p.abbr, ...p.altAbbrs]) t.keys.set(key, [p, 'abbr']);
      for (const key of [`${p.fullName}${BUREAU_SUFFIX}`, `${p.name}${BUREAU_SHORT_SUFFIX}`])
        t.keys.set(key, [p, 'bureau']);
      t.abbrs.set(p.abbr, p);
    }
    cache.set(list, t as Tables<ProvinceKeys>);
  }
  return t;
}

function folded(query: unknown, fold: Fold): string {
  if (typeof query !== 'string' || query.length === 0 || query.length > MAX_QUERY) return '';
  try {
    return fold(query);
  } catch {
    return '';
  }
}

/**
 * The province a query names exactly: short or full name, abbreviation, the bureau's name, or a number that starts
 * with the abbreviation (粤ICP备2026012345号-1, 京ICP证030173号, 粤B2-20090059, 京公网安备11010802012345号). Hong Kong,
 * Macau, Taiwan and anything else give undefined. Never throws.
 *
 * @example
 * recognizeProvince('粤ICP备2026012345号-1', list)?.province.slug // 'guangdong'
 * recognizeProvince('澳门', list) // undefined
 */
export function recognizeProvince<P extends ProvinceKeys>(
  query: string,
  list: readonly P[],
  fold: Fold = lightFold,
): ProvinceMatch<P> | undefined {
  const q = folded(query, fold);
  if (!q || !Array.isArray(list)) return undefined;
  const { keys, abbrs } = tables(list);
  const exact = keys.get(q);
  if (exact) return { province: exact[0], by: exact[1] };
  if (q.length > 1 && NUMBER_TAIL.test(q.slice(1))) {
    const p = abbrs.get(q.charAt(0));
    if (p) return { province: p, by: NUMBER_KIND[NUMBER_TAIL.exec(q.slice(1))![0]] ?? 'number' };
  }
  return undefined;
}

/** Letters that carry a tone or diaeresis once decomposed (ā → a + macron, ü → u + diaeresis). */
const MARKS = /[\u0300-\u036f]/g;
/** Apostrophes (Xi'an): not a break between words. */
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const HAN = /\p{Script=Han}/u;

/**
 * The words of a text in Latin letters, lower case, without tone marks or apostrophes ("Xī'ān, Shaanxi" →
 * ['xian', 'shaanxi']); undefined when it has a Chinese character or no Latin letter.
 */
function latinWords(text: string): string[] | undefined {
  const t = toHalfWidth(text).normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '');
  if (HAN.test(t) || !/[a-z]/.test(t)) return undefined;
  return t.split(/[^a-z]+/).filter(Boolean);
}

const latinKey = (text: string): string => latinWords(text)?.join('') ?? '';

/**
 * The names in Latin letters worth matching beside a province's slug: those the slug does not find already, whole or
 * followed by more words (Guangdong Province, Guangxi Zhuang Autonomous Region need nothing more; Inner Mongolia,
 * Tibet do), without repeats. Keeps the data handed to an island small.
 *
 * @example
 * namesBeyondSlug('guangdong', ['Guangdong', 'Guangdong Province']) // []
 * namesBeyondSlug('neimenggu', ['Inner Mongolia', 'Inner Mongolia Autonomous Region']) // ['Inner Mongolia']
 */
export function namesBeyondSlug(slug: string, names: readonly string[]): string[] {
  const kept: string[][] = [[slug]];
  const out: string[] = [];
  for (const name of names) {
    const words = latinWords(name);
    if (!words?.length) continue;
    const found = kept.some((k) => k.length <= words.length && k.every((w, i) => w === words[i]));
    if (!found) {
      kept.push(words);
      out.push(name);
    }
  }
  return out;
}

interface LatinKeys<P> {
  /** The province's own names: [key, how]. */
  names: [string, MatchedBy][];
  /** Its cities: [key, city, spelling]. */
  cities: [string, string, string][];
  province: P;
}
const latinCache = new WeakMap<readonly ProvinceKeys[], LatinKeys<ProvinceKeys>[]>();

function latinTables<P extends ProvinceKeys>(list: readonly P[]): LatinKeys<P>[] {
  let t = latinCache.get(list) as LatinKeys<P>[] | undefined;
  if (!t) {
    t = list.map((province) => {
      const names: [string, MatchedBy][] = [[province.slug, 'slug']];
      for (const n of province.latin ?? []) names.push([latinKey(n), 'name']);
      const spellings = typeof province.cityLatin === 'string' ? province.cityLatin.split('|') : [];
      const cities: [string, string, string][] = [];
      (province.cities ?? []).forEach((city, i) => {
        for (const spelled of spellings[i]?.split('/') ?? []) {
          const key = latinKey(spelled);
          if (key) cities.push([key, city, spelled]);
        }
      });
      return { province, names: names.filter(([k]) => k), cities };
    });
    latinCache.set(list, t as LatinKeys<ProvinceKeys>[]);
  }
  return t;
}

/**
 * The search for a query in Latin letters: a province's own name (pinyin, English name or full name, other name),
 * else a city's spelling, typed whole; else one of them followed by more words, the longest deciding (Guangdong
 * Province, Beijing City, Shenzhen, Guangdong); else the start of a province's name, else of a city's.
 */
function searchLatin<P extends ProvinceKeys>(words: string[], list: readonly P[]): ProvinceMatch<P>[] {
  const q = words.join('');
  const ends = new Set<number>();
  let end = 0;
  for (const w of words) ends.add((end += w.length));
  const keys = latinTables(list);
  const byName = (t: LatinKeys<P>, [, by]: [string, MatchedBy]): ProvinceMatch<P> => ({ province: t.province, by });
  const byCity = (t: LatinKeys<P>, [, city, spelled]: [string, string, string]): ProvinceMatch<P> => ({
    province: t.province,
    by: 'city',
    city,
    spelled,
  });
  /** For each province, its first name (or city, with `cities`) whose key passes the test. */
  const each = (test: (key: string) => boolean, cities: boolean): ProvinceMatch<P>[] =>
    keys.flatMap((t) => {
      const name = cities ? undefined : t.names.find(([k]) => test(k));
      const city = cities ? t.cities.find(([k]) => test(k)) : undefined;
      return name ? [byName(t, name)] : city ? [byCity(t, city)] : [];
    });
  // Typed whole: a province's name, else a city (Fuzhou is a city of 福建 and one of 江西: both).
  const whole = each((k) => k === q, false);
  if (whole.length) return whole;
  const city = each((k) => k === q, true);
  if (city.length) return city;
  // A name or a city, then more words: the longest decides.
  let best: ProvinceMatch<P>[] = [];
  let bestLength = 0;
  const consider = (key: string, match: () => ProvinceMatch<P>) => {
    if (key.length < bestLength || key.length === q.length || !ends.has(key.length) || !q.startsWith(key)) return;
    if (key.length > bestLength) [best, bestLength] = [[], key.length];
    const m = match();
    if (!best.some((b) => b.province === m.province)) best.push(m);
  };
  for (const t of keys) {
    for (const h of t.names) consider(h[0], () => byName(t, h));
    for (const h of t.cities) consider(h[0], () => byCity(t, h));
  }
  if (best.length) return best;
  // The start of a name, else of a city.
  if (q.length < 2) return [];
  const started = each((k) => k.startsWith(q), false);
  return started.length ? started : each((k) => k.startsWith(q), true);
}

/**
 * Every province a query may mean, best first: what {@link recognizeProvince} recognises (alone); else, for a query
 * in Latin letters, a province's pinyin or English name (`guangdong`, `Inner Mongolia`, `Tibet`), else a city's
 * (`Shenzhen`, `Xian`, `Xi'an`), typed whole, or followed by more words (`Guangdong Province`, `Shenzhen, Guangdong`),
 * or their start (`guang` → 广东, 广西); else a city (深圳 → 广东); else a name, full name or city the query starts
 * with (广东省深圳市 → 广东, the longest such key deciding); else every province whose name, full name or city starts
 * with the query (广 → 广东, 广西, and 四川 for 广元 and 广安). [] when nothing matches. Never throws.
 *
 * @example
 * searchProvinces('深圳', list).map((m) => [m.province.slug, m.by, m.city]) // [['guangdong', 'city', '深圳']]
 * searchProvinces('广', list).map((m) => m.province.slug) // ['guangdong', 'guangxi', 'sichuan']
 * searchProvinces("Xi'an", list).map((m) => [m.province.slug, m.city]) // [['shaanxi', '西安']]
 */
export function searchProvinces<P extends ProvinceKeys>(
  query: string,
  list: readonly P[],
  fold: Fold = lightFold,
): ProvinceMatch<P>[] {
  const q = folded(query, fold);
  if (!q || !Array.isArray(list)) return [];
  const exact = recognizeProvince(query, list, fold);
  if (exact) return [exact];
  const words = latinWords(query);
  if (words) return searchLatin(words, list);
  const named = (p: P): [string, MatchedBy, string?][] => [
    [p.name, 'name'],
    [p.fullName, 'name'],
    ...(p.cities ?? []).map((c): [string, MatchedBy, string] => [c, 'city', c]),
  ];
  // A city typed in full, or a name or city followed by more (广东省深圳市, 深圳市南山区).
  let best: ProvinceMatch<P> | undefined;
  let bestLength = 0;
  for (const p of list)
    for (const [key, by, city] of named(p)) {
      if (key.length < 2 || key.length <= bestLength || !q.startsWith(key)) continue;
      best = { province: p, by, ...(city ? { city } : {}) };
      bestLength = key.length;
    }
  if (best) return [best];
  // The start of a name or a city.
  const out: ProvinceMatch<P>[] = [];
  for (const p of list) {
    const hit = named(p).find(([key]) => key.startsWith(q));
    if (hit) out.push({ province: p, by: hit[1], ...(hit[2] ? { city: hit[2] } : {}) });
  }
  return out;
}

/** 香港、澳门、台湾 in either script, or in English. */
const HK_MO_TW = /香港|澳[门門]|[台臺][湾灣]|hong\s*kong|maca[uo]|taiwan/i;

/**
 * Whether a query names 香港, 澳门 or 台湾 (in simplified or traditional characters, or in English): the search's
 * "not found" then says that these have no ICP bureau; for other text that line would be beside the point.
 *
 * @example
 * looksLikeHkMoTw('Hong Kong') // true
 * looksLikeHkMoTw('昆山') // false
 */
export function looksLikeHkMoTw(query: string): boolean {
  return typeof query === 'string' && query.length <= MAX_QUERY && HK_MO_TW.test(query);
}
