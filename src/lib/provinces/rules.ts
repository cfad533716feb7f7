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

/** Longest cell text in the /provinces/ table (before the rule count). */
const CELL_MAX = 20;

/** "京东云说明：", "旧版腾讯云说明：" … at the start of a rule's text: who said it, shown on the page, not in a cell. */
const ATTRIBUTION = /^[^：:，。]{1,10}说明[：:]/;

function shorten(text: string): string {
  const t = Array.from(text.trim().replace(ATTRIBUTION, ''));
  return t.length <= CELL_MAX ? t.join('') : `${t.slice(0, CELL_MAX - 1).join('')}…`;
}

/** What the annotated rules (`when` + `outcome`) of 跨省 and 年龄 say, in a few words; undefined when not all say. */
function verdictCell(rules: ProvinceRule[], topic: RuleTopic): string | undefined {
  const covered = rules.filter((r) =>
    topic === '跨省备案与居住证' ? r.when?.nonLocal === true : topic === '年龄' ? !!r.when?.ages : false,
  );
  if (covered.length === 0 || covered.some((r) => !r.outcome)) return undefined;
  const outcomes = new Set(covered.map((r) => r.outcome));
  if (outcomes.size > 1 && outcomes.has('不受理')) return '说法不一';
  const o = [...outcomes][0];
  if (topic === '跨省备案与居住证')
    return o === '不受理' ? '不受理外省个人' : o === '需额外材料' ? '外省个人需本省居住证明' : '受理外省个人';
  return o === '不受理' ? '未成年人不受理' : o === '需额外材料' ? '未成年人需额外证明' : undefined;
}

/**
 * One short line for a topic's cell in the /provinces/ table: for 跨省 and 年龄 what the annotated rules decide
 * (不受理外省个人, 外省个人需本省居住证明, 未成年人不受理, 说法不一 …), otherwise the first rule's `short` or its
 * shortened text (without "某某说明："); "（共 N 条）" when there are more, "（共 N 条，说法不一）" when two of them
 * are marked as contradicting each other (`conflictsWith`). NOT_FOUND when nothing is published.
 *
 * @example
 * topicCell(findProvince('浙江')!, '年龄') // '未成年人不受理（共 2 条）'
 * topicCell(findProvince('北京')!, '年龄') // '未找到公开说明'
 */
export function topicCell(province: Province, topic: RuleTopic): string {
  const known = province.rules.filter((r) => r.topic === topic && !isUnknown(r));
  if (known.length === 0) return NOT_FOUND;
  const verdict = verdictCell(known, topic);
  const head = verdict ?? known[0].short ?? shorten(known[0].text);
  const disputed =
    verdict !== '说法不一' && known.some((r) => r.conflictsWith?.some((n) => province.rules[n - 1]?.topic === topic));
  return known.length > 1 ? `${head}（共 ${known.length} 条${disputed ? '，说法不一' : ''}）` : head;
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

/**
 * One word a bureau refuses in a site name, with whom it applies to and where the rule is (for 网站名称自查).
 *
 * @example
 * const w: SiteNameWord = { word: '论坛', appliesTo: '个人', href: '/provinces/guangdong/#rule-9', source: '…' };
 */
export interface SiteNameWord {
  word: string;
  appliesTo: ProvinceRule['appliesTo'];
  /** The rule on the province page. */
  href: string;
  /** Title of the rule's source. */
  source: string;
}

/**
 * The words a province's bureau refuses in a site name (rules of topic 网站名称额外限制 with `words`), each once per
 * appliesTo, in the order of the data.
 *
 * @example
 * siteNameWords(findProvince('广东')!).some((w) => w.word === '论坛' && w.appliesTo === '个人') // true
 * siteNameWords(findProvince('上海')!) // [] (no published list)
 */
export function siteNameWords(province: Province): SiteNameWord[] {
  const out: SiteNameWord[] = [];
  const seen = new Set<string>();
  province.rules.forEach((r, i) => {
    if (r.topic !== '网站名称额外限制' || !r.words) return;
    for (const word of r.words) {
      const key = `${r.appliesTo}\u0000${word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ word, appliesTo: r.appliesTo, href: provinceHref(province.slug, i), source: r.source.title });
    }
  });
  return out;
}
