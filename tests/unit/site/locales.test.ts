/**
 * The two languages of the site, over the built pages: every page has its counterpart in the other language (none is
 * Starlight's "not translated yet" stand-in), each names the other with hreflang, and English pages leave no Chinese
 * untranslated: Chinese in an English page is a quoted term (in brackets, quotes or code) or the original of a rule
 * (`<q>`, `<blockquote>`). Short unquoted terms are counted and reported; an unquoted run long enough to be a
 * sentence fails.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { DICTIONARIES, dictionary } from '../../../src/i18n';
import { localHref } from '../../../src/i18n/links';
import { PAGES, type PageKey } from '../../../src/lib/routes';
import { zhParts } from '../../../src/lib/text/cjk';
import { LOCALES, counterpart, localeOf } from '../../locales';
import { TEST_SITE_URL, builtPages, documentOf, htmlOf } from './site';

const pages = builtPages();
const english = pages.filter((p) => localeOf(p) === 'en');

/** Longer than this, Chinese outside quotes reads as an untranslated sentence, not a term. */
const LONGEST_UNQUOTED_TERM = 12;

const BLOCKS = new Set([
  'P',
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DD',
  'DT',
  'FIGCAPTION',
  'SUMMARY',
]);
/** Elements whose Chinese is a quotation, the title of a cited source or code, never untranslated prose. */
const QUOTING = 'code, pre, kbd, samp, q, blockquote, cite, script, style, template, [aria-hidden="true"]';
const OPEN = '(（“‘"「『《【';
const CLOSE: Record<string, string> = {
  '(': ')',
  '（': '）',
  '“': '”',
  '‘': '’',
  '"': '"',
  '「': '」',
  '『': '』',
  '《': '》',
  '【': '】',
};

/**
 * The Chinese runs of a page's main content that stand outside brackets, quotes, code and quotations, with their
 * length. Text is read per block (paragraph, list item, cell, heading), so a bracket opened in one element and closed
 * in the next still counts.
 */
export function unquotedChinese(doc: Document): string[] {
  const main = doc.querySelector('main');
  if (!main) return [];
  const blocks = new Map<Element, string>();
  const walker = doc.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement!;
    if (parent.closest(QUOTING)) continue;
    let block: Element = parent;
    while (!BLOCKS.has(block.tagName) && block !== main) block = block.parentElement!;
    blocks.set(block, (blocks.get(block) ?? '') + n.nodeValue);
  }
  const found: string[] = [];
  for (const text of blocks.values()) {
    const stack: string[] = [];
    for (const part of zhParts(text)) {
      if (part.zh && stack.length === 0) found.push(part.text);
      for (const ch of part.text) {
        if (stack.length && ch === CLOSE[stack.at(-1)!]) stack.pop();
        else if (OPEN.includes(ch)) stack.push(ch);
      }
    }
  }
  return found;
}

test('unquotedChinese: quoted terms and code are not counted, prose is', () => {
  const doc = new JSDOM(
    '<main><p>The access provider (接入商) and “短信核验” in <code>京ICP备</code>. 管局 reviews.</p>' +
      '<li>这是一句没有翻译的中文句子而且很长很长。</li><blockquote>原文照录</blockquote></main>',
  ).window.document;
  expect(unquotedChinese(doc)).toEqual(['管局', '这是一句没有翻译的中文句子而且很长很长。']);
});

test('every page has its counterpart in the other language', () => {
  const all = new Set(pages);
  const missing = pages.filter((p) => !all.has(counterpart(p)));
  expect(missing).toEqual([]);
});

describe.each(english.filter((p) => !/^\/en\/404\/$/.test(p)))('%s', (path) => {
  const doc = documentOf(path);

  test('is written in English, not a stand-in for a page not yet translated', () => {
    expect(doc.querySelector('.sl-markdown-content')?.textContent ?? '').not.toMatch(/not available in your language/);
    expect(doc.documentElement.getAttribute('lang')).toBe(LOCALES.en.lang);
  });

  test('names its Chinese counterpart and itself with hreflang', () => {
    const alternates = Object.fromEntries(
      [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        l.getAttribute('href'),
      ]),
    );
    expect(alternates).toMatchObject({ en: TEST_SITE_URL + path, 'zh-CN': TEST_SITE_URL + counterpart(path) });
  });

  test('leaves no Chinese sentence untranslated (quoted terms are fine)', () => {
    const runs = unquotedChinese(doc);
    const chars = runs.join('').length;
    if (chars > 0) console.info(`${path}: ${chars} Chinese characters outside quotes: ${runs.join(' · ')}`);
    expect(runs.filter((r) => r.length > LONGEST_UNQUOTED_TERM)).toEqual([]);
  });
});

describe.each(Object.keys(DICTIONARIES))('links the %s tools render', (lang) => {
  const links = dictionary(lang).links;
  const exists = (href: string) => {
    const [path, anchor] = href.split('#') as [string, string | undefined];
    if (!pages.includes(path)) return false;
    return !anchor || documentOf(path).getElementById(decodeURIComponent(anchor)) !== null;
  };

  test('every page src/lib links to, with its heading, exists in this language', () => {
    const broken = (Object.keys(PAGES) as PageKey[])
      .map((key) => localHref(links, PAGES[key]))
      .filter((href) => !exists(href));
    expect(broken).toEqual([]);
  });

  test('every heading of the language’s anchor map is on one of its pages', () => {
    // Read with a pattern, not a DOM: every page of the language is read.
    const ids = new Set(
      pages
        .filter((p) => localeOf(p) === lang)
        .flatMap((p) => [...htmlOf(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
    );
    expect(Object.values(links.anchors).filter((a) => !ids.has(a))).toEqual([]);
  });
});
