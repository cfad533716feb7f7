/**
 * 页脚备案号代码, the core: write the footer HTML for an ICP number (and a 公安 number), and check a pasted page's
 * footer, against a province table given by the caller. The islands import this file (their wrapper passes the
 * table, so they do not load the province data); ./check.ts is the public API, with the table filled in. Pasted HTML
 * is read as text by ./scan.ts (never run, never put into a document). Pure: no DOM, no network; nothing throws.
 * Facts: shared/facts/icp-facts.md §6 (the number and its link) and §8 (the 公安 number's link).
 */
import { type Issue, type PageLink, issue } from '../issues';
import { type PageKey, pageLink } from '../routes';
import { ICP_HREF, icpLink, policeHref, policeLink, hostOf } from './links';
import {
  type FoundNumber,
  type NumberCode,
  type ProvinceId,
  findIcpNumbers,
  findPoliceNumbers,
  hasLicence,
  readIcp,
  readPolice,
} from './numbers';
import type { FooterRule } from './province';
import { type HiddenText, scanHtml } from './scan';
import { DEFAULT_BADGE } from './badge';

/**
 * Everything the footer tools tell the reader, as codes (sentences: the dictionary's `footerCheck` section).
 *
 * @example
 * const c: FooterCode = 'icp.noLink';
 */
export type FooterCode =
  | NumberCode
  | 'icp.noLink'
  | 'icp.hidden'
  | 'icp.oldLink'
  | 'icp.wrongLink'
  | 'icp.several'
  | 'icp.provinceSubject'
  | 'icp.usedSubject'
  | 'icp.provinceSite'
  | 'icp.provinceDisputed'
  | 'icp.depends'
  | 'icp.provinceMismatch'
  | 'police.noLink'
  | 'police.hidden'
  | 'police.noCode'
  | 'police.codeMismatch'
  | 'police.oldLink'
  | 'police.wrongLink'
  | 'police.none'
  | 'police.foreignBadge'
  | 'badge.foreign'
  | 'badge.default'
  | 'police.otherProvince'
  | 'footer.cut'
  | 'footer.allGood';

/**
 * A number found in the pasted HTML: as written, its canonical spelling ('' when malformed), and the link it sits in
 * (null when none).
 *
 * @example
 * const n: FooterNumber = { written: '京ICP备2026000000号-1', number: '京ICP备2026000000号-1', href: 'https://beian.miit.gov.cn/' };
 */
export interface FooterNumber {
  written: string;
  number: string;
  href: string | null;
}

/**
 * The verdict of {@link checkFooter}: `ok` when nothing must change; the ICP and 公安 numbers found first; the province
 * rule that applies (when one is known); `notes` what to know; `links` the guide sections that explain it.
 *
 * @example
 * const v: FooterVerdict = checkFooter('<a href="https://beian.miit.gov.cn/">京ICP备2026000000号-1</a>');
 */
export interface FooterVerdict {
  ok: boolean;
  errors: Issue<FooterCode>[];
  warnings: Issue<FooterCode>[];
  notes: Issue<FooterCode>[];
  icp: FooterNumber | null;
  police: FooterNumber | null;
  rule: FooterRule | null;
  links: PageLink<PageKey>[];
}

/** Longest paste read: a whole page's HTML fits; beyond it the end (where the footer is) is kept. */
export const MAX_HTML = 1_000_000;

/**
 * The link a stretch of text `[start, end)` sits in, or null.
 */
function linkAt(links: readonly { start: number; end: number; href: string }[], start: number): string | null {
  for (const l of links) if (start >= l.start && start < l.end) return l.href;
  return null;
}

/**
 * How the number at `[start, end)` of the scanned text is hidden ('' when a reader sees it): any of its characters
 * inside a hidden stretch counts.
 */
function hiddenAt(hidden: readonly HiddenText[], text: string, start: number, end: number): string {
  for (const h of hidden) {
    const from = Math.max(start, h.start);
    const to = Math.min(end, h.end);
    if (from < to && text.slice(from, to).trim()) return h.how;
  }
  return '';
}

/** What a province's rule says about a number with or without -N. */
function judgeRule(n: FoundNumber, rule: FooterRule | null, warnings: Issue<FooterCode>[], notes: Issue<FooterCode>[]) {
  if (!rule || rule.number === 'unknown') {
    notes.push(issue('icp.depends', { province: rule?.name ?? n.province?.name ?? n.abbr }));
    return;
  }
  if (rule.number === 'subject' && n.site !== undefined) {
    warnings.push(issue('icp.provinceSubject', { province: rule.name, number: subjectOf(n) }));
  } else if (rule.number === 'site' && n.site === undefined) {
    warnings.push(issue('icp.provinceSite', { province: rule.name }));
  }
  if (rule.disputed) notes.push(issue('icp.provinceDisputed', { province: rule.name }));
}

/** The 主体备案号 of a number: without -N. */
function subjectOf(n: FoundNumber): string {
  return n.site === undefined ? n.number : n.number.slice(0, n.number.lastIndexOf('-'));
}

