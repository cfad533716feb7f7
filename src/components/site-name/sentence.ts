/**
 * The sentence of one 网站名称自查 finding, from the page's dictionary slice (`siteName`): the finding's code picks
 * the template, its params fill it, and the parts that need the dictionary or the province data are filled here:
 * `{words}` (the words found, quoted), `{sector}` (the sector's name), `{basis}` (why it needs 前置审批), `{province}`,
 * `{who}` and `{source}` (from the province rule the finding points to). Imports only types from src/i18n, and
 * src/i18n/sources (no dictionary).
 */
import type { Dictionary } from '../../i18n';
import { fill } from '../../i18n/fill';
import { sourceText, type ShownSource } from '../../i18n/sources';
import { ruleApplies, sectorBasis, type ProvinceWords, type Subject } from '../../lib/site-name/check';
import type { Issue } from '../../lib/issues';
import type { Sector, SiteNameIssue, SiteNamePattern, SiteNameVerdict, WordHit } from '../../lib/site-name/codes';

/**
 * The `siteName` section of a locale's dictionary.
 *
 * @example
 * const c: SiteNameCopy = dictionary('zh-CN').siteName;
 */
export type SiteNameCopy = Dictionary['siteName'];

/**
 * Words found, each quoted; as typed and as listed when typed differently.
 *
 * @example
 * quoteWords(copy, [{ typed: '中國', word: '中国' }]) // '“中國”（即“中国”）'
 */
export function quoteWords(copy: SiteNameCopy, hits: readonly WordHit[]): string {
  return hits
    .map((h) => fill(h.typed === h.word ? copy.word : copy.wordAs, { typed: h.typed, word: h.word }))
    .join(copy.wordSeparator);
}

/**
 * A province rule's formats, each quoted with its `*` written as the dictionary's placeholder (某某).
 *
 * @example
 * quoteFormats(copy, ['*的个人博客', '*的个人主页']) // '“某某的个人博客”或“某某的个人主页”'
 */
export function quoteFormats(copy: SiteNameCopy, formats: readonly string[]): string {
  return formats
    .map((f) => fill(copy.word, { word: String(f).replace('*', () => copy.formatOwner) }))
    .join(copy.formatOr);
}

/** The params of a sentence, with what the dictionary and the province rule named by `params.rule` add. */
function fullParams(
  copy: SiteNameCopy,
  item: { params?: Issue['params']; hits?: readonly WordHit[] },
  rules: readonly ProvinceWords[],
): Record<string, string | number> {
  const params: Record<string, string | number> = { ...item.params };
  if (item.hits) params.words = quoteWords(copy, item.hits);
  const sector = item.params?.sector;
  if (typeof sector === 'string' && Object.prototype.hasOwnProperty.call(copy.sectors, sector)) {
    params.sector = copy.sectors[sector as Sector];
    const basis = item.params?.basis;
    params.basis =
      copy.sectorBasis[basis === 'article5' || basis === 'ownRules' ? basis : sectorBasis(sector as Sector)];
  }
  const rule = item.params?.rule;
  const r = typeof rule === 'number' ? rules[rule] : undefined;
  if (r) {
    params.province = r.province;
    params.source = sourceText(copy.sourceTitle, r.source);
    params.who = copy.who[r.appliesTo];
    if (r.formats) params.formats = quoteFormats(copy, r.formats);
  }
  return params;
}

/**
 * The sentence of one finding. `rules`: the province rules the check was given (a finding about a province rule
 * names it by index).
 *
 * @example
 * sentence(copy, { code: 'name.short', params: { count: 2 } }) // '名称只有 2 个汉字：…'
 */
export function sentence(copy: SiteNameCopy, item: SiteNameIssue, rules: readonly ProvinceWords[] = []): string {
  return fill(copy.issues[item.code], fullParams(copy, item, rules));
}

