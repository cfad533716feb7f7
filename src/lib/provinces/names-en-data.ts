/**
 * Other names in Latin letters that readers know a province by, besides its pinyin (the slug) and its English name
 * and full name (src/content/provinces-en): the names in common English use that differ from them. Data only; the
 * picker's search (./search.ts) matches them, toPickerData (./picker.ts) hands them to the island.
 */

/**
 * Other names by province slug.
 *
 * @example
 * PROVINCE_OTHER_NAMES.xizang // ['Tibet']
 */
export const PROVINCE_OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Tibet is how most English texts name 西藏; Nei Mongol is the pinyin-based name of 内蒙古 in official English.
  xizang: ['Tibet'],
  neimenggu: ['Nei Mongol'],
};
