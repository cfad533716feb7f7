/**
 * Reading a province's rules: grouped by topic for its page, one short cell per topic for the /provinces/ table,
 * and a stable anchor for each rule so that the picker can link to it.
 */
import { provincePath } from '../routes';
import { NOT_FOUND, NOT_FOUND_EN, OUTCOME, RULE_TOPICS, TOPIC, type RuleTopic } from './vocabulary-data';
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
  return `${provincePath(slug)}${ruleIndex === undefined ? '' : `#${ruleAnchor(ruleIndex)}`}`;
}

/**
 * True when a rule only records that nothing public was found (in Chinese, or in the English of ./data-en.ts).
 *
 * @example
 * isUnknown({ text: '未找到公开说明' }) // true
 * isUnknown({ text: 'No public statement found' }) // true
 */
export function isUnknown(rule: Pick<ProvinceRule, 'text'>): boolean {
  const text = rule.text.trim();
  return text === NOT_FOUND || text === NOT_FOUND_EN;
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

/**
 * How a rule's words are cut for its /provinces/ table cell, per script: a rule shorter than `whole` characters is
 * shown whole; a longer one up to the end of its first sentence (`sentenceEnd`); nothing is ever cut inside a
 * sentence (a number such as 31 stays whole). `attribution` is who said it at the start of the text ("京东云说明：",
 * "Old Tencent Cloud note: "), shown on the page, not in a cell; `capital`: the cell then starts with a capital.
 * English runs about twice as long as Chinese.
 */
const CELL_STYLES = {
  zh: { whole: 60, sentenceEnd: /[。！？!?]/, attribution: /^[^：:，。]{1,10}说明[：:]/, capital: false },
  en: { whole: 140, sentenceEnd: /[.!?](?=\s|$)/, attribution: /^[A-Z][A-Za-z ]{1,30} note: /, capital: true },
} as const;

/**
 * The script of the rule texts a table shows: 'zh' (the data as written) or 'en' (./data-en.ts).
 *
 * @example
 * const s: CellScript = 'en';
 */
export type CellScript = keyof typeof CELL_STYLES;

/**
 * What the annotated rules (`when` + `outcome`) of 跨省 and 年龄 decide, as a code the table's dictionary words:
 * `disputed` (sources disagree), `cross.refused` / `cross.extra` / `cross.accepted` (people from other provinces),
 * `minors.refused` / `minors.extra`.
 *
 * @example
 * const c: TopicCellCode = 'cross.extra';
 */
export type TopicCellCode =
  'disputed' | 'cross.refused' | 'cross.extra' | 'cross.accepted' | 'minors.refused' | 'minors.extra';

/**
 * One cell of the /provinces/ table: nothing published (`none`), a decision (`verdict`, a code), or a rule's own
 * words (`text`: its `short`, the whole rule, or its first whole sentence with `more` set when the rule goes on).
 * `count` is the number of published rules on the topic.
 *
 * @example
 * const c: TopicCell = { kind: 'text', text: '手机号须为本省号码。', more: false, count: 1 };
 */
export type TopicCell =
  | { kind: 'none' }
  | { kind: 'verdict'; code: TopicCellCode; count: number; disputed?: boolean }
  | { kind: 'text'; text: string; more: boolean; count: number; disputed?: boolean };

/** The words of a rule for its cell: never cut inside a sentence. */
function cellText(rule: ProvinceRule, script: CellScript): { text: string; more: boolean } {
  if (rule.short) return { text: rule.short, more: false };
  // A script this module does not know (data from outside) is read as Chinese.
  const style = Object.prototype.hasOwnProperty.call(CELL_STYLES, script) ? CELL_STYLES[script] : CELL_STYLES.zh;
  const bare = rule.text.trim().replace(style.attribution, '');
  const t = style.capital ? bare.charAt(0).toUpperCase() + bare.slice(1) : bare;
  if (Array.from(t).length <= style.whole) return { text: t, more: false };
  const end = style.sentenceEnd.exec(t);
  if (!end) return { text: t, more: false };
  const first = t.slice(0, end.index + 1);
  return { text: first, more: first.length < t.length };
}

/** What the annotated rules (`when` + `outcome`) of 跨省 and 年龄 decide; undefined when not all say. */
function verdictCell(rules: ProvinceRule[], topic: RuleTopic): TopicCellCode | undefined {
  const covered = rules.filter((r) =>
    topic === TOPIC.crossProvince ? r.when?.nonLocal === true : topic === TOPIC.age ? !!r.when?.ages : false,
  );
  if (covered.length === 0 || covered.some((r) => !r.outcome)) return undefined;
  const outcomes = new Set(covered.map((r) => r.outcome));
  if (outcomes.size > 1 && outcomes.has(OUTCOME.refused)) return 'disputed';
  const o = [...outcomes][0];
  if (topic === TOPIC.crossProvince)
    return o === OUTCOME.refused ? 'cross.refused' : o === OUTCOME.extra ? 'cross.extra' : 'cross.accepted';
  return o === OUTCOME.refused ? 'minors.refused' : o === OUTCOME.extra ? 'minors.extra' : undefined;
}

/**
 * The cell of a topic in the /provinces/ table: for 跨省 and 年龄 what the annotated rules decide (a code), otherwise
 * the first rule's `short`, or its words (without "某某说明：") whole or up to the end of a sentence, never cut inside
 * one; `none` when nothing is published. `disputed` when two of its rules are marked as contradicting each other
 * (`conflictsWith`) and the cell does not already say 说法不一. `script` 'en' for a province of ./data-en.ts.
 *
 * @example
 * topicCell(findProvince('浙江')!, '年龄') // { kind: 'verdict', code: 'minors.refused', count: 2 }
 * topicCell(findProvince('北京')!, '年龄') // { kind: 'none' }
 */
export function topicCell(province: Province, topic: RuleTopic, script: CellScript = 'zh'): TopicCell {
  const known = province.rules.filter((r) => r.topic === topic && !isUnknown(r));
  if (known.length === 0) return { kind: 'none' };
  const code = verdictCell(known, topic);
  const disputed =
    code !== 'disputed' && known.some((r) => r.conflictsWith?.some((n) => province.rules[n - 1]?.topic === topic));
  const flag = disputed ? { disputed: true } : {};
  if (code) return { kind: 'verdict', code, count: known.length, ...flag };
  return { kind: 'text', ...cellText(known[0]!, script), count: known.length, ...flag };
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
    if (r.topic !== TOPIC.siteName || !r.words) return;
    for (const word of r.words) {
      const key = `${r.appliesTo}\u0000${word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ word, appliesTo: r.appliesTo, href: provinceHref(province.slug, i), source: r.source.title });
    }
  });
  return out;
}