/**
 * The sentence of one finding in pieces, for rendering: text, and the source of the province rule where the
 * sentence names it (`{source}`), so that it can be rendered as a cited title (a translated title with the Chinese
 * one marked as such). Joined as text, the pieces are {@link sentence}.
 *
 * @example
 * sentenceParts(copy, { code: 'name.short', params: { count: 2 } }) // [{ text: '名称只有 2 个汉字：…' }]
 */
export function sentenceParts(
  copy: SiteNameCopy,
  item: SiteNameIssue,
  rules: readonly ProvinceWords[] = [],
): ({ text: string } | { source: ShownSource })[] {
  const params = fullParams(copy, item, rules);
  const rule = item.params?.rule;
  const source = typeof rule === 'number' ? rules[rule]?.source : undefined;
  if (!source) return [{ text: fill(copy.issues[item.code], params) }];
  return copy.issues[item.code]
    .split('{source}')
    .flatMap((text, i) => [...(i > 0 ? [{ source }] : []), ...(text ? [{ text: fill(text, params) }] : [])]);
}

/**
 * The kind of name to write when no rename is offered.
 *
 * @example
 * patternText(copy, { code: 'personal' }) // '改名时，可以起“小林的摄影作品集”…'
 */
export function patternText(
  copy: SiteNameCopy,
  pattern: Issue<SiteNamePattern>,
  rules: readonly ProvinceWords[] = [],
): string {
  return fill(copy.patterns[pattern.code], fullParams(copy, pattern, rules));
}

/**
 * How to fix the name: the rename offered, or the kind of name to write; '' when there is nothing to fix.
 *
 * @example
 * fixText(copy, { ok: true, value: '小林的美食论坛', errors: [], warnings: [w], suggestion: '小林的美食' }) // '例如改成“小林的美食”。'
 */
export function fixText(copy: SiteNameCopy, check: SiteNameVerdict, rules: readonly ProvinceWords[] = []): string {
  if (check.suggestion) return fill(copy.suggestion, { name: check.suggestion });
  return check.pattern ? patternText(copy, check.pattern, rules) : '';
}

const SUBJECTS: readonly Subject[] = ['personal', 'organisation'];

/**
 * What the picked province adds to the check for a site of `subject`: its words and its name formats that apply, or
 * that none do; and those it has for the other kind of site only, named as such (not applied).
 *
 * @example
 * provinceLines(copy, '浙江', [{ …, appliesTo: '个人', words: ['维修'] }], 'personal') // ['浙江：已加上这个省的名称限制词：“维修”']
 */
export function provinceLines(
  copy: SiteNameCopy,
  province: string,
  rules: readonly ProvinceWords[],
  subject: Subject,
): string[] {
  const lines: string[] = [];
  const quoted = (words: readonly string[]) =>
    quoteWords(
      copy,
      words.map((w) => ({ typed: w, word: w })),
    );
  const applied = rules.filter((r) => ruleApplies(r, subject));
  const words = [...new Set(applied.flatMap((r) => r.words))];
  const formats = [...new Set(applied.flatMap((r) => r.formats ?? []))];
  if (words.length) lines.push(fill(copy.provinceChecked, { province, words: quoted(words) }));
  if (formats.length) lines.push(fill(copy.provinceFormats, { province, formats: quoteFormats(copy, formats) }));
  if (!lines.length) lines.push(fill(copy.provinceNoWords, { province, subject: copy.subjectSites[subject] }));
  for (const r of rules.filter((r) => !ruleApplies(r, subject))) {
    const whom = SUBJECTS.filter((s) => ruleApplies(r, s)).map((s) => copy.subjectSites[s])[0] ?? '';
    const params = { province, whom, subject: copy.subjectSites[subject] };
    if (r.words.length) lines.push(fill(copy.provinceOtherWords, { ...params, words: quoted(r.words) }));
    if (r.formats?.length)
      lines.push(fill(copy.provinceOtherFormats, { ...params, formats: quoteFormats(copy, r.formats) }));
  }
  return lines;
}