function ruleFor(rules: readonly FooterRule[] | undefined, abbr: string): FooterRule | null {
  return (Array.isArray(rules) ? rules.find((r) => r && r.abbr === abbr) : undefined) ?? null;
}

/**
 * {@link checkFooter} against the province table `opts.provinces` (see ProvinceId): check a pasted page or footer:
 * is there an ICP filing number, is it well formed (province abbreviation, 8 or 10
 * digits, 号, -N), can a reader see it (not hidden by the `hidden` attribute or an inline style in the paste), does it
 * link to MIIT's filing system (not the retired miibeian.gov.cn; http is fine), and does a
 * 公安 number link to its query page on beian.mps.gov.cn with its own digits (not the old www.beian.gov.cn)? With
 * `opts.rules` (from footerRules), the province's rule on 主体 or 网站备案号 is applied. The HTML is read as text and
 * never run. Never throws.
 *
 * @example
 * checkFooterWith('<p>京ICP备2026000000号-1</p>', { provinces: PROVINCE_REFS }).errors[0].code // 'icp.noLink'
 */
export function checkFooterWith(
  html: string,
  opts: { provinces: readonly ProvinceId[]; rules?: readonly FooterRule[] },
): FooterVerdict {
  const provinces = opts?.provinces ?? [];
  const errors: Issue<FooterCode>[] = [];
  const warnings: Issue<FooterCode>[] = [];
  const notes: Issue<FooterCode>[] = [];
  const source = typeof html === 'string' ? html : '';
  if (source.length > MAX_HTML) warnings.push(issue('footer.cut', { max: MAX_HTML }));
  const { text, links, images, hidden } = scanHtml(source.length > MAX_HTML ? source.slice(-MAX_HTML) : source);

  // ICP filing numbers.
  const icps = findIcpNumbers(text, provinces);
  let icp: FooterNumber | null = null;
  let rule: FooterRule | null = null;
  if (icps.length === 0) {
    errors.push(issue('icp.notFound'));
  } else {
    const distinct = new Set(icps.map((n) => n.number || n.written));
    if (distinct.size > 1) notes.push(issue('icp.several', { count: distinct.size }));
    for (const n of icps) {
      errors.push(...n.errors);
      warnings.push(...n.warnings);
      const href = linkAt(links, n.start);
      const shown = n.written;
      const how = hiddenAt(hidden, text, n.start, n.end);
      if (how) errors.push(issue('icp.hidden', { number: shown, how }));
      if (href === null) errors.push(issue('icp.noLink', { number: shown }));
      else if (icpLink(href) === 'old') errors.push(issue('icp.oldLink', { number: shown, href }));
      else if (icpLink(href) === 'wrong') errors.push(issue('icp.wrongLink', { number: shown, href }));
      icp ??= { written: shown, number: n.number, href };
    }
    const first = icps[0]!;
    if (first.province) {
      rule = ruleFor(opts?.rules, first.province.abbr);
      if (first.number) judgeRule(first, rule, warnings, notes);
    }
  }
  if (hasLicence(text)) notes.push(issue('icp.licence'));

  // 公安联网备案 numbers.
  const polices = findPoliceNumbers(text, provinces);
  let police: FooterNumber | null = null;
  if (polices.length === 0) notes.push(issue('police.none'));
  for (const n of polices) {
    errors.push(...n.errors);
    warnings.push(...n.warnings);
    const href = linkAt(links, n.start);
    const shown = n.written;
    const how = hiddenAt(hidden, text, n.start, n.end);
    if (how) errors.push(issue('police.hidden', { number: shown, how }));
    if (href === null) {
      warnings.push(issue('police.noLink', { number: shown }));
    } else {
      const l = policeLink(href, n.digits);
      if (l.status === 'old') errors.push(issue('police.oldLink', { number: shown, href }));
      else if (l.status === 'wrong') errors.push(issue('police.wrongLink', { number: shown, href }));
      else if (l.status === 'mismatch') errors.push(issue('police.codeMismatch', { code: l.code, digits: n.digits }));
      else if (l.status === 'noCode') warnings.push(issue('police.noCode', { digits: n.digits }));
    }
    police ??= { written: shown, number: n.number, href };
  }
  // A badge loaded from another site (the platform's own image) instead of the site's own copy.
  for (const img of images) {
    const host = hostOf(img.src);
    if (host && (host.endsWith('beian.gov.cn') || host.endsWith('mps.gov.cn') || host.endsWith('miit.gov.cn'))) {
      warnings.push(issue('police.foreignBadge', { host }));
      break;
    }
  }

  const unique = dedupe(errors);
  if (unique.length === 0 && icp && !warnings.length) notes.unshift(issue('footer.allGood'));
  return {
    ok: unique.length === 0,
    errors: unique,
    warnings: dedupe(warnings),
    notes: dedupe(notes),
    icp,
    police,
    rule,
    links: [pageLink('footerGuide'), pageLink('policeFooter')],
  };
}

