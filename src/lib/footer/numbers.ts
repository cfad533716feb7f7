/**
 * ICP filing numbers (`京ICP备2026000000号-1`) and 公安联网备案 numbers (`京公网安备11010802012345号`) as people write
 * them in footers, right or wrong: found loosely, then judged piece by piece (province abbreviation, digits, 号, -N),
 * so that a malformed number is reported, not missed. Bounded patterns only (linear on any input). Never throws.
 */
import { type Issue, issue } from '../issues';
import type { ProvinceRef } from '../provinces/ref';
import { WORDS } from './format-data';
import { foldInPlace } from '../text';

/**
 * What the number checks say, as codes (sentences: the dictionary's `footerCheck` section).
 *
 * @example
 * const c: NumberCode = 'icp.badDigits';
 */
export type NumberCode =
  | 'icp.empty'
  | 'icp.notFound'
  | 'icp.noProvince'
  | 'icp.badProvince'
  | 'icp.altProvince'
  | 'icp.badDigits'
  | 'icp.noHao'
  | 'icp.badSite'
  | 'icp.dash'
  | 'icp.case'
  | 'icp.fullWidth'
  | 'icp.app'
  | 'icp.licence'
  | 'police.notFound'
  | 'police.noProvince'
  | 'police.badProvince'
  | 'police.altProvince'
  | 'police.badDigits'
  | 'police.noHao'
  | 'police.region'
  | 'police.fullWidth';

/**
 * What the number checks need to know of a province: its abbreviation (and the alternative ones people write), its
 * name and its code (the first two digits of its region codes). `PROVINCE_REFS` of src/lib/provinces/ref fits; the
 * islands get the table from their wrapper, so that they do not load the province data.
 *
 * @example
 * const p: ProvinceId = { abbr: '京', altAbbrs: [], name: '北京', code: 11 };
 */
export type ProvinceId = Pick<ProvinceRef, 'abbr' | 'altAbbrs' | 'name' | 'code'>;

/**
 * A number found in text: where (`[start, end)` in the text it was found in), as written, its canonical spelling
 * (`number`, '' when it is too broken to spell), its parts, and what is wrong with it.
 *
 * @example
 * const n: FoundNumber = readIcp('京ICP备2026000000号-1')!;
 */
export interface FoundNumber {
  kind: 'icp' | 'police';
  start: number;
  end: number;
  written: string;
  number: string;
  /** The province abbreviation as written ('' when none). */
  abbr: string;
  /** The province, when the abbreviation (or an alternative one) names one. */
  province?: ProvinceId;
  digits: string;
  /** The N of -N (ICP numbers), when given. */
  site?: number;
  errors: Issue<NumberCode>[];
  warnings: Issue<NumberCode>[];
}

const HAN = '\\p{Script=Han}';
const SP = '[ \\t\\u00a0]{0,2}';
/**
 * ICP备 + at least one digit: `ICP备案号：` (a label) is not a number. Spaces people put between the parts (`粤ICP备
 * 2026045678 号 - 1`) are allowed everywhere, the -N included, so that a spaced number reads as the same number.
 */
const ICP_RE = new RegExp(
  `(${HAN})?${SP}(icp)${SP}${WORDS.filed}${SP}(\\d{1,20})${SP}(${WORDS.hao})?(?:${SP}([-‐‑–—])${SP}(\\d{1,5})(a?)(?![a-z]))?`,
  'giu',
);
const POLICE_RE = new RegExp(`(${HAN})?${SP}${WORDS.police}${SP}(\\d{1,30})${SP}(${WORDS.hao})?`, 'gu');
const LICENCE_RE = new RegExp(
  `${HAN}${SP}icp${SP}${WORDS.licence}${SP}\\d{1,12}${SP}${WORDS.hao}|${HAN}B[12]-\\d{6,10}`,
  'iu',
);

/** Most numbers a text is searched for; a page holds a few. */
const MAX_FOUND = 50;

