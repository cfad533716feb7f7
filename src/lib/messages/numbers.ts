/**
 * Filing numbers (`粤ICP备2026012345号-1`), commercial licences (`京ICP证030173号`, `粤B2-20090059`) and public
 * security filing numbers (`京公网安备11010802012345号`) in normalised text (see src/lib/text).
 * Bounded regular expressions only: no nested quantifiers, so a 1 MB paste is scanned in linear time.
 */

/**
 * The 31 province-level abbreviations a filing number starts with: the official one-character names, so 四川 is 蜀,
 * 贵州 黔, 云南 滇 and 甘肃 陇 (as in src/content/provinces, `abbr`).
 *
 * @example
 * PROVINCE_ABBRS.includes('粤') // true
 */
export const PROVINCE_ABBRS = '京津沪渝冀豫滇辽黑湘皖鲁新苏浙赣鄂桂陇晋蒙陕吉闽黔粤青藏蜀宁琼';

const P = `[${PROVINCE_ABBRS}]`;
const FILING_RE = new RegExp(`(${P})ICP备(\\d{8}(?:\\d{2})?)号(?:- ?(\\d{1,3})(A?)(?!\\d))?`, 'gi');
const LICENCE_RE = new RegExp(`(${P})(?:ICP证(\\d{3,12})号|B2-(\\d{6,10})(?:-(\\d{1,3}))?)`, 'gi');
const POLICE_RE = new RegExp(`(${P})公网安备(\\d{14})号`, 'g');

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
export function findFilingNumbers(text: string, max = Infinity): FilingNumber[] {
  const out: FilingNumber[] = [];
  if (typeof text !== 'string') return out;
  for (const m of text.matchAll(FILING_RE)) {
    if (out.length >= max) break;
    const [, province, subject, site, app] = m as unknown as [string, string, string, string?, string?];
    const isApp = !!app;
    out.push({
      text: `${province}ICP备${subject}号${site ? `-${site}${isApp ? 'A' : ''}` : ''}`,
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
export function findLicence(text: string): string | undefined {
  LICENCE_RE.lastIndex = 0;
  const m = LICENCE_RE.exec(text);
  if (!m) return undefined;
  return m[2] ? `${m[1]}ICP证${m[2]}号` : `${m[1]}B2-${m[3]}${m[4] ? `-${m[4]}` : ''}`;
}

/**
 * The first 公安联网备案 number (e.g. 京公网安备11010802012345号) in normalised text.
 *
 * @example
 * findPoliceNumber('京公网安备11010802012345号') // '京公网安备11010802012345号'
 */
export function findPoliceNumber(text: string): string | undefined {
  POLICE_RE.lastIndex = 0;
  return POLICE_RE.exec(text)?.[0];
}
