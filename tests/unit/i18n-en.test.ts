/**
 * The English dictionary (src/i18n/en.ts) and links in the reader's language (src/i18n/links.ts): every address
 * src/lib/routes defines goes to the English page on an English page, with the English pages' fixed anchors, and is
 * unchanged on a Chinese page; English sentences keep every placeholder of the Chinese ones and leave no Chinese
 * outside quotes or brackets.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionary, type Dictionary } from '../../src/i18n';
import { localHref } from '../../src/i18n/links';
import { PAGES, provincePath, type PageKey } from '../../src/lib/routes';
import { provinceHref } from '../../src/lib/provinces/rules';

const ROOT = join(import.meta.dirname, '..', '..');
const zh = dictionary('zh-CN');
const en = dictionary('en');

/** The anchors English pages promise to other pages (the only anchors a link to another English page may carry). */
const FIXED: Partial<Record<PageKey, string>> = {
  policeDeadline: '/en/tools/deadlines/#public-security-filing-deadline',
  suffixes: '/en/guide/need-filing/#which-domain-extensions-can-be-filed',
  registrar: '/en/guide/need-filing/#can-a-domain-bought-from-a-foreign-registrar-be-filed',
  subdomains: '/en/guide/need-filing/#do-subdomains-need-their-own-filing',
  realName: '/en/guide/prepare/#the-domain-holder-must-match-the-filing-entity',
  footerGuide: '/en/guide/after-approval/#put-the-filing-number-on-your-home-page',
  policeFooter: '/en/guide/police-filing/#put-the-public-security-filing-number-in-your-footer',
};

/** The Chinese page a root-locale path names (its English counterpart has the same path under /en/). */
function rootPageExists(path: string): boolean {
  const base = join(ROOT, 'src/content/docs', path.replace(/^\/|\/$/g, ''));
  return ['.mdx', '.md', '/index.mdx', '/index.md'].some((ext) => existsSync(base + ext));
}

