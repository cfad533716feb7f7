/**
 * 各省管局要求: the 31 province-level communications administrations (管局) as sourced, dated data
 * (`src/content/provinces/*.json`), and look-ups over it. Pure: no DOM, no storage, no network.
 *
 * Bundle size: this barrel carries every rule (about 30 KB gz). In an island, import `findProvinceRef` /
 * `PROVINCE_REFS` from './ref' (about 3 KB gz, no rules), or compute in the .astro wrapper and pass props
 * (as ProvincePicker does with toPickerData).
 */
import { DATA } from './data';
import type { Province } from './schema';

export { RULE_TOPICS } from './constants';
export type { Province, ProvinceRule, RuleTopic } from './schema';
export { findProvince, reviewLimit } from './find';

/**
 * All 31 provinces, in the usual order (administrative division codes: 北京, 天津, 河北 … 宁夏, 新疆).
 *
 * @example
 * PROVINCES.length // 31
 * PROVINCES[0].name // '北京'
 * PROVINCES.at(-1)?.name // '新疆'
 */
export const PROVINCES: readonly Province[] = DATA;

export { siteNameWords } from './rules';
export type { SiteNameWord } from './rules';
export { pickBureau, toPickerData } from './picker';
export type { SubjectType, PickerProvince, PickerInput, PickerResult } from './picker';
