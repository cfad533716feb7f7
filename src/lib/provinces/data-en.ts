/**
 * The English province data: every `src/content/provinces-en/<slug>.json` (English names and rule texts), checked
 * against its schema and against the Chinese entry it translates (./data.ts): every province has its translation,
 * with the same number of rules, in the same order, on the same topics. A translation out of step throws here, at
 * build time (the English pages and the sidebar import this module).
 *
 * Not in the barrel (./index.ts): the English pages and tables import it by path.
 */
import * as z from 'zod/mini';
import { PROVINCES } from './data';
import { ProvinceTranslationSchema, type Province, type ProvinceTranslation } from './schema';
import { NOT_FOUND, NOT_FOUND_EN } from './vocabulary-data';

const files = import.meta.glob('../../content/provinces-en/*.json', { eager: true, import: 'default' });

/**
 * What does not match between the Chinese entries and their translations, one line per problem (the messages are
 * for whoever edits the data files); [] when every province has exactly one translation in step with it.
 *
 * @example
 * translationProblems(PROVINCES, TRANSLATIONS) // []
 * translationProblems(PROVINCES, []).length // 31 (each province misses its translation)
 */
export function translationProblems(
  provinces: readonly Province[],
  translations: readonly ProvinceTranslation[],
): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, ProvinceTranslation>();
  for (const t of translations) {
    if (bySlug.has(t.slug)) problems.push(`${t.slug}: translated twice`);
    bySlug.set(t.slug, t);
  }
  const slugs = new Set(provinces.map((p) => p.slug));
  for (const t of translations) {
    if (!slugs.has(t.slug)) problems.push(`${t.slug}: a translation without a Chinese entry`);
  }
  for (const p of provinces) {
    const t = bySlug.get(p.slug);
    if (!t) {
      problems.push(`${p.slug}: no English translation (src/content/provinces-en/${p.slug}.json)`);
      continue;
    }
    if (t.rules.length !== p.rules.length) {
      problems.push(`${p.slug}: ${p.rules.length} rules in Chinese but ${t.rules.length} in English`);
    }
    p.rules.forEach((rule, i) => {
      const en = t.rules[i];
      if (!en) return;
      const where = `${p.slug}: rule ${i + 1}`;
      if (en.topic !== rule.topic)
        problems.push(`${where} is about “${rule.topic}” in Chinese, “${en.topic}” in English`);
      if ((rule.text.trim() === NOT_FOUND) !== (en.text.trim() === NOT_FOUND_EN)) {
        problems.push(`${where}: “${NOT_FOUND}” is translated as “${NOT_FOUND_EN}”, and only it`);
      }
      if ((rule.short === undefined) !== (en.short === undefined)) {
        problems.push(`${where}: give an English short exactly when the Chinese rule has one`);
      }
    });
  }
  return problems;
}

/**
 * A province as an English reader sees it: the Chinese entry with its names and each rule's text (and short) in
 * English. Sources, dates, whom a rule applies to and the Chinese words and formats of a site-name rule are kept.
 * Assumes the two are in step ({@link translationProblems} is []); a rule without a translation keeps its text.
 *
 * @example
 * toEnglish(PROVINCES[0], TRANSLATIONS[0]).name // 'Beijing'
 */
export function toEnglish(province: Province, translation: ProvinceTranslation): Province {
  return {
    ...province,
    name: translation.name,
    fullName: translation.fullName,
    bureau: { ...province.bureau, name: translation.bureau.name },
    rules: province.rules.map((rule, i) => {
      const en = translation.rules[i];
      if (!en) return rule;
      const { short: _short, ...rest } = rule;
      return { ...rest, text: en.text, ...(en.short === undefined ? {} : { short: en.short }) };
    }),
  };
}

function load(): readonly ProvinceTranslation[] {
  const list = Object.entries(files).map(([path, json]) => {
    const parsed = ProvinceTranslationSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
    if (!path.endsWith(`/${parsed.data.slug}.json`)) throw new Error(`${path}: the file is named after its slug`);
    return parsed.data;
  });
  const problems = translationProblems(PROVINCES, list);
  if (problems.length > 0) throw new Error(`src/content/provinces-en: ${problems.join('; ')}`);
  const order = new Map(PROVINCES.map((p, i) => [p.slug, i]));
  return Object.freeze(list.sort((a, b) => order.get(a.slug)! - order.get(b.slug)!));
}

/**
 * The 31 translations as read from their files (each checked; in step with PROVINCES), in the order of PROVINCES.
 *
 * @example
 * TRANSLATIONS.length // 31
 * TRANSLATIONS[0].name // 'Beijing'
 */
export const TRANSLATIONS: readonly ProvinceTranslation[] = /* @__PURE__ */ load();

const bySlug = new Map(TRANSLATIONS.map((t) => [t.slug, t]));

/**
 * All 31 provinces in English, in the same order as PROVINCES (index i is the same province).
 *
 * @example
 * PROVINCES_EN[0].name // 'Beijing'
 * PROVINCES_EN[0].bureau.name // 'Beijing Communications Administration'
 */
export const PROVINCES_EN: readonly Province[] = /* @__PURE__ */ Object.freeze(
  PROVINCES.map((p) => toEnglish(p, bySlug.get(p.slug)!)),
);
