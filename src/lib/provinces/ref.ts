/**
 * Who each province is (slug, names, abbreviations, review limit), without its rules, and the exact look-up by what
 * people type. Derived from the one loader (./data.ts): in an island, pass what it needs as props from the .astro
 * wrapper instead of importing this (it carries the whole collection), and search with ./search.ts.
 */
import { normalizeText } from '../text';
import { PROVINCES } from './data';
import { recognizeProvince } from './search';

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
  PROVINCES.map((p) => ({
    slug: p.slug,
    code: p.code,
    name: p.name,
    fullName: p.fullName,
    abbr: p.abbr,
    altAbbrs: p.altAbbrs,
    reviewDays: p.review.days,
  })),
);

/**
 * The 31 official one-character abbreviations a filing number starts with, in administrative-code order, read from
 * the data (`abbr`): 四川 is 蜀, 贵州 黔, 云南 滇, 甘肃 陇 (the alternative ones, 川 贵 云 甘 秦, are in `altAbbrs`).
 *
 * @example
 * PROVINCE_ABBRS // '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新'
 */
export const PROVINCE_ABBRS: string = /* @__PURE__ */ PROVINCES.map((p) => p.abbr).join('');

/** The site's normalisation (full-width, traditional characters, invisible characters), spaces removed, upper case. */
const fold = (query: string) => normalizeText(query).replace(/\s+/g, '').toUpperCase();

/**
 * The province for a short or full name (广东, 广东省, 内蒙古自治区), its abbreviation (粤; alternative ones like 川,
 * 贵, 云, 秦, 甘), its bureau's name (广东省通信管理局, 广东管局), or a number that starts with the abbreviation:
 * a 备案号 (粤ICP备2026012345号-1), a 许可证号 (京ICP证030173号, 粤B2-20090059) or a 公安备案 number
 * (京公网安备11010802012345号). Spaces, full-width characters and traditional characters are tolerated.
 * Hong Kong, Macau, Taiwan and anything else give undefined. Never throws.
 *
 * @example
 * findProvinceRef('粤ICP备2026012345号-1')?.slug // 'guangdong'
 * findProvinceRef('澳门') // undefined
 */
export function findProvinceRef(query: string): ProvinceRef | undefined {
  return recognizeProvince(query, PROVINCE_REFS, fold)?.province;
}
