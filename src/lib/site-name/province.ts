/**
 * The provinces' rules about site names, read from src/lib/provinces (rules of topic '网站名称额外限制' that carry
 * `words` or `formats`). No list is duplicated here.
 */
import { findProvince, type Province } from '../provinces';
import type { ProvinceWords } from './check';
import { PROVINCE_NAME_TOPIC } from './words-data';

/**
 * The rules of one province about site names (words it refuses, formats it prescribes), in the form `checkName`
 * takes.
 *
 * @example
 * provinceWords(findProvince('浙江')!).every((w) => w.slug === 'zhejiang') // true
 */
export function provinceWords(p: Province): ProvinceWords[] {
  return p.rules
    .filter((r) => r.topic === PROVINCE_NAME_TOPIC && ((r.words?.length ?? 0) > 0 || (r.formats?.length ?? 0) > 0))
    .map((r) => ({
      province: p.name,
      slug: p.slug,
      appliesTo: r.appliesTo,
      words: r.words ?? [],
      ...(r.formats?.length ? { formats: r.formats } : {}),
      source: r.source,
    }));
}

/**
 * The site-name rules of the province named by `query` (广东, 粤, 广东省 …); [] when none or not found.
 *
 * @example
 * provinceWordsFor('香港') // []
 */
export function provinceWordsFor(query: string | undefined): ProvinceWords[] {
  if (typeof query !== 'string' || query.trim() === '') return [];
  const p = findProvince(query);
  return p ? provinceWords(p) : [];
}