/** The same issue once (a number repeated in a page gives the same findings). */
function dedupe<C extends string>(list: Issue<C>[]): Issue<C>[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = JSON.stringify(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What footerHtml gives: the HTML (empty while the numbers have errors), the numbers it used, the province
 * rule applied, and what to tell the reader.
 *
 * @example
 * const r: FooterHtml = footerHtml({ icp: '京ICP备2026000000号-1' });
 */
export interface FooterHtml {
  html: string;
  icp: string;
  police: string;
  rule: FooterRule | null;
  errors: Issue<FooterCode>[];
  warnings: Issue<FooterCode>[];
  notes: Issue<FooterCode>[];
}

/** The badge image used when none is given (in ./badge.ts, so that a form can show it without this file). */
export { DEFAULT_BADGE };

/** Escape text for HTML content and attribute values. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A path on the site itself (`/images/x.png`, `images/x.png`): no scheme, no other host, nothing that breaks out. */
const OWN_PATH = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s"'<>\\]{1,200}$/i;

/**
 * {@link footerHtml} against the province table `opts.provinces` (see ProvinceId): minimal, valid footer HTML for an
 * ICP number (and optionally a 公安 number): the ICP number linked to MIIT's filing
 * system, the 公安 number linked to its query page on beian.mps.gov.cn with its digits as `code`, the badge as an
 * image on the reader's own site (`badge`, default {@link DEFAULT_BADGE}). The ICP number shown follows the
 * province's rule when one is known (`province`, from footerRules): the 主体备案号 without -N where the rule says so;
 * otherwise a note says that it depends. Text is escaped; nothing the reader typed reaches the HTML unchecked.
 *
 * @example
 * footerHtmlWith({ icp: '京ICP备123号', provinces: PROVINCE_REFS }).errors[0].code // 'icp.badDigits'
 */
export function footerHtmlWith(opts: {
  icp: string;
  police?: string;
  province?: FooterRule;
  badge?: string;
  provinces: readonly ProvinceId[];
}): FooterHtml {
  const provinces = opts?.provinces ?? [];
  const errors: Issue<FooterCode>[] = [];
  const warnings: Issue<FooterCode>[] = [];
  const notes: Issue<FooterCode>[] = [];
  const icpText = typeof opts?.icp === 'string' ? opts.icp.trim() : '';
  const policeText = typeof opts?.police === 'string' ? opts.police.trim() : '';
  const province = opts?.province && typeof opts.province === 'object' ? opts.province : null;
  const badgeGiven = typeof opts?.badge === 'string' && opts.badge.trim() !== '';
  const badge = badgeGiven ? opts.badge!.trim() : DEFAULT_BADGE;

  let icp = '';
  const n = icpText ? readIcp(icpText, provinces) : undefined;
  if (!icpText) errors.push(issue('icp.empty'));
  else if (!n) errors.push(issue('icp.notFound'), ...(hasLicence(icpText) ? [issue('icp.licence')] : []));
  else {
    errors.push(...n.errors);
    warnings.push(...n.warnings);
    icp = n.number;
  }
  let rule: FooterRule | null = null;
  if (n && icp) {
    rule = province;
    if (rule && n.province && rule.abbr !== n.province.abbr) {
      warnings.push(issue('icp.provinceMismatch', { abbr: n.province.abbr, province: rule.name }));
      rule = null;
    }
    if (rule?.number === 'subject' && n.site !== undefined) {
      icp = subjectOf(n);
      notes.push(issue('icp.usedSubject', { province: rule.name, number: icp }));
      if (rule.disputed) notes.push(issue('icp.provinceDisputed', { province: rule.name }));
    } else {
      judgeRule(n, rule, warnings, notes);
    }
  }

  let police = '';
  if (policeText) {
    const p = readPolice(policeText, provinces);
    if (!p) errors.push(issue('police.notFound'));
    else {
      errors.push(...p.errors);
      warnings.push(...p.warnings);
      police = p.number;
      // Two numbers from two authorities: a 公安 number of another province is pointed out, never judged (no rule
      // we have read says which province's 公安 office gives the number of a site filed elsewhere).
      if (n?.province && p.province && p.province.abbr !== n.province.abbr)
        notes.push(issue('police.otherProvince', { police: p.province.abbr, icp: n.province.abbr }));
    }
  }
  if (police && !OWN_PATH.test(badge)) errors.push(issue('badge.foreign', { badge }));
  // The icon the code points to when no address was given: say so, with where to put it or how to leave it out.
  if (police && !badgeGiven) notes.push(issue('badge.default', { badge }));

  if (errors.length > 0) return { html: '', icp, police, rule, errors, warnings, notes };
  const lines = [
    '<footer style="text-align: center;">',
    `  <p><a href="${esc(ICP_HREF)}" target="_blank" rel="noopener">${esc(icp)}</a></p>`,
  ];
  if (police) {
    const digits = police.replace(/\D/g, '');
    lines.push(
      `  <p><a href="${esc(policeHref(digits))}" target="_blank" rel="noopener"><img src="${esc(badge)}" alt="" width="16" height="16" style="vertical-align: middle;"> ${esc(police)}</a></p>`,
    );
  }
  lines.push('</footer>');
  return { html: `${lines.join('\n')}\n`, icp, police, rule, errors, warnings, notes };
}
