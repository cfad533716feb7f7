/**
 * 域名能不能备案: read a domain (or a whole address) as a person types or pastes it, find the domain that is filed
 * (the registrable one: `blog.example.cn` → `example.cn`), and say whether its suffix is on MIIT's approved list.
 * Pure: no DOM, no network, never throws. The list and its sources: ./suffixes-data.ts, ./sources-data.ts.
 */
import { type Issue, type PageLink, type Verdict, issue } from '../issues';
import { type PageKey, pageLink } from '../routes';
import { decodeLabel, encodeLabel } from './punycode';
import { SUFFIXES, SUFFIXES_CHECKED, type SuffixEntry, type SuffixHolder } from './suffixes-data';

/**
 * What the checker tells the reader, as codes (the sentences are in the dictionary, section `domainCheck`).
 *
 * @example
 * const c: DomainCode = 'domain.notApproved';
 */
export type DomainCode =
  // errors: what has to change
  | 'domain.empty'
  | 'domain.tooLong'
  | 'domain.invalidChar'
  | 'domain.space'
  | 'domain.emptyLabel'
  | 'domain.labelTooLong'
  | 'domain.hyphen'
  | 'domain.badPunycode'
  | 'domain.ip'
  | 'domain.noSuffix'
  | 'domain.onlySuffix'
  | 'domain.notApproved'
  // warnings: accepted, but worth a look
  | 'domain.email'
  | 'domain.forGovernment'
  | 'domain.forNonProfit'
  | 'domain.forEducation'
  | 'domain.forResearch'
  | 'domain.forDefence'
  | 'domain.govSubdomain'
  // notes: which name is filed, what the check cannot know
  | 'domain.subdomain'
  | 'domain.idn'
  | 'domain.realName'
  | 'domain.registrar'
  | 'domain.holder'
  | 'domain.listDate';

/**
 * The verdict of {@link checkDomain}. `value`: the registrable domain to file (Chinese labels in characters), '' when
 * none can be read; `ascii`: the same in the form DNS uses (`xn--…`); `suffix`: its suffix with the dot (`.com.cn`,
 * `.中国`), '' when none; `approved`: whether that suffix is on the list; `notes`: what the check cannot know;
 * `links`: the guide pages that explain it.
 *
 * @example
 * const v: DomainVerdict = checkDomain('example.cn');
 */
export interface DomainVerdict extends Verdict<DomainCode> {
  suffix: string;
  ascii: string;
  approved: boolean;
  notes: Issue<DomainCode>[];
  links: PageLink<PageKey>[];
}

/** Longest input looked at: an address with a long path still fits; anything longer is not a domain. */
export const MAX_INPUT = 2000;
/** DNS limits, on the ASCII form. */
const MAX_NAME = 253;
const MAX_LABEL = 63;

const HOLDER_CODE: Record<SuffixHolder, DomainCode> = {
  government: 'domain.forGovernment',
  nonProfit: 'domain.forNonProfit',
  education: 'domain.forEducation',
  research: 'domain.forResearch',
  defence: 'domain.forDefence',
};

/** Second-level labels under which many country codes register names (co.uk, com.au …): a guess for unknown suffixes. */
const GENERIC_SECOND = new Set(['com', 'net', 'org', 'edu', 'gov', 'co', 'ac', 'or', 'ne', 'go']);

let bySuffix: Map<string, SuffixEntry> | undefined;
function table(): Map<string, SuffixEntry> {
  bySuffix ??= new Map(SUFFIXES.map((e) => [e.suffix, e]));
  return bySuffix;
}

/** Dots people type in Chinese text: ideographic full stop, full-width and half-width forms. */
const DOTS = /[\u3002\uff0e\uff61]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:\/\//;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const LABEL_CHAR = /^[\p{L}\p{M}\p{N}-]$/u;

