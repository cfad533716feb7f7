/**
 * The copy layer: every sentence a reader sees, one dictionary per locale. src/lib returns codes, parameters and
 * page keys; Astro wrappers pick the page's dictionary with {@link dictionary} and hand each island its slice as a
 * prop; islands fill it with src/i18n/fill. Adding a language means adding one file beside zh-CN.ts and one line in
 * {@link DICTIONARIES}: its type is {@link Dictionary}, so a missing key fails `astro check`.
 */
import zhCN from './zh-CN';
import en from './en';

/**
 * The shape every locale's dictionary has: the zh-CN dictionary's, with every string widened.
 *
 * @example
 * const d: Dictionary = dictionary('zh-CN');
 */
export type Dictionary = typeof zhCN;

/**
 * The dictionaries by BCP-47 language tag (Starlight's `lang` of the locale).
 *
 * @example
 * Object.keys(DICTIONARIES) // ['zh-CN', 'en']
 */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { 'zh-CN': zhCN, en };

/**
 * The dictionary for a page's language; the root locale's (zh-CN) when the tag is unknown or missing.
 *
 * @example
 * dictionary('zh-CN').pages.faq // '常见问题'
 * dictionary(undefined) === dictionary('zh-CN') // true
 */
export function dictionary(lang?: string): Dictionary {
  return (lang && Object.prototype.hasOwnProperty.call(DICTIONARIES, lang) ? DICTIONARIES[lang] : undefined) ?? zhCN;
}
