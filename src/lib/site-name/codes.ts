/**
 * What 网站名称自查 tells the reader, without words: the codes of its findings, the structured parts a sentence
 * needs (the words found, a link), and the verdict's shape. The sentences are the `siteName` section of the locale's
 * dictionary (src/i18n), keyed by these codes. Types only.
 */
import type { Issue, PageLink, Verdict } from '../issues';

/**
 * One finding about a site name. Errors: `name.empty`, `name.tooLong`, `name.domain`, `name.noHan`, the national
 * words (`national.personal` / `national.organisation`), `illegal`, `symbols.emoji`. Warnings: the other codes.
 *
 * @example
 * const c: SiteNameCode = 'interactive.personal';
 */
export type SiteNameCode =
  | 'name.empty'
  | 'name.tooLong'
  | 'name.domain'
  | 'name.noHan'
  | 'name.short'
  | 'national.personal'
  | 'national.organisation'
  | 'national.inside'
  | 'illegal'
  | 'organisation'
  | 'interactive.personal'
  | 'interactive.organisation'
  | 'commercial'
  | 'regulated'
  | 'place'
  | 'name.long'
  | 'name.generic'
  | 'province.words'
  | 'province.format'
  | 'domain.inside'
  | 'symbols.emoji'
  | 'symbols.special'
  | 'name.space';

/**
 * A sector whose information services need 前置审批 (the `sector` param of 'regulated').
 *
 * @example
 * const s: Sector = 'news';
 */
export type Sector = 'news' | 'broadcast' | 'medical' | 'drugs' | 'education' | 'publishing' | 'culture' | 'finance';

/**
 * The links a finding can end with: the 前置审批 guide page, or the page of the filing's province.
 *
 * @example
 * const k: SiteNameLinkKey = 'province';
 */
export type SiteNameLinkKey = 'preApproval' | 'province';

/**
 * A listed word found in a name: as typed (中國) and as listed (中国).
 *
 * @example
 * const h: WordHit = { typed: '中國', word: '中国' };
 */
export interface WordHit {
  readonly typed: string;
  readonly word: string;
}

/**
 * One finding: its code and params (`value`, `length`, `count`: what was typed; `max`: a limit; `sector`: a {@link Sector};
 * `province`: a province slug and `rule`: the index of its rule in the province rules the check was given), the words
 * or symbols found (`hits`, for the sentence's `{words}`), and the link it ends with, if any.
 *
 * @example
 * const i: SiteNameIssue = { code: 'commercial', hits: [{ typed: '商城', word: '商城' }] };
 */
export interface SiteNameIssue extends Issue<SiteNameCode> {
  readonly hits?: readonly WordHit[];
  readonly link?: PageLink<SiteNameLinkKey>;
}

/**
 * What to follow when no concrete rename can be offered: a name of the subject's usual kind, or the format a
 * province rule prescribes (params `province`: its slug, `rule`: the index of the rule in the province rules the
 * check was given).
 *
 * @example
 * const p: SiteNamePattern = 'personal';
 */
export type SiteNamePattern = 'personal' | 'organisation' | 'provinceFormat';

/**
 * The verdict on a site name: `ok`, `value` (what would be submitted: trimmed, full-width spaces removed), the
 * findings, and how to fix the name: `suggestion`, one concrete rename, or else `pattern`, the kind of name to write
 * instead. Neither when there is nothing to fix.
 *
 * @example
 * const v: SiteNameVerdict = { ok: true, value: '小林的摄影作品集', errors: [], warnings: [] };
 * const w: SiteNameVerdict = { ok: true, value: '小站', errors: [], warnings: [{ code: 'name.short', params: { count: 2 } }], pattern: { code: 'personal' } };
 */
export interface SiteNameVerdict extends Verdict<SiteNameCode> {
  errors: SiteNameIssue[];
  warnings: SiteNameIssue[];
  suggestion?: string;
  pattern?: Issue<SiteNamePattern>;
}