/** The host part of what was typed: scheme, user, port, path, query and fragment removed. */
function hostOf(text: string): { host: string; email: boolean } {
  let t = text;
  const scheme = SCHEME.exec(t);
  if (scheme) t = t.slice(scheme[0].length);
  else if (t.startsWith('//')) t = t.slice(2);
  const end = t.search(/[/?#\\]/);
  if (end >= 0) t = t.slice(0, end);
  const at = t.lastIndexOf('@');
  const email = at >= 0 && !scheme;
  if (at >= 0) t = t.slice(at + 1);
  if (t.startsWith('[')) return { host: t, email };
  const port = /:\d{0,5}$/.exec(t);
  if (port) t = t.slice(0, port.index);
  return { host: t.replace(/\.$/, ''), email };
}

/** The suffix of unknown labels: the last label, or the last two for a country code under a generic second label. */
function guessSuffix(labels: readonly string[]): number {
  const n = labels.length;
  if (n >= 3 && /^[a-z]{2}$/.test(labels[n - 1]!) && GENERIC_SECOND.has(labels[n - 2]!)) return 2;
  return 1;
}

function result(
  value: string,
  ascii: string,
  suffix: string,
  approved: boolean,
  errors: Issue<DomainCode>[],
  warnings: Issue<DomainCode>[] = [],
  notes: Issue<DomainCode>[] = [],
  links: PageLink<PageKey>[] = [],
): DomainVerdict {
  return { ok: errors.length === 0, value, ascii, suffix, approved, errors, warnings, notes, links };
}

const fail = (...errors: Issue<DomainCode>[]) => result('', '', '', false, errors);

/**
 * Can this domain be filed? Reads a domain, a subdomain or a whole address (`https://www.example.com/a`), in Latin or
 * Chinese characters or punycode (`xn--fiqs8s`), with full-width letters and dots. `value` is the registrable domain
 * to file and `suffix` its suffix; a suffix not on MIIT's approved list (as far as our dated copy says) is an error;
 * `notes` always list what the check cannot know (real-name status, the registrar, the holder). Never throws.
 *
 * @example
 * checkDomain('blog.example.cn').value // 'example.cn'
 * checkDomain('https://www.example.com/a').value // 'example.com'
 * checkDomain('shop.example.com.cn').suffix // '.com.cn'
 * checkDomain('例子.xn--fiqs8s').value // '例子.中国'
 * checkDomain('example.dev').errors[0].code // 'domain.notApproved'
 * checkDomain('example.gov.cn').warnings[0].code // 'domain.forGovernment'
 * checkDomain('xn--fiqs8s').errors[0] // { code: 'domain.onlySuffix', params: { host: '中国', suffix: '.中国' } }
 */
export function checkDomain(input: string): DomainVerdict {
  if (typeof input !== 'string') return fail(issue('domain.empty'));
  if (input.length > MAX_INPUT) return fail(issue('domain.tooLong', { max: MAX_NAME }));
  const text = input.normalize('NFKC').replace(INVISIBLE, '').replace(DOTS, '.').trim().toLowerCase();
  if (text === '') return fail(issue('domain.empty'));
  if (/\s/.test(text)) return fail(issue('domain.space'));

  const { host, email } = hostOf(text);
  if (host === '') return fail(issue('domain.empty'));
  if (host.startsWith('[') || IPV4.test(host)) return fail(issue('domain.ip', { host }));

  const labels = host.split('.');
  if (labels.length === 1) {
    // a suffix typed alone (com, 中国, or its punycode xn--fiqs8s) is a suffix without a name, not a name without one
    const only = host.startsWith('xn--') ? decodeLabel(host.slice(4))?.normalize('NFKC').toLowerCase() : host;
    const entry = only ? table().get(only) : undefined;
    if (!entry || !only) return fail(issue('domain.noSuffix', { host }));
    return result('', '', `.${only}`, true, [issue('domain.onlySuffix', { host: only, suffix: `.${only}` })]);
  }
  if (labels.some((l) => l === '')) return fail(issue('domain.emptyLabel', { host }));

  // Every label in characters (for the list and the reader) and in ASCII (for DNS's limits).
  const unicode: string[] = [];
  const ascii: string[] = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      const decoded = decodeLabel(label.slice(4));
      if (decoded === undefined || decoded === '' || /^[\p{ASCII}]*$/u.test(decoded)) {
        return fail(issue('domain.badPunycode', { label }));
      }
      unicode.push(decoded.normalize('NFKC').toLowerCase());
      ascii.push(label);
    } else {
      const bad = Array.from(label).find((c) => !LABEL_CHAR.test(c));
      if (bad !== undefined) return fail(issue('domain.invalidChar', { char: bad }));
      const encoded = encodeLabel(label);
      if (encoded === undefined && !/^[\p{ASCII}]+$/u.test(label)) {
        return fail(issue('domain.labelTooLong', { label, max: MAX_LABEL }));
      }
      unicode.push(label);
      ascii.push(encoded === undefined ? label : `xn--${encoded}`);
    }
  }
  const tooLong = ascii.findIndex((l) => l.length > MAX_LABEL);
  if (tooLong >= 0) return fail(issue('domain.labelTooLong', { label: unicode[tooLong]!, max: MAX_LABEL }));
  if (ascii.join('.').length > MAX_NAME) return fail(issue('domain.tooLong', { max: MAX_NAME }));
  const hyphen = unicode.findIndex((l) => l.startsWith('-') || l.endsWith('-'));
  if (hyphen >= 0) return fail(issue('domain.hyphen', { label: unicode[hyphen]! }));

  // The longest approved suffix that ends the name; otherwise a guess at its public suffix.
  const names = table();
  let size = 0;
  for (let k = Math.min(2, unicode.length); k >= 1; k--) {
    if (names.has(unicode.slice(-k).join('.'))) {
      size = k;
      break;
    }
  }
  const entry = size ? names.get(unicode.slice(-size).join('.')) : undefined;
  if (!size) size = guessSuffix(unicode);
  const suffix = `.${unicode.slice(-size).join('.')}`;
  const shown = unicode.join('.');
  if (unicode.length <= size) {
    return result('', '', suffix, !!entry, [issue('domain.onlySuffix', { host: shown, suffix })]);
  }
  const value = unicode.slice(-size - 1).join('.');
  const valueAscii = ascii.slice(-size - 1).join('.');

  const errors: Issue<DomainCode>[] = [];
  const warnings: Issue<DomainCode>[] = [];
  const notes: Issue<DomainCode>[] = [];
  if (!entry) {
    errors.push(issue('domain.notApproved', { suffix, checked: SUFFIXES_CHECKED }));
    return result(value, valueAscii, suffix, false, errors, warnings, notes, [
      pageLink('suffixes'),
      pageLink('needFiling'),
    ]);
  }
  if (email) warnings.push(issue('domain.email', { value }));
  else if (unicode.length > size + 1) notes.push(issue('domain.subdomain', { host: shown, value }));
  if (entry.holder) warnings.push(issue(HOLDER_CODE[entry.holder], { suffix }));
  if (entry.holder === 'government' && unicode.length > size + 1) {
    warnings.push(issue('domain.govSubdomain', { host: shown }));
  }
  if (value !== valueAscii) notes.push(issue('domain.idn', { value, ascii: valueAscii }));
  notes.push(
    issue('domain.listDate', { checked: SUFFIXES_CHECKED }),
    issue('domain.realName'),
    issue('domain.holder'),
    issue('domain.registrar'),
  );
  return result(value, valueAscii, suffix, true, errors, warnings, notes, [
    pageLink('realName'),
    pageLink('registrar'),
    pageLink('subdomains'),
  ]);
}