function provinceOf(abbr: string, provinces: readonly ProvinceId[]): { province?: ProvinceId; official: boolean } {
  const list = Array.isArray(provinces) ? provinces.filter((p) => p && typeof p.abbr === 'string') : [];
  const official = list.find((p) => p.abbr === abbr);
  if (official) return { province: official, official: true };
  return { province: list.find((p) => Array.isArray(p.altAbbrs) && p.altAbbrs.includes(abbr)), official: false };
}

/** Judge the province abbreviation of a number. */
function judgeProvince(
  kind: 'icp' | 'police',
  abbr: string,
  provinces: readonly ProvinceId[],
  errors: Issue<NumberCode>[],
): { province?: ProvinceId; abbr: string } {
  if (!abbr) {
    errors.push(issue(`${kind}.noProvince`));
    return { abbr };
  }
  const { province, official } = provinceOf(abbr, provinces);
  if (!province) errors.push(issue(`${kind}.badProvince`, { abbr }));
  else if (!official) errors.push(issue(`${kind}.altProvince`, { abbr, official: province.abbr }));
  return { province, abbr: province?.abbr ?? abbr };
}

/**
 * Every ICP filing number in a text (at most 50), each judged against `provinces` (PROVINCE_REFS, or the table an
 * island gets from its wrapper): province abbreviation (one of the 31 official ones:
 * 川 is written 蜀), 8 or 10 digits, 号, and -N (a positive number after an ASCII hyphen). An A at the end marks an
 * app's number. `京ICP证…号` and `粤B2-…` are licences, not filing numbers: not returned (see {@link hasLicence}).
 *
 * @example
 * findIcpNumbers('京ICP备2026000000号-1', PROVINCE_REFS)[0].number // '京ICP备2026000000号-1'
 * findIcpNumbers('川ICP备12345678号', PROVINCE_REFS)[0].errors[0].code // 'icp.altProvince'
 * findIcpNumbers('京ICP备1234号', PROVINCE_REFS)[0].errors[0].code // 'icp.badDigits'
 * findIcpNumbers('京ICP备12345678', PROVINCE_REFS)[0].errors[0].code // 'icp.noHao'
 */
export function findIcpNumbers(text: string, provinces: readonly ProvinceId[]): FoundNumber[] {
  if (typeof text !== 'string') return [];
  const half = foldInPlace(text);
  const out: FoundNumber[] = [];
  for (const m of half.matchAll(ICP_RE)) {
    if (out.length >= MAX_FOUND) break;
    const [whole, abbrRaw = '', icp, digits, hao, dash, site = '', app = ''] = m as unknown as string[];
    const errors: Issue<NumberCode>[] = [];
    const warnings: Issue<NumberCode>[] = [];
    const start = m.index!;
    const end = start + whole!.length;
    const written = text.slice(start, end);
    const p = judgeProvince('icp', abbrRaw, provinces, errors);
    if (digits!.length !== 8 && digits!.length !== 10) errors.push(issue('icp.badDigits', { count: digits!.length }));
    if (!hao) errors.push(issue('icp.noHao'));
    let n: number | undefined;
    if (dash !== undefined) {
      if (!/^[1-9]\d{0,3}$/.test(site)) errors.push(issue('icp.badSite', { site }));
      else n = Number(site);
      if (dash !== '-') warnings.push(issue('icp.dash', { dash }));
    }
    if (app) warnings.push(issue('icp.app'));
    if (icp !== 'ICP') warnings.push(issue('icp.case', { written: icp! }));
    if (written !== whole) warnings.push(issue('icp.fullWidth'));
    const number =
      p.province && (digits!.length === 8 || digits!.length === 10)
        ? `${p.province.abbr}${WORDS.icp}${digits}${WORDS.hao}${n !== undefined ? `-${n}${app ? 'A' : ''}` : ''}`
        : '';
    out.push({
      kind: 'icp',
      start,
      end,
      written: written.trim(),
      number,
      abbr: p.abbr,
      ...(p.province ? { province: p.province } : {}),
      digits: digits!,
      ...(n !== undefined ? { site: n } : {}),
      errors,
      warnings,
    });
  }
  return out;
}

