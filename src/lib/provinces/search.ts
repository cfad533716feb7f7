/**
 * Finding a province from what people type: its name (广东, 广东省), abbreviation (粤; alternative ones like 川),
 * bureau (广东省通信管理局, 广东管局), a number that starts with its abbreviation (粤ICP备…, 京ICP证…, 京公网安备…),
 * its pinyin (guangdong) or a city (深圳). Pure functions over a list passed in, so that an island can search the
 * data its wrapper gave it as props without bundling the province collection. Never throws.
 */
import { toHalfWidth } from '../text/chars';
import { BUREAU_SHORT_SUFFIX, BUREAU_SUFFIX } from './vocabulary-data';

/**
 * What a province is recognised by.
 *
 * @example
 * const k: ProvinceKeys = { slug: 'guangdong', name: '广东', fullName: '广东省', abbr: '粤', altAbbrs: [], cities: ['深圳'] };
 */
export interface ProvinceKeys {
  slug: string;
  name: string;
  fullName: string;
  abbr: string;
  altAbbrs: readonly string[];
  /** Prefecture-level cities (./cities-data.ts); only the picker's search uses them. */
  cities?: readonly string[];
}

/**
 * How a query matched: `name` (short or full name), `abbr` (one-character abbreviation), `bureau` (the bureau's
 * name), `number` (a filing, licence or 公安 number starting with the abbreviation), `slug` (pinyin), `city`.
 *
 * @example
 * const v: MatchedBy = 'city';
 */
export type MatchedBy = 'name' | 'abbr' | 'bureau' | 'number' | 'slug' | 'city';

/**
 * One province a query matched, how, and (for `city`) which city.
 *
 * @example
 * const m: ProvinceMatch<ProvinceKeys> = { province: guangdong, by: 'city', city: '深圳' };
 */
export interface ProvinceMatch<P extends ProvinceKeys> {
  province: P;
  by: MatchedBy;
  city?: string;
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
    if (p) return { province: p, by: 'number' };
  }
  return undefined;
}

/**
 * Every province a query may mean, best first: what {@link recognizeProvince} recognises (alone); else the pinyin
 * (`guangdong`, or its start: `guang` → 广东, 广西); else a city (深圳 → 广东); else a name, full name or city the
 * query starts with (广东省深圳市 → 广东, the longest such key deciding); else every province whose name, full name or
 * city starts with the query (广 → 广东, 广西, and 四川 for 广元 and 广安). [] when nothing matches. Never throws.
 *
 * @example
 * searchProvinces('深圳', list).map((m) => [m.province.slug, m.by, m.city]) // [['guangdong', 'city', '深圳']]
 * searchProvinces('广', list).map((m) => m.province.slug) // ['guangdong', 'guangxi', 'sichuan']
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
  const lower = q.toLowerCase();
  if (/^[a-z]{2,}$/.test(lower)) {
    const same = list.find((p) => p.slug === lower);
    if (same) return [{ province: same, by: 'slug' }];
    return list.filter((p) => p.slug.startsWith(lower)).map((province) => ({ province, by: 'slug' }));
  }
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
