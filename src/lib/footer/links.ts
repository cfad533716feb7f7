/**
 * The addresses a footer links its numbers to, and how a link's `href` is judged. The ICP number links to MIIT's
 * filing system (`https://beian.miit.gov.cn/`; plain http is fine; the retired `miibeian.gov.cn` is not). The 公安
 * number links to its query page on `beian.mps.gov.cn` with its 14 digits as `code`; the platform moved there from
 * `www.beian.gov.cn`, whose old address is reported unreachable. Facts: shared/facts/icp-facts.md §6, §8.
 */

/**
 * The ICP filing system's address, which an ICP number links to.
 *
 * @example
 * ICP_HREF // 'https://beian.miit.gov.cn/'
 */
export const ICP_HREF = 'https://beian.miit.gov.cn/';

/**
 * The 公安 number's query address on the current platform (anything but digits is dropped from `digits`).
 *
 * @example
 * policeHref('11010802012345') // 'https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345'
 */
export function policeHref(digits: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${String(digits).replace(/\D/g, '')}`;
}

/**
 * The host of an absolute `http(s)://` or scheme-relative `//` address, lower-cased; '' for anything else (a relative
 * path, `javascript:`, an empty string).
 *
 * @example
 * hostOf('HTTP://Beian.MIIT.gov.cn/#/Integrated/index') // 'beian.miit.gov.cn'
 * hostOf('/about/') // ''
 */
export function hostOf(href: string): string {
  if (typeof href !== 'string') return '';
  const m = /^\s*(?:https?:)?\/\/([^/?#:\s]{1,253})/i.exec(href);
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}

/**
 * How an ICP number's link target reads: `ok` (MIIT's filing system, http or https), `old` (the retired
 * miibeian.gov.cn), or `wrong` (anything else).
 *
 * @example
 * icpLink('http://beian.miit.gov.cn') // 'ok'
 * icpLink('http://www.miibeian.gov.cn/') // 'old'
 * icpLink('https://example.com/') // 'wrong'
 */
export function icpLink(href: string): 'ok' | 'old' | 'wrong' {
  const host = hostOf(href);
  if (host === 'beian.miit.gov.cn') return 'ok';
  if (host === 'miibeian.gov.cn' || host.endsWith('.miibeian.gov.cn')) return 'old';
  return 'wrong';
}

/**
 * How a 公安 number's link target reads: `ok` (beian.mps.gov.cn with a `code` equal to the number's digits),
 * `noCode` (beian.mps.gov.cn without a code), `mismatch` (a different code; `code` says which), `old` (the old
 * platform on beian.gov.cn), or `wrong`.
 *
 * @example
 * policeLink('https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345', '11010802012345') // { status: 'ok', code: '11010802012345' }
 * policeLink('http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345', '11010802012345').status // 'old'
 */
export function policeLink(
  href: string,
  digits: string,
): { status: 'ok' | 'noCode' | 'mismatch' | 'old' | 'wrong'; code: string } {
  const host = hostOf(href);
  if (host === 'beian.gov.cn' || host.endsWith('.beian.gov.cn')) return { status: 'old', code: '' };
  if (host !== 'beian.mps.gov.cn') return { status: 'wrong', code: '' };
  const code = /[?&]code=([^&#\s]{0,40})/.exec(href)?.[1] ?? '';
  if (!code) return { status: 'noCode', code };
  return { status: code === digits ? 'ok' : 'mismatch', code };
}
