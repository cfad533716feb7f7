/**
 * The title of a cited source as a page shows it. The sources are Chinese documents and the data (the province data,
 * the site-name word lists) writes their Chinese titles; a page in another language shows the dictionary's title for
 * the source's address (`sourceTitles`) with the Chinese title after it, so the reader knows what the document is and
 * can still match it to the page the link opens. Wrappers call {@link localSource} at build time and hand islands the
 * result; islands import only {@link sourceParts} and the type (no dictionary comes with them).
 */
import type { Dictionary } from './index';

/** The language of the titles in the data: every source cited is a Chinese document with a Chinese title. */
export const DATA_LANG = 'zh-CN';

/**
 * A source as a page shows it.
 *
 * @example
 * const s: ShownSource = { title: 'JD Cloud filing docs: Gansu filing rules', url: 'https://…/Gansu.md',
 *   original: '京东云备案文档：甘肃备案规则' };
 */
export interface ShownSource {
  /** The title in the page's language; the data's (Chinese) title when there is no translation. */
  title: string;
  url: string;
  /** The title's language when it is not the page's: a Chinese title left untranslated on a page in another language. */
  lang?: string;
  /** The source's own (Chinese) title, when `title` is a translation: shown after it, marked as Chinese. */
  original?: string;
}

/**
 * A source as a page in the dictionary's language shows it: the dictionary's title for its address, with the data's
 * title as `original`; the data's title unchanged on a Chinese page, or where the dictionary has no title for it.
 *
 * @example
 * localSource(dictionary('en'), { title: '京东云备案文档：甘肃备案规则', url: GANSU_JD }).title // 'JD Cloud filing docs: Gansu filing rules'
 * localSource(dictionary('zh-CN'), { title: '京东云备案文档：甘肃备案规则', url: GANSU_JD }).original // undefined
 */
export function localSource(
  d: Pick<Dictionary, 'lang' | 'sourceTitles'>,
  source: { title: string; url: string },
): ShownSource {
  const titles = d.sourceTitles;
  const local = Object.prototype.hasOwnProperty.call(titles, source.url) ? titles[source.url] : undefined;
  const shown: ShownSource = { title: source.title, url: source.url };
  if (local && local !== source.title) {
    shown.title = local;
    shown.original = source.title;
  } else if (d.lang !== DATA_LANG) {
    shown.lang = DATA_LANG;
  }
  return shown;
}

/** A piece of a shown source: text of the template, or where the title or the original goes. */
export type SourcePart = { text: string } | { slot: 'title' | 'original' };

/**
 * What to render for a source: its title (`slot: 'title'`), or the dictionary's `sourceTitle` template split into text
 * and the slots `title` and `original` when the title is a translation. Renderers put the title in a `<cite>` and the
 * original in an element marked `lang="zh-CN"`.
 *
 * @example
 * sourceParts('{title} ({original})', { title: 'A', url: 'u', original: '甲' })
 * // [{ slot: 'title' }, { text: ' (' }, { slot: 'original' }, { text: ')' }]
 * sourceParts('{title} ({original})', { title: '甲', url: 'u' }) // [{ slot: 'title' }]
 */
export function sourceParts(template: string, source: ShownSource): SourcePart[] {
  if (!source.original) return [{ slot: 'title' }];
  return template
    .split(/(\{title\}|\{original\})/)
    .filter((p) => p !== '')
    .map((p): SourcePart =>
      p === '{title}' || p === '{original}' ? { slot: p === '{title}' ? 'title' : 'original' } : { text: p },
    );
}

/**
 * A source as plain text (for a sentence): the title, with the original after it as the template says.
 *
 * @example
 * sourceText('{title} ({original})', { title: 'A', url: 'u', original: '甲' }) // 'A (甲)'
 */
export function sourceText(template: string, source: ShownSource): string {
  return sourceParts(template, source)
    .map((p) => ('text' in p ? p.text : p.slot === 'title' ? source.title : (source.original ?? '')))
    .join('');
}