describe('links in the reader’s language', () => {
  it('on a Chinese page every address is the one src/lib/routes writes', () => {
    for (const href of Object.values(PAGES)) expect(localHref(zh.links, href)).toBe(href);
    expect(localHref(zh.links, provincePath('guangdong'))).toBe('/provinces/guangdong/');
    expect(localHref(zh.links, provinceHref('guangdong', 2))).toBe('/provinces/guangdong/#rule-3');
    expect(localHref(zh.links, '/guide/sms-verification/#24-%E5%B0%8F%E6%97%B6%E6%97%B6%E9%99%90')).toBe(
      '/guide/sms-verification/#24-%E5%B0%8F%E6%97%B6%E6%97%B6%E9%99%90',
    );
  });

  it('on an English page every PAGES key goes to the English page, with the fixed English anchors', () => {
    for (const [key, href] of Object.entries(PAGES) as [PageKey, string][]) {
      const local = localHref(en.links, href);
      const [path, anchor] = href.split('#');
      expect(rootPageExists(path!), `${key}: ${path} is a page`).toBe(true);
      if (anchor === undefined) {
        expect(local, key).toBe(`/en${href}`);
        expect(FIXED[key], key).toBeUndefined();
      } else {
        expect(local, key).toBe(FIXED[key]);
      }
      expect(local).toMatch(/^\/en\/(guide|tools|provinces)\/([a-z0-9-]+\/)?(#[a-z0-9-]+)?$/);
    }
    // Every fixed anchor is reached from a key.
    for (const [key, href] of Object.entries(FIXED)) expect(localHref(en.links, PAGES[key as PageKey])).toBe(href);
  });

  it('province pages and their rule anchors; heading anchors the English page does not promise are dropped', () => {
    expect(localHref(en.links, provincePath('guangdong'))).toBe('/en/provinces/guangdong/');
    expect(localHref(en.links, provinceHref('guangdong', 2))).toBe('/en/provinces/guangdong/#rule-3');
    // A tool frame's Chinese heading, encoded, has its English heading; a heading the English page does not promise
    // is dropped (the page's top); a province page's topic headings keep their ids.
    expect(localHref(en.links, `/guide/sms-verification/#${encodeURIComponent('24-小时时限')}`)).toBe(
      '/en/guide/sms-verification/#the-24-hour-deadline',
    );
    expect(localHref(en.links, `/guide/faq/#${encodeURIComponent('没有这一节')}`)).toBe('/en/guide/faq/');
    expect(localHref(en.links, '/provinces/guangdong/#跨省备案与居住证')).toBe(
      `/en/provinces/guangdong/#${encodeURIComponent('跨省备案与居住证')}`,
    );
    // Encoded or not, a mapped anchor is found.
    expect(localHref(en.links, `/tools/deadlines/#${encodeURIComponent('公安联网备案期限')}`)).toBe(
      '/en/tools/deadlines/#public-security-filing-deadline',
    );
  });

  it('leaves other addresses alone and never prefixes twice', () => {
    for (const href of ['https://beian.miit.gov.cn/', '//example.com/a', 'mailto:a@b.c', '#top', '']) {
      expect(localHref(en.links, href)).toBe(href);
    }
    expect(localHref(en.links, '/en/guide/faq/')).toBe('/en/guide/faq/');
    expect(localHref(en.links, '/')).toBe('/en/');
    expect(localHref(en.links, '/guide/faq/#%E0%A4%A')).toBe('/en/guide/faq/'); // a broken escape never throws
  });
});

// ── The English sentences ───────────────────────────────────────────────────────────────────────────────────────

type Section = Exclude<keyof Dictionary, 'lang' | 'links'>;
const SECTIONS = Object.keys(zh).filter((k) => k !== 'lang' && k !== 'links') as Section[];
const translated = SECTIONS.filter((s) => en[s] !== zh[s]);
/**
 * Chinese by design: the sample messages the reader pastes, the 某某 ("so-and-so") that stands in a quoted
 * Chinese name format (“某某的个人博客”), and the filing number pattern (粤ICP备…) shown in code.
 */
const CHINESE_BY_DESIGN =
  /^(?:messageDecoder\.examples\[\d+\]\.text|(?:siteName|provincePage)\.formatOwner|provincePage\.(?:prefixCode|example))$/;

/** Every string of a value with its path; the sample messages the reader pastes are Chinese by design. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      CHINESE_BY_DESIGN.test(`${path}.${k}`) ? [] : strings(v, `${path}.${k}`),
    );
  }
  return [];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A sentence without what it quotes: “…”, (…) and （…）, innermost first. */
function unquoted(text: string): string {
  let s = text;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/“[^“”]*”|\([^()]*\)|（[^（）]*）/g, '');
  }
  return s;
}

describe('the English dictionary', () => {
  it('is registered under Starlight’s English locale, and every section is its own', () => {
    expect(en.lang).toBe('en');
    expect(en).not.toBe(zh);
    expect(translated).toEqual(SECTIONS);
  });

  it('no sentence has Chinese outside quotes “…” or brackets (…)', () => {
    const offenders = translated
      .flatMap((s) => strings(en[s], s))
      .filter(([, text]) => CJK.test(unquoted(text)))
      .map(([path, text]) => `${path}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('every sentence keeps the placeholders of the Chinese one', () => {
    /**
     * What only a translation shows: a province's or bureau's name in the page's language beside the Chinese one
     * (src/i18n/provinces always passes `{local}`; the Chinese templates have no use for it), and a city's Latin
     * spelling beside its Chinese name when the reader typed it so (Shenzhen (深圳); the Chinese page says 深圳).
     */
    const TRANSLATION_ONLY: Readonly<Record<string, readonly string[]>> = {
      'common.provinceName': ['local'],
      'common.bureauName': ['local'],
      'provincePicker.search.citySpelled': ['spelled'],
    };
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const s of translated) {
      const zhStrings = new Map(strings(zh[s], s));
      for (const [path, text] of strings(en[s], s)) {
        const source = zhStrings.get(path);
        const extra = TRANSLATION_ONLY[path] ?? [];
        if (source !== undefined)
          expect(
            holes(text).filter((h) => !extra.includes(h!)),
            path,
          ).toEqual(holes(source));
      }
    }
  });

  it('has the same lists as the Chinese (steps, examples), item for item', () => {
    // sourceTitles is a lookup by address, empty in Chinese: tests/unit/source-titles.test.ts checks it.
    for (const s of translated.filter((k) => k !== 'sourceTitles')) {
      const shape = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(shape)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
            : typeof v;
      expect(shape(en[s]), s).toEqual(shape(zh[s]));
    }
  });
});
