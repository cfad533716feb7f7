/**
 * Reading a province's rules: grouped by topic for its page, one short cell per topic for the /provinces/ table,
 * and a stable anchor for each rule so that the picker can link to it.
 */
import { NOT_FOUND, RULE_TOPICS, type RuleTopic } from './constants';
import type { Province, ProvinceRule } from './schema';

/**
 * The id of a rule on its province page: its position in the province's `rules` array.
 *
 * @example
 * ruleAnchor(0) // 'rule-1'
 */
export function ruleAnchor(index: number): string {
  return `rule-${index + 1}`;
}

/**
 * The address of a province page, or of one rule on it.
 *
 * @example
 * provinceHref('guangdong') // '/provinces/guangdong/'
 * provinceHref('guangdong', 2) // '/provinces/guangdong/#rule-3'
 */
export function provinceHref(slug: string, ruleIndex?: number): string {
  return `/provinces/${slug}/${ruleIndex === undefined ? '' : `#${ruleAnchor(ruleIndex)}`}`;
}

/**
 * True when a rule only records that nothing public was found.
 *
 * @example
 * isUnknown({ text: '未找到公开说明' }) // true
 */
export function isUnknown(rule: Pick<ProvinceRule, 'text'>): boolean {
  return rule.text.trim() === NOT_FOUND;
}

/**
 * A rule together with its position in the province's `rules` array (for its anchor).
 *
 * @example
 * const r: IndexedRule = { rule: p.rules[0], index: 0 };
 */
export interface IndexedRule {
  rule: ProvinceRule;
  index: number;
}

/**
 * The province's rules grouped by topic, every topic present (empty when the data has no rule for it), in the
 * order of RULE_TOPICS.
 *
 * @example
 * rulesByTopic(findProvince('广东')!).map((g) => g.topic)[0] // '跨省备案与居住证'
 */
export function rulesByTopic(province: Province): { topic: RuleTopic; rules: IndexedRule[] }[] {
  return RULE_TOPICS.map((topic) => ({
    topic,
    rules: province.rules.flatMap((rule, index) => (rule.topic === topic ? [{ rule, index }] : [])),
  }));
}

/** Longest cell text in the /provinces/ table. */
const CELL_MAX = 24;

/**
 * One short line for a topic's cell in the /provinces/ table: the rules' `short` texts (or their shortened text),
 * joined; NOT_FOUND when there is no rule or only NOT_FOUND ones.
 *
 * @example
 * topicCell(findProvince('北京')!, '其他') // '未找到公开说明' when the data has nothing for it
 */
export function topicCell(province: Province, topic: RuleTopic): string {
  const known = province.rules.filter((r) => r.topic === topic && !isUnknown(r));
  if (known.length === 0) return NOT_FOUND;
  return known
    .map((r) => {
      if (r.short) return r.short;
      const t = Array.from(r.text.trim());
      return t.length <= CELL_MAX ? t.join('') : `${t.slice(0, CELL_MAX - 1).join('')}…`;
    })
    .join('；');
}

/**
 * Every distinct source cited by a province entry (review limit and rules), in order of first use.
 *
 * @example
 * provinceSources(findProvince('浙江')!)[0].url // the 接入商 page that gives 30 working days
 */
export function provinceSources(province: Province): { title: string; url: string }[] {
  const seen = new Map<string, { title: string; url: string }>();
  for (const s of [province.review.source, ...province.rules.map((r) => r.source)]) {
    if (!seen.has(s.url)) seen.set(s.url, { title: s.title, url: s.url });
  }
  return [...seen.values()];
}
