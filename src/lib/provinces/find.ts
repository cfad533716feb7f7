/**
 * Looking a province up by what people type: its name, its abbreviation, or a number that starts with it.
 */
import { DATA } from './data';
import type { Province } from './schema';

/** Longest input looked at; anything longer is not a province name or a number. */
const MAX_QUERY = 100;

/**
 * Traditional characters that occur in province names, abbreviations and number words, and their simplified form.
 * (Kept here, minimal, until the project has one shared text-normalisation module.)
 */
const TRADITIONAL: Record<string, string> = {
  廣: '广', 東: '东', 遼: '辽', 寧: '宁', 龍: '龙', 蘇: '苏', 貴: '贵', 雲: '云', 陝: '陕', 肅: '肃', 維: '维',
  爾: '尔', 內: '内', 壯: '壮', 慶: '庆', 區: '区', 魯: '鲁', 閩: '闽', 贛: '赣', 瓊: '琼', 隴: '陇', 滬: '沪',
  晉: '晋', 備: '备', 證: '证', 號: '号', 網: '网', 灣: '湾', 臺: '台', 門: '门', 關: '关', 漢: '汉', 陜: '陕',
};

/**
 * trim + NFKC (full-width letters, digits and spaces become ASCII), whitespace removed, traditional characters of
 * province names simplified, ICP upper-cased.
 */
function normalise(query: string): string {
  let s = query.normalize('NFKC').replace(/\s+/g, '');
  s = Array.from(s, (ch) => TRADITIONAL[ch] ?? ch).join('');
  return s.toUpperCase();
}

const BY_KEY = new Map<string, Province>();
for (const p of DATA) {
  for (const key of [p.name, p.fullName, p.abbr, ...(p.altAbbrs ?? []), p.bureau.name, `${p.name}管局`]) {
    BY_KEY.set(key, p);
  }
}
const BY_ABBR = new Map<string, Province>(DATA.map((p) => [p.abbr, p]));

/** What follows the abbreviation in a filing number, a licence number or a public security filing number. */
const NUMBER_TAIL = /^(?:ICP备|ICP证|公网安备|B1-|B2-)/;

/**
 * The province for a short or full name (广东, 广东省, 内蒙古自治区), its abbreviation (粤; alternative ones like 川,
 * 贵, 云, 秦, 甘 too), its bureau's name (广东省通信管理局, 广东管局), or a number that starts with the abbreviation:
 * a 备案号 (粤ICP备2026012345号-1), a 许可证号 (京ICP证030173号, 粤B2-20090059) or a 公安备案 number
 * (京公网安备11010802012345号). Spaces, full-width characters and traditional characters are tolerated.
 * Hong Kong, Macau, Taiwan and anything else give undefined. Never throws.
 *
 * @example
 * findProvince('广东')?.slug // 'guangdong'
 * findProvince(' 内蒙古自治区 ')?.name // '内蒙古'
 * findProvince('粤ICP备2026012345号-1')?.name // '广东'
 * findProvince('蜀ICP备12345678号')?.name // '四川'
 * findProvince('京公网安备11010802012345号')?.name // '北京'
 * findProvince('香港') // undefined
 */
export function findProvince(query: string): Province | undefined {
  if (typeof query !== 'string' || query.length === 0 || query.length > MAX_QUERY) return undefined;
  const q = normalise(query);
  if (q.length === 0) return undefined;
  const exact = BY_KEY.get(q);
  if (exact) return exact;
  const first = q.charAt(0);
  if (q.length > 1 && NUMBER_TAIL.test(q.slice(1))) return BY_ABBR.get(first);
  return undefined;
}

/**
 * The 管局审核 limit in working days for a province: 20 under 33号令 第十二条, 30 for 浙江 per its 接入商.
 *
 * @example
 * reviewLimit(findProvince('浙江')!) // 30
 * reviewLimit(findProvince('北京')!) // 20
 */
export function reviewLimit(province: Province): number {
  return province.review.days;
}
