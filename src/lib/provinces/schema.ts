/**
 * The shape of one province entry in `src/content/provinces/<slug>.json`, checked when ./data.ts (the one loader)
 * reads the files: a rule without a source or a checked date fails the build and the tests. zod/mini.
 */
import * as z from 'zod/mini';
import { AGE_BRACKETS, APPLIES_TO_VALUES, RULE_OUTCOMES, RULE_TOPICS } from './vocabulary-data';

export type { AgeBracket, RuleTopic } from './vocabulary-data';

// The messages below are for whoever edits the data files (they fail the build), not for readers of the site.
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD'));
const httpsUrl = z.string().check(
  z.regex(
    /^https:\/\/[^\s/]+\.[^\s/]+\/\S+$/,
    'a source is an https:// address of the page or file that says it (not a site or repository home page)',
  ),
  z.refine(
    (u) => !/^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/.test(u),
    'a source is never a repository root: link the file that says it',
  ),
);
/** A site's address may be its home page. */
const siteUrl = z.string().check(z.regex(/^https:\/\/[^\s/]+\.[^\s/]+\/\S*$/, 'a site address starts with https://'));
const source = z.object({
  title: z.string().check(z.minLength(1)),
  url: httpsUrl,
});

/**
 * Schema of one rule.
 *
 * @example
 * ProvinceRuleSchema.safeParse({ topic: '年龄', text: '未找到公开说明', appliesTo: '全部',
 *   source: { title: 'x', url: 'https://example.cn/a' }, checked: '2026-11-28' }).success // true
 */
export const ProvinceRuleSchema = z.object({
  topic: z.enum(RULE_TOPICS),
  text: z.string().check(z.minLength(1)),
  /** Optional: at most 24 characters for the cell of the /provinces/ table; otherwise the text is shortened. */
  short: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  appliesTo: z.enum(APPLIES_TO_VALUES),
  /** Only for 网站名称额外限制 (TOPIC.siteName): words this bureau refuses in a site name. */
  words: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * Only for 网站名称额外限制: the only forms a site name may take, `*` standing for the part the filer writes
   * (`*的个人博客`: 某某的个人博客).
   */
  formats: z.optional(z.array(z.string().check(z.regex(/^[^*]*\*[^*]*$/, 'a format has exactly one *')))),
  /**
   * Optional: the cases the rule is limited to. `nonLocal: true` = only when the subject's ID (户籍) or registration
   * is from another province (a 跨省 filing); `false` = only local subjects. `ages` = only these age brackets.
   */
  when: z.optional(
    z.object({
      nonLocal: z.optional(z.boolean()),
      ages: z.optional(z.array(z.enum(AGE_BRACKETS))),
    }),
  ),
  /** Optional: 不受理 / 需额外材料 / 说明 (default 说明). Used by the picker. */
  outcome: z.optional(z.enum(RULE_OUTCOMES)),
  /**
   * Optional: where sources disagree. The numbers (from 1, as in the anchor `#rule-N` on the province page) of this
   * province's other rules that say otherwise on the same point, each from its own source; a pair is marked on both
   * rules (checked by ProvinceSchema).
   */
  conflictsWith: z.optional(z.array(z.number().check(z.int(), z.positive()))),
  source,
  checked: date,
});

/** Every `conflictsWith` names another rule of the same province, and that rule names this one back. */
function conflictsPaired(rules: readonly { conflictsWith?: number[] }[]): boolean {
  return rules.every((r, i) =>
    (r.conflictsWith ?? []).every((n) => n !== i + 1 && (rules[n - 1]?.conflictsWith ?? []).includes(i + 1)),
  );
}

/**
 * Schema of one province entry.
 *
 * @example
 * ProvinceSchema.safeParse({}).success // false
 */
