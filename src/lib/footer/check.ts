/**
 * 页脚备案号代码, the public API: {@link footerHtml} and {@link checkFooter} with the 31 provinces filled in (from
 * src/lib/provinces/ref). The islands use ./core.ts with the table their wrapper passes instead.
 */
import { PROVINCE_REFS } from '../provinces/ref';
import { type FooterHtml, type FooterVerdict, checkFooterWith, footerHtmlWith } from './core';
import type { FooterRule } from './province';

/**
 * Check a pasted page or footer: is there an ICP filing number, is it well formed (province abbreviation, 8 or 10
 * digits, 号, -N), can a reader see it (not hidden by the `hidden` attribute or an inline style in the paste), does it
 * link to MIIT's filing system (not the retired miibeian.gov.cn; http is fine), and does a
 * 公安 number link to its query page on beian.mps.gov.cn with its own digits (not the old www.beian.gov.cn)? With
 * `opts.rules` (from footerRules), the province's rule on 主体 or 网站备案号 is applied. The HTML is read as text and
 * never run. Never throws.
 *
 * @example
 * checkFooter('<a href="https://beian.miit.gov.cn/">京ICP备2026000000号-1</a>').ok // true
 * checkFooter('<p>京ICP备2026000000号-1</p>').errors[0].code // 'icp.noLink'
 * checkFooter('<a href="http://www.miibeian.gov.cn/">京ICP备2026000000号-1</a>').errors[0].code // 'icp.oldLink'
 * checkFooter('<p>版权所有</p>').errors[0].code // 'icp.notFound'
 * checkFooter('<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802000000">京公网安备11010802012345号</a>').errors.map((e) => e.code) // ['icp.notFound', 'police.codeMismatch']
 */
export function checkFooter(html: string, opts?: { rules?: readonly FooterRule[] }): FooterVerdict {
  return checkFooterWith(html, { provinces: PROVINCE_REFS, rules: opts?.rules });
}

/**
 * Minimal, valid footer HTML for an ICP number (and optionally a 公安 number): the ICP number linked to MIIT's filing
 * system, the 公安 number linked to its query page on beian.mps.gov.cn with its digits as `code`, the badge as an
 * image on the reader's own site (`badge`, default DEFAULT_BADGE). The ICP number shown follows the province's rule
 * when one is known (`province`, from footerRules): the 主体备案号 without -N where the rule says so; otherwise a note
 * says that it depends. Text is escaped; nothing the reader typed reaches the HTML unchecked. Never throws.
 *
 * @example
 * footerHtml({ icp: '京ICP备2026000000号-1' }).html.includes('<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2026000000号-1</a>') // true
 * footerHtml({ icp: '京ICP备2026000000号-1', police: '京公网安备11010802012345号' }).html.includes('code=11010802012345') // true
 * footerHtml({ icp: '京ICP备123号' }).errors[0].code // 'icp.badDigits'
 * footerHtml({ icp: '粤ICP备2026012345号-1', province: guangdongRule }).icp // '粤ICP备2026012345号'
 */
export function footerHtml(opts: { icp: string; police?: string; province?: FooterRule; badge?: string }): FooterHtml {
  const o = opts && typeof opts === 'object' ? opts : ({} as { icp: string });
  return footerHtmlWith({ ...o, provinces: PROVINCE_REFS });
}
