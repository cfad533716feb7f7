/**
 * The fixed vocabularies of the province data (the values `src/content/provinces/*.json` holds), named once. Data:
 * the logic refers to these names and never types the words again. No zod here, so islands can import it for a few
 * bytes.
 */

/**
 * The topics a province rule belongs to, by name.
 *
 * @example
 * TOPIC.age // '年龄'
 */
export const TOPIC = {
  crossProvince: '跨省备案与居住证',
  phone: '手机号归属地',
  age: '年龄',
  domains: '域名与网站数量',
  siteName: '网站名称额外限制',
  footer: '页脚备案号格式',
  materials: '材料与核验单',
  face: '人脸核验方式',
  other: '其他',
} as const;

/**
 * The topics in their order (the columns of the /provinces/ table, the sections of a province page).
 *
 * @example
 * RULE_TOPICS.includes('年龄') // true
 */
export const RULE_TOPICS = [
  TOPIC.crossProvince,
  TOPIC.phone,
  TOPIC.age,
  TOPIC.domains,
  TOPIC.siteName,
  TOPIC.footer,
  TOPIC.materials,
  TOPIC.face,
  TOPIC.other,
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
 * The English text of a rule whose Chinese text is {@link NOT_FOUND}: the one English wording, which
 * `src/content/provinces-en/*.json` must use for exactly those rules (checked by ./data-en.ts).
 *
 * @example
 * NOT_FOUND_EN // 'No public statement found'
 */
export const NOT_FOUND_EN = 'No public statement found';

/**
 * Age brackets of the person filing (个人主体 / 主体负责人), by name.
 *
 * @example
 * AGE.adult // '18至59岁'
 */
export const AGE = { under16: '未满16岁', from16to17: '16至17岁', adult: '18至59岁', senior: '60岁及以上' } as const;

/**
 * The age brackets a rule can be limited to, youngest first.
 *
 * @example
 * AGE_BRACKETS[0] // '未满16岁'
 */
export const AGE_BRACKETS = [AGE.under16, AGE.from16to17, AGE.adult, AGE.senior] as const;

/**
 * One of AGE_BRACKETS.
 *
 * @example
 * const a: AgeBracket = '16至17岁';
 */
export type AgeBracket = (typeof AGE_BRACKETS)[number];

/**
 * What a rule means for a case it applies to, by name: the bureau does not accept it, accepts it with something
 * extra to provide, or it is something to know (the default).
 *
 * @example
 * OUTCOME.refused // '不受理'
 */
export const OUTCOME = { refused: '不受理', extra: '需额外材料', note: '说明' } as const;

/**
 * The outcomes a rule can carry.
 *
 * @example
 * RULE_OUTCOMES.includes('不受理') // true
 */
export const RULE_OUTCOMES = [OUTCOME.refused, OUTCOME.extra, OUTCOME.note] as const;

/**
 * One of RULE_OUTCOMES.
 *
 * @example
 * const o: RuleOutcome = '说明';
 */
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

/**
 * Whom a rule applies to, by name: a person (个人), an organisation (单位), or both.
 *
 * @example
 * APPLIES_TO.personal // '个人'
 */
export const APPLIES_TO = { personal: '个人', organisation: '单位', all: '全部' } as const;

/**
 * The values of a rule's `appliesTo`.
 *
 * @example
 * APPLIES_TO_VALUES.length // 3
 */
export const APPLIES_TO_VALUES = [APPLIES_TO.personal, APPLIES_TO.organisation, APPLIES_TO.all] as const;

/**
 * The topics the picker shows for a case: who may file where (跨省, 手机号, 年龄) and what to bring (材料).
 * Rules of other topics reach the picker only when they carry an `outcome`; the rest are counted and left to the
 * province page, which keeps the island's props small.
 *
 * @example
 * PICKER_TOPICS.includes('网站名称额外限制') // false
 */
export const PICKER_TOPICS: readonly RuleTopic[] = [TOPIC.crossProvince, TOPIC.phone, TOPIC.age, TOPIC.materials];

/**
 * What follows a province's full name in its bureau's name (广东省通信管理局), and the short form people write after
 * its short name (广东管局).
 *
 * @example
 * BUREAU_SUFFIX // '通信管理局'
 */
export const BUREAU_SUFFIX = '通信管理局';

/**
 * The short form of a bureau's name after the province's short name (广东管局).
 *
 * @example
 * BUREAU_SHORT_SUFFIX // '管局'
 */
export const BUREAU_SHORT_SUFFIX = '管局';
