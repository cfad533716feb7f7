/**
 * The fixed vocabularies of the province data, without zod, so that islands can import them for a few bytes.
 */

/**
 * The fixed list of topics a province rule belongs to (the columns of the /provinces/ table).
 *
 * @example
 * RULE_TOPICS.includes('年龄') // true
 */
export const RULE_TOPICS = [
  '跨省备案与居住证',
  '手机号归属地',
  '年龄',
  '域名与网站数量',
  '网站名称额外限制',
  '页脚备案号格式',
  '材料与核验单',
  '人脸核验方式',
  '其他',
] as const;

/**
 * One of RULE_TOPICS.
 *
 * @example
 * const t: RuleTopic = '手机号归属地';
 */
export type RuleTopic = (typeof RULE_TOPICS)[number];

/**
 * The exact text of a rule where nothing public was found for a topic (still with the source that was checked).
 *
 * @example
 * NOT_FOUND // '未找到公开说明'
 */
export const NOT_FOUND = '未找到公开说明';

/**
 * Age brackets of the person filing (个人主体 / 主体负责人) that a rule can be limited to.
 *
 * @example
 * AGE_BRACKETS[0] // '未满16岁'
 */
export const AGE_BRACKETS = ['未满16岁', '16至17岁', '18至59岁', '60岁及以上'] as const;

/**
 * One of AGE_BRACKETS.
 *
 * @example
 * const a: AgeBracket = '16至17岁';
 */
export type AgeBracket = (typeof AGE_BRACKETS)[number];

/**
 * What a rule means for a case it applies to: the bureau does not accept it (不受理), accepts it with something
 * extra to provide (需额外材料), or it is something to know (说明, the default).
 *
 * @example
 * RULE_OUTCOMES.includes('不受理') // true
 */
export const RULE_OUTCOMES = ['不受理', '需额外材料', '说明'] as const;
