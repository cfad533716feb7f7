/**
 * 各省管局要求: the 31 province-level communications administrations (管局) as sourced, dated data
 * (`src/content/provinces/*.json`, read once by ./data.ts), and look-ups over it. Pure: no DOM, no storage, no
 * network.
 *
 * Bundle size: this barrel carries every rule (about 30 KB gz). An island gets what it needs as props from its .astro
 * wrapper (as ProvincePicker does with toPickerData) and imports only modules that take the data as an argument
 * (./picker, ./search) or hold none (./vocabulary-data).
 */
export { PROVINCES } from './data';
export { RULE_TOPICS } from './vocabulary-data';
export type { Province, ProvinceRule, RuleTopic } from './schema';
export { findProvince, reviewLimit } from './find';
export { PROVINCE_ABBRS } from './ref';
export { searchProvinces } from './search';
export { siteNameWords } from './rules';
export type { SiteNameWord } from './rules';
export { pickBureau, toPickerData } from './picker';
export type { SubjectType, PickerProvince, PickerInput, PickerResult, PickerCode } from './picker';
