/**
 * Internal links in the reader's language. src/lib/routes writes every address once, for the root locale (zh-CN,
 * `/`): PAGES, provincePath, provinceHref. Each dictionary says where its own pages live (`links.prefix`) and how they
 * spell the heading anchors those addresses carry (`links.anchors`: an anchor is the slug of a heading's text, so it
 * is copy like the heading). {@link localHref} turns a root-locale address into the page language's. Islands import
 * this module (small, no words) beside src/i18n/fill and receive the `links` slice of the dictionary as a prop.
 */

/**
 * Where a locale's pages live: the dictionary's `links` section.
 *
 * @example
 * const en: LocaleLinks = { prefix: '/en', anchors: { 公安联网备案期限: 'public-security-filing-deadline' } };
 */
export interface LocaleLinks {
  /** Path prefix of the locale's pages: '' for the root locale (zh-CN), '/en' for English. */
  readonly prefix: string;
  /**
   * Heading anchors of the root-locale pages (decoded, as src/lib/routes and the tool wrappers write them) → the same
   * heading's anchor on this locale's page. In another locale a heading anchor not listed here is dropped, so the link
   * opens the top of the page rather than a missing heading; an id that the code writes (ASCII only, such as a
   * province rule's `rule-3`) is the same in every language and is kept.
   */
  readonly anchors: Readonly<Record<string, string>>;
}

/** An id the code writes (same in every language), as opposed to the slug of a Chinese heading. */
const SHARED_ID = /^[A-Za-z0-9_-]+$/;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The address of a root-locale page (and heading) in the locale of `links`. The root locale gets the address back
 * unchanged; another locale gets its prefix and its anchor. External addresses and anything that is not a site path
 * are returned as they are.
 *
 * @example
 * localHref({ prefix: '', anchors: {} }, '/tools/deadlines/#公安联网备案期限') // '/tools/deadlines/#公安联网备案期限'
 * localHref({ prefix: '/en', anchors: { 公安联网备案期限: 'public-security-filing-deadline' } }, '/tools/deadlines/#公安联网备案期限')
 * // '/en/tools/deadlines/#public-security-filing-deadline'
 * localHref({ prefix: '/en', anchors: {} }, '/provinces/guangdong/#rule-3') // '/en/provinces/guangdong/#rule-3'
 * localHref({ prefix: '/en', anchors: {} }, '/guide/sms-verification/#24-小时时限') // '/en/guide/sms-verification/'
 */
export function localHref(links: LocaleLinks, href: string): string {
  if (!links.prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  const hash = href.indexOf('#');
  const path = hash < 0 ? href : href.slice(0, hash);
  const anchor = hash < 0 ? '' : decode(href.slice(hash + 1));
  const own = path === links.prefix || path.startsWith(`${links.prefix}/`);
  const local = own ? path : `${links.prefix}${path}`;
  if (!anchor) return local;
  const mapped = Object.prototype.hasOwnProperty.call(links.anchors, anchor) ? links.anchors[anchor] : undefined;
  const kept = mapped ?? (SHARED_ID.test(anchor) ? anchor : '');
  return kept ? `${local}#${encodeURIComponent(kept)}` : local;
}
