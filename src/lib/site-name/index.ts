/**
 * 网站名称自查: is a planned 网站名称 likely to pass the 接入商's 初审 and the 管局? Pure: no DOM, no storage,
 * no network; nothing throws; no sentences (codes, worded by the dictionary's `siteName` section in src/i18n).
 * Word lists and their sources: ./words-data.ts, ./sources-data.ts, place names ./places-data.ts; the provinces'
 * rules come from src/lib/provinces.
 */
import type { SiteNameVerdict } from './codes';
import { type Subject, checkName } from './check';
import { PLACE_NAMES } from './places-data';
import { provinceWordsFor } from './province';

export type { SiteNameCode, SiteNameIssue, SiteNamePattern, SiteNameVerdict, Sector, WordHit } from './codes';
export type { Subject, ProvinceWords } from './check';
export { provinceWords } from './province';
export { SOURCES, type WordSource } from './sources-data';

/**
 * Check a 网站名称 for a 个人 or 单位 filing, optionally in a province (its extra words are applied and its page
 * linked). Errors: what every 管局 refuses; warnings: what many 管局 or 接入商 refuse; both as codes
 * ({@link SiteNameIssue}). `suggestion`: one concrete rename; otherwise `pattern`: the kind of name to write.
 *
 * @param name the name as typed (value: trimmed, full-width spaces removed)
 * @param opts `subject`: 'personal' | 'organisation'; `province`: a province name or abbreviation (广东, 粤)
 * @example
 * checkSiteName('小林的摄影作品集', { subject: 'personal' }) // { ok: true, value: '小林的摄影作品集', errors: [], warnings: [] }
 * checkSiteName('　中国美食 ', { subject: 'personal' }).value // '中国美食'
 * checkSiteName('abc123', { subject: 'personal' }).ok // false
 * checkSiteName('小林摄影论坛', { subject: 'personal', province: '浙江' }).warnings.length > 0 // true
 */
export function checkSiteName(name: string, opts: { subject: Subject; province?: string }): SiteNameVerdict {
  return checkName(name, { subject: opts?.subject, province: provinceWordsFor(opts?.province), places: PLACE_NAMES });
}
