/**
 * The site's addresses, defined once: every internal link src/lib returns, and every province page address, is built
 * here. Link texts are not here: they are the dictionary's `pages` table (src/i18n), keyed by {@link PageKey}.
 */
import type { PageLink } from '../issues';

/**
 * The pages src/lib links to, by key (root-locale addresses with a trailing slash).
 *
 * @example
 * PAGES.sms // '/guide/sms-verification/'
 */
export const PAGES = {
  why: '/guide/why/',
  prepare: '/guide/prepare/',
  fillIn: '/guide/fill-in/',
  siteNameGuide: '/guide/site-name/',
  first: '/guide/first-review/',
  sms: '/guide/sms-verification/',
  review: '/guide/bureau-review/',
  after: '/guide/after-approval/',
  faq: '/guide/faq/',
  glossary: '/guide/glossary/',
  needFiling: '/guide/need-filing/',
  preApproval: '/guide/pre-approval/',
  changes: '/guide/changes/',
  keepValid: '/guide/keep-valid/',
  police: '/guide/police-filing/',
  provinces: '/provinces/',
  check: '/tools/sms-check/',
  decoder: '/tools/message-decoder/',
  deadlines: '/tools/deadlines/',
  policeDeadline: '/tools/deadlines/#公安联网备案期限',
  siteName: '/tools/site-name/',
  picker: '/tools/province-picker/',
  domainCheck: '/tools/domain-check/',
  footer: '/tools/footer/',
  suffixes: '/guide/need-filing/#哪些域名后缀能备案',
  registrar: '/guide/need-filing/#在国外注册商买的域名能备案吗',
  subdomains: '/guide/need-filing/#二级域名子域名要单独备案吗',
  realName: '/guide/prepare/#域名实名认证持有人要和备案主体一致',
  footerGuide: '/guide/after-approval/#把备案号放到网站首页',
  policeFooter: '/guide/police-filing/#把公安备案号放到网站底部',
} as const;

/**
 * A key of {@link PAGES}.
 *
 * @example
 * const k: PageKey = 'faq';
 */
export type PageKey = keyof typeof PAGES;

/**
 * The link to a page by key.
 *
 * @example
 * pageLink('faq') // { href: '/guide/faq/', page: 'faq' }
 */
export function pageLink(page: PageKey): PageLink<PageKey> {
  return { href: PAGES[page], page };
}

/**
 * The address of a province's page.
 *
 * @example
 * provincePath('guangdong') // '/provinces/guangdong/'
 * provincePath('\uD800') // '/provinces/%EF%BF%BD/' (never throws)
 */
export function provincePath(slug: string): string {
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws): it becomes U+FFFD first.
  const s = String(slug).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return `/provinces/${encodeURIComponent(s)}/`;
}
