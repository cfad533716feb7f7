/**
 * The site's two languages as the tests see them: Chinese at the root, English under /en/. What a page in each must
 * show (its `lang`, the heading of its sources, the label of its reviewed date, its 404 page) and how a page finds
 * its counterpart in the other language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ui = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'content', 'i18n', `${lang}.json`), 'utf8'));

export const LOCALES = {
  'zh-CN': {
    prefix: '',
    lang: 'zh-CN',
    sources: '资料来源',
    reviewed: ui('zh-CN')['page.lastUpdated']!,
    notFound: '页面没有找到',
    home: '回到首页',
  },
  en: {
    prefix: '/en',
    lang: 'en',
    sources: 'Sources',
    reviewed: ui('en')['page.lastUpdated']!,
    notFound: 'Page not found',
    home: 'Back to the home page',
  },
} as const;

export type Locale = keyof typeof LOCALES;

/** The language of a page by its path. */
export function localeOf(path: string): Locale {
  return path === '/en/' || path.startsWith('/en/') ? 'en' : 'zh-CN';
}

/** The same page in the other language: '/guide/faq/' ↔ '/en/guide/faq/'. */
export function counterpart(path: string): string {
  return localeOf(path) === 'en' ? path.slice('/en'.length) : '/en' + path;
}
