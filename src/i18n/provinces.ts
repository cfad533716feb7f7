/**
 * The provinces as a page in one language shows them, for the tool wrappers (server side, at build time; islands
 * never import this module). Each province comes with its Chinese entry, which is what the tools match typed text
 * against (广东, 粤, guangdong, 深圳, 粤ICP备…, the Chinese words of a site-name rule), with the same province in the
 * page's language (its rule texts), and with its name and its bureau's name as the page shows them: the dictionary's
 * `common.provinceName` and `common.bureauName`, filled here and only here.
 */
import { DICTIONARIES, dictionary } from './index';
import { fill } from './fill';
import { PROVINCES, type Province } from '../lib/provinces';
import { PROVINCES_EN } from '../lib/provinces/data-en';

/**
 * The province data translated for a language (a key of DICTIONARIES), in the order of PROVINCES; a language
 * missing here is shown the Chinese entries.
 */
const TRANSLATED: Readonly<Record<string, readonly Province[]>> = { en: PROVINCES_EN };

/**
 * One province as a page shows it.
 *
 * @example
 * const p: LocalProvince = localProvinces('en').find((p) => p.zh.slug === 'guangdong')!;
 * p.label // 'Guangdong (广东)'
 */
export interface LocalProvince {
  /** The Chinese entry (src/lib/provinces PROVINCES): names, abbreviations, rule texts and words to match against. */
  zh: Province;
  /** The same province in the page's language (its names and rule texts); `zh` itself where nothing is translated. */
  local: Province;
  /** True when `local` is a translation: its rule texts are not the Chinese originals. */
  translated: boolean;
  /** The province's name as the page shows it (`common.provinceName`): '广东', 'Guangdong (广东)'. */
  label: string;
  /** The bureau's name as the page shows it (`common.bureauName`). */
  bureau: string;
}

/** The root locale, whose dictionary {@link dictionary} falls back to. */
const ROOT = 'zh-CN';
const cache = new Map<string, readonly LocalProvince[]>();

/**
 * The 31 provinces in the order of PROVINCES, as a page in `lang` (Starlight's `lang` of the page) shows them; an
 * unknown or missing language gets the root locale's (zh-CN).
 *
 * @example
 * localProvinces('zh-CN')[0].label // '北京'
 * localProvinces('en')[0].label // 'Beijing (北京)'
 * localProvinces('en')[0].bureau // 'Beijing Communications Administration (北京市通信管理局)'
 */
export function localProvinces(lang?: string): readonly LocalProvince[] {
  const key = lang && Object.prototype.hasOwnProperty.call(DICTIONARIES, lang) ? lang : ROOT;
  let list = cache.get(key);
  if (!list) {
    const d = dictionary(key);
    const translated = Object.prototype.hasOwnProperty.call(TRANSLATED, key) ? TRANSLATED[key] : undefined;
    list = Object.freeze(
      PROVINCES.map((zh, i) => {
        const local = translated?.[i] ?? zh;
        return {
          zh,
          local,
          translated: local !== zh,
          label: fill(d.common.provinceName, { name: zh.name, local: local.name }),
          bureau: fill(d.common.bureauName, { name: zh.bureau.name, local: local.bureau.name }),
        };
      }),
    );
    cache.set(key, list);
  }
  return list;
}
