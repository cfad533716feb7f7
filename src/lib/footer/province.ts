/**
 * Which ICP number a province's footer shows (主体备案号 or 网站备案号 with -N), read from its 页脚备案号格式 rules in
 * src/lib/provinces, with their sources. Used at build time by the tool's wrapper, which hands the islands the small
 * table {@link footerRules} returns (the islands never load the province rules). Pure; never throws.
 */
import type { Province } from '../provinces/schema';
import { FOOTER_TOPIC } from './format-data';
import { SITE_PHRASES, SUBJECT_PHRASES } from './phrases-data';

/**
 * Which number a rule (or a province) asks for: the 主体备案号 (`subject`), the full 网站备案号 (`site`), or nothing
 * known (`unknown`: then it depends on the bureau and the provider's notice).
 *
 * @example
 * const n: NumberRule = 'subject';
 */
export type NumberRule = 'subject' | 'site' | 'unknown';

/**
 * One province's footer rule: which number, whether its sources disagree, and the sources (each with what it says
 * and when it was checked). `sources` is empty when nothing is known.
 *
 * @example
 * const r: FooterRule = { slug: 'guangdong', name: '广东', abbr: '粤', number: 'subject', disputed: true, sources: [] };
 */
export interface FooterRule {
  slug: string;
  name: string;
  abbr: string;
  number: NumberRule;
  disputed: boolean;
  sources: FooterRuleSource[];
}

/**
 * One source of a footer rule: what it says, its title and address, when it was checked. A page in another language
 * shows `title` translated, with `original` the source's own title and `lang` the language of an untranslated title
 * (set by the tool's wrapper, src/i18n/sources.ts).
 *
 * @example
 * const s: FooterRuleSource = { says: 'subject', title: '…', url: 'https://example.cn/gd', checked: '2026-12-05' };
 */
export interface FooterRuleSource {
  says: NumberRule;
  title: string;
  url: string;
  checked: string;
  lang?: string;
  original?: string;
}

/**
 * What one rule's text says about the number: `subject`, `site`, or `unknown` when it names neither.
 *
 * @example
 * ruleSays('已备案的网站要在页面下方挂出主体备案号（不带 -N 的部分）') // 'subject'
 * ruleSays('网站底部写明网站备案号并链接到工信部网站') // 'site'
 * ruleSays('页面下方要有备案号链接') // 'unknown'
 */
export function ruleSays(text: string): NumberRule {
  if (typeof text !== 'string') return 'unknown';
  if (SUBJECT_PHRASES.some((p) => text.includes(p))) return 'subject';
  if (SITE_PHRASES.some((p) => text.includes(p))) return 'site';
  return 'unknown';
}

/**
 * A province's footer rule. A rule naming the 主体备案号 decides (the full number with -N is what every other
 * province shows, so a rule that names the 主体备案号 is the exception the bureau made); `disputed` when another
 * source of the same province says otherwise.
 *
 * @example
 * footerRule(findProvince('广东')!).number // 'subject'
 * footerRule(findProvince('浙江')!).number // 'unknown'
 */
export function footerRule(province: Province): FooterRule {
  const sources = (Array.isArray(province?.rules) ? province.rules : [])
    .filter((r) => r?.topic === FOOTER_TOPIC && typeof r.text === 'string' && !!r.source)
    .map((r) => ({ says: ruleSays(r.text), title: r.source.title, url: r.source.url, checked: r.checked }))
    .filter((s) => s.says !== 'unknown');
  const says = new Set(sources.map((s) => s.says));
  const number: NumberRule = says.has('subject') ? 'subject' : says.has('site') ? 'site' : 'unknown';
  return { slug: province.slug, name: province.name, abbr: province.abbr, number, disputed: says.size > 1, sources };
}

/**
 * The footer rule of every province, for the islands (about 1 KB): pass `PROVINCES` from src/lib/provinces.
 *
 * @example
 * footerRules(PROVINCES).find((r) => r.abbr === '粤')?.number // 'subject'
 */
export function footerRules(provinces: readonly Province[]): FooterRule[] {
  return Array.isArray(provinces) ? provinces.filter((p) => p && typeof p === 'object').map(footerRule) : [];
}
