import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  indexTerms,
  FIXED_TERMS,
  KEEP,
  normalizeQuery,
  normalizeSearchText,
  numeralsToDigits,
  parseChineseNumeral,
  parseTradTable,
  preloadSearchWhenIdle,
  RELATED,
  replaceSynonyms,
  SAME,
  sentenceExcerpt,
  sentenceExcerpts,
  TRAD_TABLE,
} from '../../src/lib/search';
import { prepareForIndex } from '../../src/integrations/search/index-html';

describe('Chinese numerals', () => {
  test.each([
    ['二十', 20],
    ['十五', 15],
    ['十', 10],
    ['两百', 200],
    ['一千零五', 1005],
    ['三万二千', 32000],
    ['二〇二六', 2026],
    ['一两', undefined],
    ['三五', undefined],
    ['十十', undefined],
    ['万', undefined],
    ['', undefined],
  ])('%s is %s', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  test.each([
    ['二十个工作日', '20个工作日'],
    ['最多五次', '最多5次'],
    ['有效期一天', '有效期1天'],
    ['两个网站', '2个网站'],
    ['二十四小时', '24小时'],
    ['三十日内', '30日内'],
    ['第一次备案', '第1次备案'],
    ['证件号码后六位是六位数字', '证件号码后六位是6位数字'],
    // Words that merely contain a numeral character stay as they are.
    ['统一，一般，十分重要，一两天，星期一，一下，唯一', '统一，一般，十分重要，一两天，星期一，一下，唯一'],
  ])('%s → %s', (a, b) => expect(numeralsToDigits(a)).toBe(b));
});

describe('search spelling', () => {
  const table = parseTradTable('備备號号網网稱称審审個个時时驗验證证碼码');

  test('page text: width, traditional, numerals, spacing; Chinese punctuation kept', () => {
    expect(normalizeSearchText('審核一般需要二十個工作日', parseTradTable('審审個个'))).toBe(
      '审核一般需要 20 个工作日',
    );
    expect(normalizeSearchText('ＩＣＰ備案')).toBe('ICP 備案');
    expect(normalizeSearchText('京东云App扫码，２４小时内。', table)).toBe('京东云 App 扫码，24 小时内。');
  });

  test.each([
    ['二十個工作日', '20 个工作日'],
    ['五次', '5 次'],
    ['一天', '1 天'],
    ['两个', '2 个'],
    ['備案號', '备案号'],
    ['網站名稱', '网站名称'],
    ['App备案', 'App 备案'],
    ['App 备案', 'App 备案'],
    ['ＡＰＰ备案', 'APP 备案'],
    ['  页脚　放备案号 ', '底部 放备案号'],
    ['云服务商', '接入商'],
    ['服务商', '接入商'],
    ['通信管理局', '管局'],
    ['短信驗證', '短信核验'],
    ['驗證碼', '验证码'],
    ['二十四小時', '24 小时'],
    ['后六位', '后六位'],
    ['证件号后6位', '证件号后六位'],
    ['后 6 位', '后六位'],
  ])('query %s is searched as %s', (q, s) => expect(normalizeQuery(q, table)).toBe(s));

  test('the table is read as pairs', () => {
    expect(parseTradTable('備备號号').get('號')).toBe('号');
    expect(parseTradTable('備备號').size).toBe(1);
  });
});

describe('synonyms', () => {
  test('one table, no word both a term and another spelling, KEEP words untouched', () => {
    const terms = new Set(SAME.map((s) => s.term));
    for (const s of SAME) for (const o of s.other) expect(terms.has(o), o).toBe(false);
    for (const k of KEEP) expect(replaceSynonyms(k)).toBe(k);
    expect(RELATED.some((r) => r.includes('驳回') && r.includes('退回'))).toBe(true);
    expect(SAME.find((s) => s.term === '接入商')?.other.includes('云服务商')).toBe(true);
    expect(SAME.length > 5).toBe(true);
    expect(KEEP.includes('验证码')).toBe(true);
    expect(RELATED[0]).toEqual(['驳回', '退回']);
    expect(FIXED_TERMS.includes('后六位')).toBe(true);
  });

  test('longest spelling first', () => {
    expect(replaceSynonyms('云服务商 页脚 验证码 短信验证')).toBe('接入商 底部 验证码 短信核验');
    expect(replaceSynonyms('省通信管理局')).toBe('管局');
  });

  test('words added to a section', () => {
    expect(indexTerms('在网站页脚放备案号')).toEqual(['底部']);
    expect(indexTerms('接入商驳回了订单')).toEqual(['退回']);
    expect(indexTerms('验证码')).toEqual([]);
    expect(indexTerms('网站底部放备案号')).toEqual([]);
    expect(indexTerms('审核电话没接到')).toEqual(['核实电话']);
  });
});

describe('sentence snippets', () => {
  test.each([
    ['短信。管局审核一般需要 <mark>20</mark> 个工作日。接入商', '管局审核一般需要 <mark>20</mark> 个工作日。'],
    [
      '可达 <mark>30</mark> 天。快的 <mark>1</mark> 天就有结果，慢的要等满。后面',
      '快的 <mark>1</mark> 天就有结果，慢的要等满。',
    ],
    ['要等满 20 个工作日. 调休的<mark>周六</mark>算工作日. 下一节', '调休的<mark>周六</mark>算工作日.'],
    ['没有标记的文字。后面', '没有标记的文字。后面'],
    ['半句<mark>话</mark>没有结尾', '半句<mark>话</mark>没有结尾'],
    ['网址 beian.miit.gov.cn 上<mark>查询</mark>', '网址 beian.miit.gov.cn 上<mark>查询</mark>'],
  ])('%s → %s', (a, b) => expect(sentenceExcerpt(a)).toBe(b));

  test('a result and its sub-results', () => {
    const r = sentenceExcerpts({
      excerpt: '甲。<mark>乙</mark>丙。丁',
      sub_results: [{ excerpt: '戊。<mark>己</mark>' }],
    });
    expect(r.excerpt).toBe('<mark>乙</mark>丙。');
    expect(r.sub_results?.[0]?.excerpt).toBe('<mark>己</mark>');
  });
});

describe('what Pagefind indexes', () => {
  test('each section gets its search spelling and synonyms, before the next heading; the page itself is kept', () => {
    const html =
      '<header>页脚</header><main data-pagefind-body><h1 id="_top">审核要二十个工作日</h1><p>放在页脚。</p>' +
      '<div><h2 id="b">驳回</h2></div><p>接入商驳回了。</p><script>var 页脚 = 1;</script></main>';
    const out = prepareForIndex(html, new Map());
    expect(out).toBe(
      '<header>页脚</header><main data-pagefind-body><h1 id="_top">审核要二十个工作日</h1><p>放在页脚。</p>' +
        '<div><p data-pagefind-weight="5">审核要 20 个工作日</p><p data-pagefind-weight="0.5">底部</p>' +
        '<h2 id="b">驳回</h2></div><p>接入商驳回了。</p><script>var 页脚 = 1;</script>' +
        '<p data-pagefind-weight="0.5">退回</p></main>',
    );
    // Removing the added elements gives the page back.
    expect(out.replace(/<p data-pagefind-weight="[\d.]+">[^<]*<\/p>/g, '')).toBe(html);
  });

  test('the description is indexed with the title section, in the search spelling', () => {
    const html =
      '<head><meta name="description" content="页脚放备案号，审核要二十个工作日"/></head>' +
      '<main data-pagefind-body><h1 id="_top">标题</h1><p>正文</p><h2 id="a">一节</h2><p>内容</p></main>';
    expect(prepareForIndex(html, new Map())).toBe(
      '<head><meta name="description" content="页脚放备案号，审核要二十个工作日"/></head>' +
        '<main data-pagefind-body><h1 id="_top">标题</h1><p>正文</p>' +
        '<p data-pagefind-weight="2">页脚放备案号，审核要 20 个工作日</p>' +
        '<h2 id="a">一节</h2><p>内容</p></main>',
    );
  });

  test('a templated page keeps its title weight; its repeated section headings weigh as body text', () => {
    const html = '<main data-pagefind-body><h1 id="_top">浙江</h1><h3 id="a">跨省备案</h3><p>可以</p></main>';
    expect(prepareForIndex(html, new Map(), { templated: true })).toBe(
      '<main data-pagefind-body><h1 id="_top">浙江</h1><h3 data-pagefind-weight="1" id="a">跨省备案</h3><p>可以</p></main>',
    );
  });

  test('pages without data-pagefind-body are left alone', () => {
    expect(prepareForIndex('<main><p>页脚</p></main>', new Map())).toBe('<main><p>页脚</p></main>');
  });
});

describe('the site’s traditional table (src/lib/text/trad-data.ts, the one the tools use)', () => {
  test('covers the words of the issue and never maps a simplified character of its own', () => {
    const table = TRAD_TABLE;
    expect(normalizeQuery('備案號', table)).toBe('备案号');
    expect(normalizeQuery('網站名稱', table)).toBe('网站名称');
    expect(normalizeQuery('驗證碼', table)).toBe('验证码');
    expect(normalizeQuery('後臺', table)).toBe('控制台'); // 后台 → the guide's word
    expect(table.has('著')).toBe(false); // 显著 is simplified too
    expect(table.has('后')).toBe(false);
    expect(table.has('乾')).toBe(false); // 乾坤
    expect(table.size).toBeGreaterThan(100);
  });
});

describe('never throws, stays linear, is stable', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.constantFrom('二十个工作日', '五次', 'App備案', '<mark>页脚</mark>。'),
  );
  test('long input, linear time', () => {
    for (const s of [
      '一'.repeat(50_000),
      '十'.repeat(50_000) + '个',
      '页脚'.repeat(20_000),
      '。<mark>'.repeat(10_000),
      '<mark>a</mark>' + '。'.repeat(50_000),
    ]) {
      expect(normalizeSearchText(s).length).toBeGreaterThan(0);
      indexTerms(s);
      sentenceExcerpt(s);
      expect(normalizeQuery(s).length).toBeLessThanOrEqual(400);
    }
  });
  test('any string', () => {
    fc.assert(
      fc.property(text, (s) => {
        normalizeSearchText(s);
        numeralsToDigits(s);
        indexTerms(s);
        sentenceExcerpt(s);
        const q = normalizeQuery(s);
        // Searching the search spelling again changes nothing.
        expect(normalizeQuery(q)).toBe(q);
      }),
      { numRuns: 300 },
    );
  });
  test('non-strings', () => {
    for (const v of [undefined, null, 1, {}] as unknown as string[]) {
      expect(normalizeQuery(v)).toBe('');
      expect(normalizeSearchText(v)).toBe('');
      expect(numeralsToDigits(v)).toBe('');
      expect(indexTerms(v)).toEqual([]);
      expect(sentenceExcerpt(v)).toBe('');
    }
  });
});

describe('preloadSearchWhenIdle', () => {
  test('the @example: loads in the background unless the browser asks to save data or is on 2G', () => {
    expect(preloadSearchWhenIdle(undefined)).toBe(true);
    expect(preloadSearchWhenIdle({ saveData: false, effectiveType: '4g' })).toBe(true);
    expect(preloadSearchWhenIdle({ saveData: true, effectiveType: '4g' })).toBe(false);
    expect(preloadSearchWhenIdle({ effectiveType: 'slow-2g' })).toBe(false);
  });
  test.each([
    [{}, true],
    [{ effectiveType: '3g' }, true],
    [{ effectiveType: '2g' }, false],
    [{ saveData: true }, false],
    [{ saveData: false, effectiveType: '2g' }, false],
  ])('%o → %s', (hints, expected) => expect(preloadSearchWhenIdle(hints)).toBe(expected));
});
