/**
 * Filing numbers (`粤ICP备2026012345号-1`), commercial licences (`京ICP证030173号`, `粤B2-20090059`) and public
 * security filing numbers (`京公网安备11010802012345号`) in normalised text (see src/lib/text).
 * Bounded regular expressions only: no nested quantifiers, so a 1 MB paste is scanned in linear time.
 */

import { NUMBER_WORDS } from './numbers-data';

/**
 * The characters a number may start with when the caller gives no list: any Chinese character. The 31 abbreviations
 * are the province data's (src/lib/provinces PROVINCE_ABBRS, or the keys of provinceTable(PROVINCES)), passed in by
 * whoever has them, never typed again here.
 */
const ANY_ABBR = '\u4e00-\u9fff';
const W = NUMBER_WORDS;

const cache = new Map<string, { filing: RegExp; licence: RegExp; police: RegExp }>();
/** The three patterns for a set of abbreviations (built once per set). */
function patterns(abbrs: string | undefined) {
  const set = typeof abbrs === 'string' && abbrs ? abbrs.replace(/[\]\\^-]/g, '') : ANY_ABBR;
  let p = cache.get(set);
  if (!p) {
    const P = `[${set}]`;
    p = {
      // a -N that is not one ("号-3X", "号-1234") makes no filing number: never cut to a shorter one
      filing: new RegExp(
        `(${P})${W.filing}(\\d{8}(?:\\d{2})?)${W.end}(?:- ?(\\d{1,3})(A?)(?![\\dA-Z]))?(?!- ?\\d)`,
        'gi',
      ),
      licence: new RegExp(`(${P})(?:${W.licence}(\\d{3,12})${W.end}|B2-(\\d{6,10})(?:-(\\d{1,3}))?)`, 'gi'),
      police: new RegExp(`(${P})${W.police}(\\d{14})${W.end}`, 'g'),
    };
    if (cache.size < 8) cache.set(set, p);
  }
  return p;
}

/**
 * A filing number taken apart.
 *
 * @example
 * const n: FilingNumber = { text: '京ICP备12345678号', province: '京', subject: '12345678', app: false };
 */
export interface FilingNumber {
  /** Canonical spelling: upper-case ICP and A, e.g. 粤ICP备2026012345号-1. */
  text: string;
  /** Province abbreviation, e.g. 粤. */
  province: string;
  /** The subject number: 8 digits (older) or 10 (newer). */
  subject: string;
  /** The N in -N (the N-th website or app of that subject), when given. */
  site?: number;
  /** True when the number ends in A (an app). */
  app: boolean;
}

/**
 * Every filing number in normalised text, in order of appearance (at most `max`).
 *
 * @example
 * findFilingNumbers('备案号:粤icp备2026012345号-2a')
 * // [{ text: '粤ICP备2026012345号-2A', province: '粤', subject: '2026012345', site: 2, app: true }]
 */
export function findFilingNumbers(text: string, max = Infinity, abbrs?: string): FilingNumber[] {
  const out: FilingNumber[] = [];
  if (typeof text !== 'string') return out;
  for (const m of text.matchAll(patterns(abbrs).filing)) {
    if (out.length >= max) break;
    const [, province, subject, site, app] = m as unknown as [string, string, string, string?, string?];
    const isApp = !!app;
    out.push({
      text: `${province}${W.filing}${subject}${W.end}${site ? `-${site}${isApp ? 'A' : ''}` : ''}`,
      province,
      subject,
      ...(site ? { site: Number(site) } : {}),
      app: isApp,
    });
  }
  return out;
}

/**
 * The first commercial licence number (增值电信业务经营许可证: 京ICP证…号, 粤B2-…) in normalised text.
 *
 * @example
 * findLicence('京ICP证030173号') // '京ICP证030173号'
 * findLicence('粤b2-20090059-5') // '粤B2-20090059-5'
 * findLicence('粤ICP备2026012345号') // undefined
 */
export function findLicence(text: string, abbrs?: string): string | undefined {
  const re = patterns(abbrs).licence;
  re.lastIndex = 0;
  const m = re.exec(String(text));
  if (!m) return undefined;
  return m[2] ? `${m[1]}${W.licence}${m[2]}${W.end}` : `${m[1]}B2-${m[3]}${m[4] ? `-${m[4]}` : ''}`;
}

/**
 * The first 公安联网备案 number (e.g. 京公网安备11010802012345号) in normalised text.
 *
 * @example
 * findPoliceNumber('京公网安备11010802012345号') // '京公网安备11010802012345号'
 */
export function findPoliceNumber(text: string, abbrs?: string): string | undefined {
  const re = patterns(abbrs).police;
  re.lastIndex = 0;
  return re.exec(String(text))?.[0] ?? undefined;
}
