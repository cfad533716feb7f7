/**
 * The light side of the province data: who each province is (slug, names, abbreviations, review limit), without
 * the rules. Each field is imported on its own from the JSON files, so a bundle that uses only this module carries
 * about 2 KB, not the whole rule collection: islands may import it. The build validates the files (content
 * collection) and the full side (data.ts) parses them.
 */

import { normalizeText } from '../text';

const slugs = import.meta.glob<string>('../../content/provinces/*.json', { eager: true, import: 'slug' });
const codes = import.meta.glob<number>('../../content/provinces/*.json', { eager: true, import: 'code' });
const names = import.meta.glob<string>('../../content/provinces/*.json', { eager: true, import: 'name' });
const fullNames = import.meta.glob<string>('../../content/provinces/*.json', { eager: true, import: 'fullName' });
const abbrs = import.meta.glob<string>('../../content/provinces/*.json', { eager: true, import: 'abbr' });
const alts = import.meta.glob<string[]>('../../content/provinces/*.json', { eager: true, import: 'altAbbrs' });
const reviews = import.meta.glob<{ days: number }>('../../content/provinces/*.json', { eager: true, import: 'review' });

/**
 * Who a province is: enough to recognise it, name it, link to its page and know its review limit.
 *
 * @example
 * const r: ProvinceRef | undefined = findProvinceRef('粤'); // { slug: 'guangdong', name: '广东', reviewDays: 20, … }
 */
export interface ProvinceRef {
  slug: string;
  code: number;
  name: string;
  fullName: string;
  abbr: string;
  altAbbrs: readonly string[];
  /** 管局审核 limit in working days (same as reviewLimit of the full entry). */
  reviewDays: number;
}

/**
 * All 31, in administrative-code order (北京 … 新疆).
 *
 * @example
 * PROVINCE_REFS.map((p) => p.abbr).join('') // '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新'
 */
export const PROVINCE_REFS: readonly ProvinceRef[] = /* @__PURE__ */ Object.freeze(
  Object.keys(slugs)
    .map((f) => ({
      slug: slugs[f]!,
      code: codes[f]!,
      name: names[f]!,
      fullName: fullNames[f]!,
      abbr: abbrs[f]!,
      altAbbrs: alts[f]!,
      reviewDays: reviews[f]!.days,
    }))
    .sort((a, b) => a.code - b.code),
);

/** Longest input looked at; anything longer is not a province name or a number. */
const MAX_QUERY = 100;

/**
 * The query as the tables are keyed: the shared normalisation (full-width → ASCII, traditional → simplified,
 * invisible characters dropped), every space removed, ICP upper-cased.
 */
function normalise(query: string): string {
  return normalizeText(query).replace(/\s+/g, '').toUpperCase();
}

/** What follows the abbreviation in a filing number, a licence number or a public security filing number. */
const NUMBER_TAIL = /^(?:ICP备|ICP证|公网安备|B1-|B2-)/;

let byKey: Map<string, ProvinceRef> | undefined;
let byAbbr: Map<string, ProvinceRef> | undefined;
function tables(): [Map<string, ProvinceRef>, Map<string, ProvinceRef>] {
  if (!byKey || !byAbbr) {
    byKey = new Map();
    byAbbr = new Map();
    for (const p of PROVINCE_REFS) {
      for (const key of [p.name, p.fullName, p.abbr, ...p.altAbbrs, `${p.fullName}通信管理局`, `${p.name}管局`])
        byKey.set(key, p);
      byAbbr.set(p.abbr, p);
    }
  }
  return [byKey, byAbbr];
}

/**
 * The province for a short or full name (广东, 广东省, 内蒙古自治区), its abbreviation (粤; alternative ones like 川,
 * 贵, 云, 秦, 甘 too), its bureau's name (广东省通信管理局, 广东管局), or a number that starts with the abbreviation:
 * a 备案号 (粤ICP备2026012345号-1), a 许可证号 (京ICP证030173号, 粤B2-20090059) or a 公安备案 number
 * (京公网安备11010802012345号). Spaces, full-width characters and traditional characters are tolerated.
 * Hong Kong, Macau, Taiwan and anything else give undefined. Never throws. Light: for islands.
 *
 * @example
 * findProvinceRef('粤ICP备2026012345号-1')?.slug // 'guangdong'
 * findProvinceRef('澳门') // undefined
 */
export function findProvinceRef(query: string): ProvinceRef | undefined {
  if (typeof query !== 'string' || query.length === 0 || query.length > MAX_QUERY) return undefined;
  const q = normalise(query);
  if (q.length === 0) return undefined;
  const [keys, abbrsMap] = tables();
  const exact = keys.get(q);
  if (exact) return exact;
  if (q.length > 1 && NUMBER_TAIL.test(q.slice(1))) return abbrsMap.get(q.charAt(0));
  return undefined;
}
