/**
 * Looking a province up by what people type: its name, its abbreviation, or a number that starts with it.
 * The recognition itself is findProvinceRef (ref.ts); this returns the full entry with its rules.
 */
import { PROVINCES } from './data';
import { findProvinceRef } from './ref';
import type { Province } from './schema';

/**
 * The full entry (with its rules) for anything findProvinceRef recognises: short or full name (广东, 广东省,
 * 内蒙古自治区), abbreviation (粤; alternative ones like 川, 贵, 云, 秦, 甘), the bureau's name, or a number starting
 * with the abbreviation (粤ICP备2026012345号-1, 京ICP证030173号, 京公网安备11010802012345号). Spaces, full-width and
 * traditional characters are tolerated. Hong Kong, Macau, Taiwan and anything else give undefined. Never throws.
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
  const ref = findProvinceRef(query);
  return ref && PROVINCES.find((p) => p.slug === ref.slug);
}

/** National limit (33号令 第十二条) for anything that is not a province entry. */
const NATIONAL_DAYS = 20;

/**
 * The 管局审核 limit in working days for a province: 20 under 33号令 第十二条, 30 for 浙江 per its 接入商.
 * Never throws: anything that is not a province entry gets the national 20.
 *
 * @example
 * reviewLimit(findProvince('浙江')!) // 30
 * reviewLimit(findProvince('北京')!) // 20
 */
export function reviewLimit(province: Province): number {
  const days = province?.review?.days;
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : NATIONAL_DAYS;
}