/**
 * Every 公安联网备案 number in a text (at most 50), each judged: province abbreviation, 14 digits, 号, and whether the
 * first two digits (the region code) belong to the province the abbreviation names (京 → 11).
 *
 * @example
 * findPoliceNumbers('京公网安备 11010802012345号', PROVINCE_REFS)[0].number // '京公网安备11010802012345号'
 * findPoliceNumbers('京公网安备44030502008569号', PROVINCE_REFS)[0].warnings[0].code // 'police.region'
 */
export function findPoliceNumbers(text: string, provinces: readonly ProvinceId[]): FoundNumber[] {
  if (typeof text !== 'string') return [];
  const half = foldInPlace(text);
  const out: FoundNumber[] = [];
  for (const m of half.matchAll(POLICE_RE)) {
    if (out.length >= MAX_FOUND) break;
    const [whole, abbrRaw = '', digits, hao] = m as unknown as string[];
    const errors: Issue<NumberCode>[] = [];
    const warnings: Issue<NumberCode>[] = [];
    const start = m.index!;
    const end = start + whole!.length;
    const written = text.slice(start, end);
    const p = judgeProvince('police', abbrRaw, provinces, errors);
    if (digits!.length !== 14) errors.push(issue('police.badDigits', { count: digits!.length }));
    if (!hao) errors.push(issue('police.noHao'));
    if (p.province && digits!.length === 14 && Number(digits!.slice(0, 2)) !== p.province.code) {
      warnings.push(issue('police.region', { abbr: p.province.abbr, code: digits!.slice(0, 2) }));
    }
    if (written !== whole) warnings.push(issue('police.fullWidth'));
    out.push({
      kind: 'police',
      start,
      end,
      written: written.trim(),
      number: p.province && digits!.length === 14 ? `${p.province.abbr}${WORDS.police}${digits}${WORDS.hao}` : '',
      abbr: p.abbr,
      ...(p.province ? { province: p.province } : {}),
      digits: digits!,
      errors,
      warnings,
    });
  }
  return out;
}

/**
 * Whether a text holds a commercial licence number (`京ICP证030173号`, `粤B2-20090059`): a licence is not a filing
 * number, and a site that shows one still shows its filing number.
 *
 * @example
 * hasLicence('京ICP证030173号') // true
 * hasLicence('京ICP备12345678号') // false
 */
export function hasLicence(text: string): boolean {
  return typeof text === 'string' && LICENCE_RE.test(foldInPlace(text.slice(0, 1_000_000)));
}

/**
 * Read one ICP filing number typed on its own (surrounding spaces allowed): the number, or undefined when the text
 * holds none. `icp.empty` / `icp.notFound` are the caller's to report.
 *
 * @example
 * readIcp(' 粤ICP备2026012345号 ', PROVINCE_REFS)?.number // '粤ICP备2026012345号'
 * readIcp('abc', PROVINCE_REFS) // undefined
 */
export function readIcp(text: string, provinces: readonly ProvinceId[]): FoundNumber | undefined {
  return typeof text === 'string' ? findIcpNumbers(text.slice(0, 200), provinces)[0] : undefined;
}

/**
 * Read one 公安联网备案 number typed on its own; undefined when the text holds none.
 *
 * @example
 * readPolice('京公网安备11010802012345号', PROVINCE_REFS)?.digits // '11010802012345'
 */
export function readPolice(text: string, provinces: readonly ProvinceId[]): FoundNumber | undefined {
  return typeof text === 'string' ? findPoliceNumbers(text.slice(0, 200), provinces)[0] : undefined;
}
