/**
 * English titles of the sources (src/i18n/en.ts `sourceTitles`, shown by src/i18n/sources.ts): every source the
 * English edition shows has one — the province data's rules and review limits, the site-name word lists' sources and
 * the footer rules' sources — and the map holds no title for an address nothing cites. A missing one is named.
 */
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { localSource, sourceParts, sourceText } from '../../src/i18n/sources';
import { footerRules } from '../../src/lib/footer';
import { PROVINCES } from '../../src/lib/provinces';
import { SOURCES } from '../../src/lib/site-name';

const en = dictionary('en');
const zh = dictionary('zh-CN');

/** Every source the English edition shows: address → where it is cited and its Chinese title(s). */
function citedSources(): Map<string, { where: string; titles: Set<string> }> {
  const cited = new Map<string, { where: string; titles: Set<string> }>();
  const add = (s: { title: string; url: string }, where: string) => {
    const entry = cited.get(s.url) ?? { where, titles: new Set<string>() };
    entry.titles.add(s.title);
    cited.set(s.url, entry);
  };
  for (const p of PROVINCES) {
    add(p.review.source, `src/content/provinces/${p.slug}.json review.source`);
    p.rules.forEach((r, i) => add(r.source, `src/content/provinces/${p.slug}.json rules[${i}].source`));
  }
  for (const [key, s] of Object.entries(SOURCES)) add(s, `src/lib/site-name/sources-data.ts SOURCES.${key}`);
  for (const r of footerRules(PROVINCES)) for (const s of r.sources) add(s, `footer rule of ${r.slug}`);
  return cited;
}

describe('English source titles', () => {
  const cited = citedSources();

  it('collects the sources of every province, the word lists and the footer rules', () => {
    expect(cited.size).toBeGreaterThan(Object.keys(SOURCES).length);
    for (const p of PROVINCES) expect(cited.has(p.review.source.url)).toBe(true);
  });

  it('every source the English edition shows has an English title', () => {
    const missing = [...cited]
      .filter(([url]) => !Object.hasOwn(en.sourceTitles, url) || !en.sourceTitles[url]!.trim())
      .map(([url, { where, titles }]) => `${url} (${[...titles].join(' / ')}; cited in ${where})`);
    expect(missing, 'add these to sourceTitles in src/i18n/en.ts').toEqual([]);
  });

  it('the map has no title for an address nothing cites', () => {
    expect(Object.keys(en.sourceTitles).filter((url) => !cited.has(url))).toEqual([]);
  });

  it('an English title is not the Chinese one and keeps its qualifiers', () => {
    for (const [url, { titles }] of cited) {
      const title = en.sourceTitles[url];
      if (!title) continue;
      expect(titles.has(title), url).toBe(false);
      for (const zhTitle of titles) {
        if (zhTitle.includes('旧版')) expect(title, url).toMatch(/\bold\b/);
        if (zhTitle.includes('第三方存档')) expect(title, url).toContain('third-party archive');
        if (zhTitle.includes('二手资料')) expect(title, url).toContain('second-hand');
        if (zhTitle.includes('已弃用')) expect(title, url).toContain('deprecated');
      }
    }
  });

  it('the Chinese edition translates nothing', () => {
    expect(zh.sourceTitles).toEqual({});
  });
});

describe('a source as a page shows it', () => {
  const gansu = PROVINCES.find((p) => p.slug === 'gansu')!.rules[0]!.source;

  it('English: the English title, with the Chinese one as the original', () => {
    expect(gansu.title).toBe('京东云备案文档：甘肃备案规则');
    expect(localSource(en, gansu)).toEqual({
      title: 'JD Cloud filing docs: Gansu filing rules',
      url: gansu.url,
      original: '京东云备案文档：甘肃备案规则',
    });
    expect(sourceText(en.provincePage.sourceTitle, localSource(en, gansu))).toBe(
      'JD Cloud filing docs: Gansu filing rules (京东云备案文档：甘肃备案规则)',
    );
    expect(sourceParts(en.provincePage.sourceTitle, localSource(en, gansu))).toEqual([
      { slot: 'title' },
      { text: ' (' },
      { slot: 'original' },
      { text: ')' },
    ]);
  });

  it('Chinese: the title as the data writes it, alone', () => {
    expect(localSource(zh, gansu)).toEqual({ title: gansu.title, url: gansu.url });
    expect(sourceParts(zh.provincePage.sourceTitle, localSource(zh, gansu))).toEqual([{ slot: 'title' }]);
    expect(sourceText(zh.siteName.sourceTitle, localSource(zh, gansu))).toBe(gansu.title);
  });

  it('English without a title for the address: the Chinese title, marked as Chinese', () => {
    expect(localSource(en, { title: '某接入商的说明', url: 'https://example.cn/a' })).toEqual({
      title: '某接入商的说明',
      url: 'https://example.cn/a',
      lang: 'zh-CN',
    });
  });
});