export const ProvinceSchema = z.object({
  /** Pinyin, the URL segment: 'guangdong', 'neimenggu', 'shaanxi' (陕西) vs 'shanxi' (山西). */
  slug: z.string().check(z.regex(/^[a-z]+$/)),
  /** First two digits of the administrative division code (GB/T 2260), e.g. 44 for 广东; gives the usual order. */
  code: z.number().check(z.int(), z.gte(11), z.lte(65)),
  /** Short name: 广东, 内蒙古. */
  name: z.string().check(z.minLength(2)),
  /** Full name: 广东省, 内蒙古自治区, 北京市. */
  fullName: z.string().check(z.minLength(3)),
  /** The one character in filing numbers: 粤. */
  abbr: z.string().check(z.length(1)),
  /** Other one-character abbreviations people use: 四川 蜀 → 川; [] for most (always present, see ref.ts). */
  altAbbrs: z.array(z.string().check(z.length(1))),
  bureau: z.object({
    name: z.string().check(z.minLength(1)),
    /** Official site, or null when not verified. */
    url: z.nullable(siteUrl),
  }),
  review: z.object({
    /** 管局审核 limit in working days. */
    days: z.number().check(z.int(), z.positive()),
    source,
    checked: date,
  }),
  rules: z
    .array(ProvinceRuleSchema)
    .check(
      z.refine(
        conflictsPaired,
        'conflictsWith must name another rule of the same province (counted from 1), and that rule must name this one back',
      ),
    ),
});

/**
 * One province-level 管局 and what it asks beyond the national rules.
 *
 * @example
 * const p: Province | undefined = findProvince('粤'); // p?.name === '广东'
 */
export type Province = z.infer<typeof ProvinceSchema>;

/**
 * One sourced, dated rule of a province.
 *
 * @example
 * const r: ProvinceRule | undefined = findProvince('浙江')?.rules[0];
 */
export type ProvinceRule = z.infer<typeof ProvinceRuleSchema>;

/**
 * Schema of one rule's English translation in `src/content/provinces-en/<slug>.json`, in the same order as the
 * Chinese rules. `topic` repeats the Chinese rule's topic, so that a translation that slipped out of step fails the
 * build (./data-en.ts compares them).
 *
 * @example
 * RuleTranslationSchema.safeParse({ topic: '年龄', text: 'No public statement found' }).success // true
 */
export const RuleTranslationSchema = z.strictObject({
  topic: z.enum(RULE_TOPICS),
  text: z.string().check(z.minLength(1)),
  /** Present exactly when the Chinese rule has a `short`: the English words of its /provinces/ table cell. */
  short: z.optional(z.string().check(z.minLength(1), z.maxLength(48))),
});

/**
 * Schema of one province's English translation: its names and each rule's text. Everything else (sources, dates,
 * whom a rule applies to, words and formats) is read from the Chinese entry and never repeated here.
 *
 * @example
 * ProvinceTranslationSchema.safeParse({}).success // false
 */
export const ProvinceTranslationSchema = z.strictObject({
  /** The Chinese entry's slug (and file name). */
  slug: z.string().check(z.regex(/^[a-z]+$/)),
  /** Short English name: Guangdong, Inner Mongolia. */
  name: z.string().check(z.minLength(2), z.regex(/^[\x20-\x7e]+$/, 'an English name is written in ASCII')),
  /** Full English name: Guangdong Province, Beijing Municipality. */
  fullName: z.string().check(z.minLength(3), z.regex(/^[\x20-\x7e]+$/, 'an English name is written in ASCII')),
  bureau: z.strictObject({
    /** Guangdong Communications Administration. */
    name: z.string().check(z.minLength(1), z.regex(/^[\x20-\x7e]+$/, 'an English name is written in ASCII')),
  }),
  rules: z.array(RuleTranslationSchema),
});

/**
 * One province's English names and rule texts, as in its file.
 *
 * @example
 * const t: ProvinceTranslation = { slug: 'beijing', name: 'Beijing', fullName: 'Beijing Municipality',
 *   bureau: { name: 'Beijing Communications Administration' }, rules: [] };
 */
export type ProvinceTranslation = z.infer<typeof ProvinceTranslationSchema>;
