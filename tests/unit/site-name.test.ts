import { describe, expect, test } from 'vitest';
import {
  checkSiteName,
  provinceWords,
  SOURCES,
  type ProvinceWords,
  type SiteNameVerdict,
} from '../../src/lib/site-name';
import { checkName, MAX_NAME, ruleApplies } from '../../src/lib/site-name/check';
import { provinceWordsFor } from '../../src/lib/site-name/province';
import { rename } from '../../src/lib/site-name/rename';
import { fillFormat, matchFormat } from '../../src/lib/site-name/format';
import { PLACE_SOURCES, WORD_LISTS } from '../../src/lib/site-name/words-data';
import { PLACE_NAMES } from '../../src/lib/site-name/places-data';
import { Matcher, foldChar } from '../../src/lib/site-name/match';
import { SiteNameWordsSchema, SourcesSchema } from '../../src/lib/site-name/schema';
import { findProvince, PROVINCES, type Province } from '../../src/lib/provinces';
import { PAGES, provincePath } from '../../src/lib/routes';
import { dictionary } from '../../src/i18n';
import { fill, say } from '../../src/i18n/fill';
import { patternText, quoteFormats, quoteWords, sentence } from '../../src/components/site-name/sentence';
import { ProvinceRuleSchema } from '../../src/lib/provinces/schema';

const personal = (name: string) => checkSiteName(name, { subject: 'personal' });
const organisation = (name: string) => checkSiteName(name, { subject: 'organisation' });
const copy = dictionary('zh-CN').siteName;
/** The codes of a verdict's findings, errors first. */
const codes = (r: SiteNameVerdict) => [...r.errors, ...r.warnings].map((i) => i.code);
/** The words found by the findings of a verdict, as the reader sees them (“中國”（即“中国”）). */
const words = (r: SiteNameVerdict) => [...r.errors, ...r.warnings].map((i) => quoteWords(copy, i.hits ?? [])).join();
/** Every sentence of a verdict, as the reader sees it. */
const sentences = (r: SiteNameVerdict, rules: readonly ProvinceWords[] = []) =>
  [...r.errors, ...r.warnings].map((i) => sentence(copy, i, rules));
/** Who refuses: every message names the 管局, the 接入商 or a provider whose rule it is. */
const WHO = /管局|接入商|腾讯云|华为云|青云/;

describe('checkSiteName: the contract', () => {
  test('a good name passes with nothing to say, and value is what will be submitted', () => {
    expect(personal('小林的摄影作品集')).toEqual({ ok: true, value: '小林的摄影作品集', errors: [], warnings: [] });
    expect(organisation('星河科技产品介绍')).toEqual({ ok: true, value: '星河科技产品介绍', errors: [], warnings: [] });
  });

  test('value is trimmed and full-width spaces are removed; other inner characters are kept', () => {
    expect(personal('　 前端学习笔记　').value).toBe('前端学习笔记');
    expect(personal('前端\u3000学习笔记').value).toBe('前端学习笔记');
    expect(personal('Vue 学习笔记').value).toBe('Vue 学习笔记');
  });

  test('ok is false exactly when there are errors', () => {
    for (const n of ['', 'abc', '中国美食', '小站', '技术论坛', '小林的摄影作品集']) {
      for (const r of [personal(n), organisation(n)]) expect(r.ok).toBe(r.errors.length === 0);
    }
  });

  test('empty or blank: error', () => {
    for (const n of ['', '   ', '\u3000\u3000']) {
      const r = personal(n);
      expect(r.ok).toBe(false);
      expect(r.value).toBe('');
      expect(r.errors).toEqual([{ code: 'name.empty' }]);
    }
  });

  test('a 100 KB paste is refused at once as too long, without scanning it', () => {
    const r = personal('中国论坛'.repeat(25_000));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ code: 'name.tooLong', params: { length: 100000 } }]);
    expect(say(copy.issues, r.errors[0]!)).toContain('内容太长（100000 个字符）');
    expect(codes(personal('网'.repeat(MAX_NAME)))).not.toContain('name.tooLong');
    expect(personal('网'.repeat(MAX_NAME + 1)).errors[0]!.code).toBe('name.tooLong');
  });

  test('bad options never throw and default to the stricter 个人 rules', () => {
    expect(() => checkSiteName('小林的公司网站', undefined as never)).not.toThrow();
    expect(words(checkSiteName('小林的公司网站', undefined as never))).toContain('公司');
    expect(checkSiteName(123 as never, { subject: 'personal' }).errors[0]!.code).toBe('name.empty');
  });
});

describe('errors: what every bureau refuses', () => {
  test('only digits and/or Latin letters, also full-width', () => {
    for (const n of ['ABC123', '12345', 'mysite', 'ＡＢＣ１２３', 'my site 2']) {
      const r = personal(n);
      expect(r.ok, n).toBe(false);
      expect(r.errors[0]).toEqual({ code: 'name.noHan', params: { value: n } });
    }
  });

  test('a domain or URL as the name', () => {
    for (const n of [
      'example.com',
      'www.example.cn',
      'https://blog.example.com/about',
      'EXAMPLE.COM',
      '例子.中国',
      'ｅｘａｍｐｌｅ．ｃｏｍ',
    ]) {
      const r = organisation(n);
      expect(r.ok, n).toBe(false);
      expect(r.errors[0], n).toEqual({ code: 'name.domain', params: { value: n } });
      expect(say(copy.issues, r.errors[0]!)).toContain(`“${n}”是域名（网址）`);
    }
  });

  test('a domain inside a Chinese name is a warning; dotted words that are not domains are not', () => {
    const r = personal('我的 abc.com 技术笔记');
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toEqual({ code: 'domain.inside', params: { value: 'abc.com' } });
    expect(say(copy.issues, r.warnings[0]!)).toContain('夹带了域名“abc.com”');
    expect(r.suggestion).toBe('我的技术笔记');
    expect(personal('Vue.js 学习笔记').warnings).toEqual([]);
  });

  test('national words for a personal site, with the name without them as the fix', () => {
    const r = personal('中国美食笔记');
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ code: 'national.personal', hits: [{ typed: '中国', word: '中国' }] }]);
    expect(sentences(r)[0]).toMatch(/^名称以“中国”开头：个人网站名称不能以/);
    expect(r.suggestion).toBe('美食笔记');
  });

  test('national words for an organisation: error that explains the state-body exception', () => {
    const r = organisation('中华美食研究');
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.code).toBe('national.organisation');
    expect(sentences(r)[0]).toContain('不是国家机关的单位');
  });

  test('traditional and full-width forms are caught and explained', () => {
    const r = personal('中國美食筆記');
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.hits).toEqual([{ typed: '中國', word: '中国' }]);
    expect(sentences(r)[0]).toMatch(/^名称以“中國”（即“中国”）开头/);
    expect(words(personal('中華文化'))).toContain('“中華”（即“中华”）');
    expect(words(personal('小林技術論壇'))).toContain('“論壇”（即“论坛”）');
  });

  test('illegal or sensitive words, for every subject, with no "remove it" fix', () => {
    for (const n of ['赌博游戏大全', '彩票分析小站', '反腐观察笔记']) {
      for (const r of [personal(n), organisation(n)]) {
        expect(r.ok, n).toBe(false);
        expect(codes(r), n).toContain('illegal');
        expect(r.suggestion, n).toBeUndefined();
      }
    }
    expect(organisation('赌博娱乐城').suggestion).toBeUndefined();
    expect(organisation('赌博娱乐城').pattern).toEqual({ code: 'organisation' });
  });
});

describe('issue 21: the national words are a prefix rule', () => {
  test('全国 is in neither the cited list nor Tencent’s: 全国各地美食记录 is no error', () => {
    const r = personal('全国各地美食记录');
    expect(r.errors).toEqual([]);
    expect(codes(r)).not.toContain('national.inside');
    expect(organisation('全国各地美食记录').errors).toEqual([]);
  });

  test('a national word at the start is an error, for both subjects', () => {
    for (const w of ['中国', '中华', '中央', '人民', '人大', '国家']) {
      expect(
        personal(`${w}美食分享站`).errors.map((e) => e.code),
        w,
      ).toEqual(['national.personal']);
      expect(
        organisation(`${w}美食分享站`).errors.map((e) => e.code),
        w,
      ).toEqual(['national.organisation']);
    }
    expect(personal('★中国美食★').errors.map((e) => e.code)).toEqual(['national.personal']);
  });

  test('elsewhere in the name it is a warning that gives both readings of the sources', () => {
    const r = personal('美食中国行');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'national.inside', hits: [{ typed: '中国', word: '中国' }] }]);
    const m = sentence(copy, r.warnings[0]!);
    expect(m).toContain('青云');
    expect(m).toContain('阿里云');
    expect(organisation('星河科技服务人民').warnings.map((w) => w.code)).toEqual(['national.inside']);
  });

  test('国 of a country name followed by 家 is not 国家', () => {
    expect(codes(personal('美国家居见闻'))).toEqual([]);
    expect(personal('中国家常菜谱').errors).toEqual([
      { code: 'national.personal', hits: [{ typed: '中国', word: '中国' }] },
    ]);
  });
});

describe('warnings: what many bureaus or providers refuse', () => {
  test('company and organisation words: personal only', () => {
    const r = personal('小林摄影工作室');
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([{ code: 'organisation', hits: [{ typed: '工作室', word: '工作室' }] }]);
    expect(sentences(r)[0]).toContain('以单位为主体备案');
    expect(r.suggestion).toBe('小林摄影');
    expect(fill(copy.suggestion, { name: r.suggestion! })).toBe('例如改成“小林摄影”。');
    expect(organisation('星河科技公司官网').warnings).toEqual([]);
  });

  test('interactive words: both subjects, with different reasons', () => {
    const p = personal('技术交流论坛');
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]!.code).toBe('interactive.personal');
    expect(sentences(p)[0]).toMatch(/^名称含“交流”“论坛”：个人网站不能开论坛/);
    const o = organisation('星河科技用户社区');
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]!.code).toBe('interactive.organisation');
    expect(sentences(o)[0]).toContain('办好相关审批');
  });

  test('commercial words: personal only', () => {
    expect(personal('小林手作商城').warnings[0]!.code).toBe('commercial');
    expect(sentences(personal('小林手作商城'))[0]).toContain('个人备案只用于非经营性');
    expect(organisation('星河科技商城').warnings).toEqual([]);
  });

  test('regulated sectors name the sector and link the 前置审批 page', () => {
    const cases: [string, string][] = [
      ['小林视频教程分享', '广播电影电视节目'],
      ['本地新闻速递站', '新闻'],
      ['社区医疗服务站', '医疗保健'],
      ['少儿英语培训班', '教育'],
      ['小林理财心得', '金融'],
    ];
    for (const [n, sector] of cases) {
      const r = organisation(n);
      expect(r.ok, n).toBe(true);
      const m = r.warnings.find((w) => w.code === 'regulated')!;
      expect(sentence(copy, m), n).toContain(`${sector}类信息服务`);
      expect(m.link, n).toEqual({ href: PAGES.preApproval, page: 'preApproval' });
    }
  });

  test('emoji and special symbols', () => {
    const e = personal('小林的美食日记😀');
    expect(e.errors).toEqual([{ code: 'symbols.emoji', hits: [{ typed: '😀', word: '😀' }] }]);
    expect(sentences(e)[0]).toContain('表情符号“😀”');
    expect(e.suggestion).toBe('小林的美食日记');
    const s = personal('★小林的美食日记★');
    expect(s.warnings).toEqual([{ code: 'symbols.special', hits: [{ typed: '★', word: '★' }] }]);
    expect(sentences(s)[0]).toContain('特殊符号“★”');
    expect(personal('小林·摄影作品集').warnings).toEqual([]);
    expect(personal('小林-摄影作品集').warnings).toEqual([]);
  });

  test('fewer than 3 汉字', () => {
    const r = personal('小站');
    expect(r.ok).toBe(true);
    // 小站 also says nothing of the content (issue 21).
    expect(r.warnings).toEqual([
      { code: 'name.short', params: { count: 2 } },
      { code: 'name.generic', params: { value: '小站' } },
    ]);
    expect(say(copy.issues, r.warnings[0]!)).toContain('只有 2 个汉字');
    expect(personal('PHP笔记').pattern).toEqual({ code: 'personal' });
    expect(personal('读书会').warnings).toEqual([]);
  });

  test('several problems give one message per list, errors before warnings', () => {
    const r = personal('中国美食论坛商城😀');
    expect(codes(r)).toEqual(['national.personal', 'symbols.emoji', 'interactive.personal', 'commercial']);
    expect(r.errors).toHaveLength(2);
  });

  test('the suggested name carries none of the problems', () => {
    const r = personal('小林的美食论坛商城😀★');
    expect(codes(r)).toHaveLength(4);
    expect(r.suggestion).toBe('小林的美食');
    expect(r.pattern).toBeUndefined();
    expect(personal('小林的美食')).toEqual({ ok: true, value: '小林的美食', errors: [], warnings: [] });
    const names = [
      '中国美食论坛分享',
      '小林摄影工作室官网',
      '我的 abc.com 技术笔记★',
      '家常菜视频教程商城',
      '中華文化交流社区',
    ];
    let suggested = 0;
    for (const n of names) {
      for (const subject of ['personal', 'organisation'] as const) {
        const r = checkSiteName(n, { subject });
        if (!r.suggestion) continue;
        suggested++;
        const again = checkSiteName(r.suggestion, { subject });
        expect(codes(again), `${n} → ${r.suggestion}`).toEqual([]);
      }
    }
    expect(suggested).toBeGreaterThan(5);
  });

  test('no concrete rename: the pattern of the subject', () => {
    expect(personal('中華文化').pattern).toEqual({ code: 'personal' });
    expect(organisation('abc').pattern).toEqual({ code: 'organisation' });
    expect(copy.patterns.personal).toContain('小林的摄影作品集');
    expect(personal('小林的摄影作品集').pattern).toBeUndefined();
  });

  test('every message says who refuses it and what to do', () => {
    const names = [
      '',
      'abc',
      'abc.com',
      '中国美食',
      '赌博',
      '小林工作室',
      '小林论坛',
      '小林商城',
      '小林视频站',
      '小站★',
      '小站😀',
      '我的 abc.com 笔记',
      '小站',
    ];
    for (const n of names) {
      for (const r of [personal(n), organisation(n)]) {
        for (const m of sentences(r)) {
          if (!m.startsWith('网站名称还没有填写')) expect(m, m).toMatch(WHO);
          expect(m, m).toMatch(/请|例如/);
          expect(m, m).toContain('：');
          expect(m, m).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  test('every code has a sentence, and every placeholder of a sentence is filled', () => {
    for (const [code, text] of Object.entries(copy.issues)) expect(text, code).toBeTruthy();
    for (const n of ['小林视频教程分享', '中國美食筆記', '小林的美食论坛商城😀★', 'abc', '小站']) {
      for (const m of sentences(personal(n))) expect(m, m).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('issue 21: a rename is offered only when it passes the check itself and reads as a name', () => {
  const cases: [string, 'personal' | 'organisation', string][] = [
    ['国家级编程笔记', 'personal', '级编程笔记'],
    ['人民路美食', 'personal', '路美食'],
    ['张三', 'personal', '小林的张三'],
    ['ABC科技有限公司', 'personal', 'ABC科技有限'],
    ['免费电影在线看', 'personal', '免费看'],
    ['美食中国行', 'personal', '美食行'],
    ['张三的个人博客', 'personal', '张三的个人'],
    ['PHP笔记', 'personal', '小林的PHP笔记'],
  ];
  test.each(cases)('%s (%s) is not offered “%s” but the pattern to follow', (name, subject, bad) => {
    const r = checkSiteName(name, { subject });
    expect(r.suggestion).not.toBe(bad);
    expect(r.suggestion).toBeUndefined();
    expect(r.pattern).toEqual({ code: subject });
  });

  test('a rename that reads as a name is still offered, and passes the check itself', () => {
    const offered: [string, 'personal' | 'organisation', string][] = [
      ['中国美食笔记', 'personal', '美食笔记'],
      ['小林摄影工作室', 'personal', '小林摄影'],
      ['我的 abc.com 技术笔记', 'personal', '我的技术笔记'],
      ['小林的美食日记😀', 'personal', '小林的美食日记'],
      ['星河科技用户社区', 'organisation', '星河科技用户'],
    ];
    for (const [name, subject, want] of offered) {
      const r = checkSiteName(name, { subject });
      expect(r.suggestion, name).toBe(want);
      expect(codes(checkSiteName(want, { subject })), want).toEqual([]);
    }
  });

  test('in every province, a rename passes the check with that province', () => {
    const names = [
      '小林技术论坛笔记',
      '中国美食笔记',
      '小林摄影工作室官网',
      '杭州美食论坛',
      '小林的博客',
      '家电维修论坛',
    ];
    let offered = 0;
    for (const p of PROVINCES) {
      for (const subject of ['personal', 'organisation'] as const) {
        for (const n of names) {
          const r = checkSiteName(n, { subject, province: p.name });
          if (!r.suggestion) continue;
          offered++;
          expect(codes(checkSiteName(r.suggestion, { subject, province: p.name })), `${p.name} ${n}`).toEqual([]);
        }
      }
    }
    expect(offered).toBeGreaterThan(100);
  });
});

describe('issue 21: province rules about the name’s format (江苏)', () => {
  const js = { subject: 'personal', province: '江苏' } as const;
  const jsRules = provinceWords(findProvince('江苏')!);

  test('the format is province data: a rule of 江苏 with its formats, source and date', () => {
    const rules = findProvince('江苏')!.rules.filter((r) => r.formats);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      topic: '网站名称额外限制',
      appliesTo: '个人',
      formats: ['*的个人博客', '*的个人主页'],
    });
    expect(rules[0]!.source.url).toMatch(/^https:\/\/github\.com\/alipannu12121\/icp\/blob\/[0-9a-f]{40}\/.+\.md$/);
    expect(rules[0]!.checked).toBe('2026-12-05');
  });

  test('张三的个人博客 in 江苏 is not told to drop 博客: it is the format the province asks for', () => {
    for (const n of ['张三的个人博客', '张三的个人主页', '張三的個人博客'])
      expect(codes(checkSiteName(n, js)), n).toEqual([]);
    // Elsewhere the general rule about 博客 still applies.
    expect(codes(checkSiteName('张三的个人博客', { subject: 'personal' }))).toEqual(['interactive.personal']);
  });

  test('another personal name in 江苏 is told the format, and offered it with the same owner', () => {
    const r = checkSiteName('小林的摄影作品集', js);
    // 江苏's own rule: an error for a filer in 江苏 (tester 3, finding 8).
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      {
        code: 'province.format',
        params: { province: 'jiangsu', rule: jsRules.findIndex((w) => w.formats) },
        link: { href: provincePath('jiangsu'), page: 'province' },
      },
    ]);
    const m = sentence(copy, r.errors[0]!, jsRules);
    expect(m).toContain('江苏');
    expect(m).toContain('“某某的个人博客”或“某某的个人主页”');
    expect(r.suggestion).toBe('小林的个人博客');
    expect(codes(checkSiteName(r.suggestion!, js))).toEqual([]);
  });

  test('without an owner to keep, the pattern to follow is the format', () => {
    const r = checkSiteName('摄影作品集', js);
    expect(r.suggestion).toBeUndefined();
    expect(r.pattern).toEqual({
      code: 'provinceFormat',
      params: { province: 'jiangsu', rule: r.errors[0]!.params!.rule! },
    });
    expect(patternText(copy, r.pattern!, jsRules)).toContain('“某某的个人博客”或“某某的个人主页”');
    // A name in the format with another problem: still the format, never a name outside it.
    const n = checkSiteName('中国的个人博客', js);
    expect(codes(n)).toEqual(['national.personal']);
    expect(n.pattern!.code).toBe('provinceFormat');
  });

  test('a 单位 in 江苏 is not concerned', () => {
    expect(codes(checkSiteName('星河科技产品介绍', { subject: 'organisation', province: '江苏' }))).toEqual([]);
  });

  test('the schema takes formats with exactly one *', () => {
    const rule = { ...findProvince('江苏')!.rules.find((r) => r.formats)! };
    expect(ProvinceRuleSchema.safeParse(rule).success).toBe(true);
    expect(ProvinceRuleSchema.safeParse({ ...rule, formats: ['的个人博客'] }).success).toBe(false);
    expect(ProvinceRuleSchema.safeParse({ ...rule, formats: ['**的个人博客'] }).success).toBe(false);
  });
});

describe('issue 21: rules the guide states that were not checked', () => {
  test('a place name in a personal site name: a warning that names the providers; not for a 单位', () => {
    const r = personal('杭州美食记录');
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([{ code: 'place', hits: [{ typed: '杭州', word: '杭州' }] }]);
    const m = sentence(copy, r.warnings[0]!);
    for (const who of ['阿里云', '腾讯云', '华为云']) expect(m).toContain(who);
    expect(r.suggestion).toBe('美食记录');
    expect(codes(personal('北京烤鸭做法笔记'))).toEqual(['place']);
    expect(codes(personal('四川省美食记录'))).toEqual(['place']);
    expect(codes(organisation('杭州星河科技产品介绍'))).toEqual([]);
  });

  test('a long personal name: a warning above the 10 characters Huawei Cloud suggests', () => {
    expect(codes(personal('小林的前端学习笔记'))).toEqual([]);
    expect(codes(personal('小林的 Vue 学习笔记'))).toEqual([]);
    const r = personal('小林的前端开发学习心得笔记');
    expect(r.warnings).toEqual([{ code: 'name.long', params: { length: 13, max: 10 } }]);
    expect(say(copy.issues, r.warnings[0]!)).toContain('华为云');
    expect(codes(organisation('星河科技有限公司产品介绍与技术支持'))).toEqual([]);
  });

  test('digits or letters and a generic word say nothing of the content: a warning', () => {
    for (const n of ['123个人网站', '我的个人主页', 'ABC的网站', '２０２６的小站']) {
      expect(codes(personal(n)), n).toContain('name.generic');
      expect(personal(n).suggestion, n).toBeUndefined();
    }
    expect(
      say(
        copy.issues,
        personal('123个人网站').warnings.find((w) => w.code === 'name.generic')!,
      ),
    ).toContain('“123个人网站”');
    for (const n of ['小林的个人网站', '小林的摄影作品集', '前端学习笔记']) {
      expect(codes(personal(n)), n).not.toContain('name.generic');
    }
  });

  test('an emoji is an error, since the sources refuse symbols', () => {
    const e = personal('小林的美食日记😀');
    expect(e.ok).toBe(false);
    expect(e.errors).toEqual([{ code: 'symbols.emoji', hits: [{ typed: '😀', word: '😀' }] }]);
    expect(e.suggestion).toBe('小林的美食日记');
  });
});

describe('province words', () => {
  const zj: ProvinceWords = {
    province: '浙江',
    slug: 'zhejiang',
    appliesTo: '个人',
    words: ['导航', '维修'],
    source: { title: '某接入商的浙江管局备案规则', url: 'https://example.cn/zhejiang' },
  };

  test('ruleApplies: the @example; a rule for everyone applies to both, a rule for organisations to them only', () => {
    expect(ruleApplies({ appliesTo: '个人' }, 'organisation')).toBe(false);
    expect(ruleApplies({ appliesTo: '个人' }, 'personal')).toBe(true);
    expect(ruleApplies({ appliesTo: '全部' }, 'organisation')).toBe(true);
    expect(ruleApplies({ appliesTo: '单位' }, 'personal')).toBe(false);
  });

  test('apply, name the province and link its page', () => {
    const r = checkName('家电維修心得', { subject: 'personal', province: [zj] });
    expect(r.ok).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(r.errors).toEqual([
      {
        code: 'province.words',
        params: { province: 'zhejiang', rule: 0 },
        hits: [{ typed: '維修', word: '维修' }],
        link: { href: provincePath('zhejiang'), page: 'province' },
      },
    ]);
    const m = sentence(copy, r.errors[0]!, [zj]);
    expect(m).toContain('“維修”（即“维修”）');
    expect(m).toContain('浙江管局对个人网站的网站名称另有限制');
    expect(m).toContain('某接入商的浙江管局备案规则');
    expect(provincePath('zhejiang')).toBe('/provinces/zhejiang/');
  });

  test('a rule for 个人 does not apply to a 单位, and no province means no extra words', () => {
    expect(checkName('家电维修心得', { subject: 'organisation', province: [zj] }).warnings).toEqual([]);
    expect(checkName('家电维修心得', { subject: 'organisation', province: [zj] }).errors).toEqual([]);
    expect(checkName('家电维修心得', { subject: 'personal' }).warnings).toEqual([]);
  });

  test('provinceWords reads the rules of topic 网站名称额外限制 that carry words', () => {
    const base = PROVINCES[0]!;
    const p: Province = {
      ...base,
      rules: [
        {
          topic: '网站名称额外限制',
          text: '个人网站名称不得含导航',
          appliesTo: '个人',
          words: ['导航'],
          source: { title: 't', url: 'https://example.cn/a' },
          checked: '2026-11-28',
        },
        {
          topic: '网站名称额外限制',
          text: '未找到公开说明',
          appliesTo: '全部',
          source: { title: 't', url: 'https://example.cn/a' },
          checked: '2026-11-28',
        },
        {
          topic: '年龄',
          text: '满 18 周岁',
          appliesTo: '个人',
          words: ['不相关'],
          source: { title: 't', url: 'https://example.cn/a' },
          checked: '2026-11-28',
        },
      ],
    };
    expect(provinceWords(p)).toEqual([
      {
        province: base.name,
        slug: base.slug,
        appliesTo: '个人',
        words: ['导航'],
        source: { title: 't', url: 'https://example.cn/a' },
      },
    ]);
  });

  test('provinceWordsFor and checkSiteName look the province up by name or abbreviation; unknown gives nothing', () => {
    expect(provinceWordsFor('香港')).toEqual([]);
    expect(provinceWordsFor(undefined)).toEqual([]);
    expect(provinceWordsFor('浙江')).toEqual(provinceWords(findProvince('浙江')!));
    expect(provinceWordsFor('浙')).toEqual(provinceWords(findProvince('浙江')!));
    for (const p of PROVINCES) {
      const r = checkSiteName('小林的摄影作品集', { subject: 'personal', province: p.name });
      // Only a province's own rule (江苏's format) can refuse it.
      expect(
        r.errors.filter((e) => !e.code.startsWith('province.')),
        p.name,
      ).toEqual([]);
    }
    expect(checkSiteName('小林的摄影作品集', { subject: 'personal', province: '火星' }).ok).toBe(true);
  });

  test('every province word list in the data is picked up by checkSiteName', () => {
    for (const p of PROVINCES) {
      for (const rule of provinceWords(p)) {
        const subject = rule.appliesTo === '单位' ? 'organisation' : 'personal';
        const word = rule.words[0]!;
        const r = checkSiteName(`小林${word}分享站`, { subject, province: p.name });
        expect(
          r.errors.some((w) => w.link?.href === provincePath(p.slug)),
          `${p.name} ${word}`,
        ).toBe(true);
      }
    }
  });
});

describe('word lists', () => {
  test('the data matches its schema: every list has words and dated sources with page addresses', () => {
    const r = SiteNameWordsSchema.safeParse(WORD_LISTS);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(SourcesSchema.safeParse(SOURCES).success).toBe(true);
    for (const s of Object.values(SOURCES)) expect(s.url).not.toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/);
    // Every source is used by some list, and the secondary one is marked as such.
    expect(new Set([...WORD_LISTS.flatMap((l) => l.sources), ...PLACE_SOURCES])).toEqual(new Set(Object.keys(SOURCES)));
    expect(SOURCES.bkzhishi.secondary).toBe(true);
  });

  test('errors are the national and illegal lists; regulated lists name their sector', () => {
    expect([...new Set(WORD_LISTS.filter((l) => l.level === 'error').map((l) => l.id))]).toEqual([
      'national',
      'illegal',
    ]);
    for (const l of WORD_LISTS.filter((l) => l.id === 'regulated')) expect(copy.sectors[l.sector!]).toBeTruthy();
  });

  test('every listed word is caught on its own by the subjects it concerns', () => {
    for (const list of WORD_LISTS) {
      for (const subject of list.subjects) {
        for (const w of list.words) {
          const r = checkSiteName(`小林${w}分享站`, { subject });
          expect(words(r), `${w} ${subject}`).toContain(`“${w}”`);
        }
      }
    }
    for (const w of PLACE_NAMES) expect(words(personal(`小林${w}分享站`)), w).toContain(`“${w}”`);
  });

  test('place names: simplified 汉字 words, once each, from dated sources; the island gets them as a prop', () => {
    expect(new Set(PLACE_NAMES).size).toBe(PLACE_NAMES.length);
    for (const w of PLACE_NAMES) expect(w).toMatch(/^\p{Script=Han}{2,}$/u);
    expect(PLACE_SOURCES.every((k) => k in SOURCES)).toBe(true);
    expect(checkName('杭州美食记录', { subject: 'personal' }).warnings).toEqual([]);
    expect(checkName('杭州美食记录', { subject: 'personal', places: PLACE_NAMES }).warnings[0]!.code).toBe('place');
  });

  test('the schema rejects a list without sources or with an empty word', () => {
    const bad = [{ ...WORD_LISTS[0]!, sources: [] }];
    expect(SiteNameWordsSchema.safeParse(bad).success).toBe(false);
    expect(SiteNameWordsSchema.safeParse([{ ...WORD_LISTS[0]!, words: [''] }]).success).toBe(false);
    expect(SiteNameWordsSchema.safeParse([{ ...WORD_LISTS[0]!, sources: ['nowhere'] }]).success).toBe(false);
    expect(SourcesSchema.safeParse({ x: { title: 'x', url: 'https://github.com/a', checked: '2026' } }).success).toBe(
      false,
    );
  });
});

describe('matching', () => {
  test('foldChar: traditional, full-width, case', () => {
    expect(foldChar('國')).toBe('国');
    expect(foldChar('Ａ')).toBe('a');
    expect(foldChar('１')).toBe('1');
    expect(foldChar('网')).toBe('网');
  });

  test('Matcher finds overlapping and nested words with what was typed and where', () => {
    const m = new Matcher<string>([
      ['中国', 'a'],
      ['国家', 'b'],
      ['中国人民', 'c'],
      ['人民', 'd'],
    ]);
    const text = Array.from('中國家中国人民');
    const hits = m.scan(text.map(foldChar), text);
    expect(hits.map((h) => `${h.word}/${h.typed}/${h.at}`)).toEqual([
      '中国/中國/0',
      '国家/國家/1',
      '中国/中国/3',
      '中国人民/中国人民/3',
      '人民/人民/5',
    ]);
  });
});

describe('JSDoc examples', () => {
  test('hold as written', () => {
    expect(checkName('小林的摄影作品集', { subject: 'personal' }).ok).toBe(true);
    expect(checkName('中國美食笔记', { subject: 'personal' }).errors[0]!.hits).toEqual([
      { typed: '中國', word: '中国' },
    ]);
    expect(checkName('example.com', { subject: 'organisation' }).ok).toBe(false);
    expect(checkName('技术交流论坛', { subject: 'personal' }).warnings.length).toBe(1);
    expect(checkName('网'.repeat(MAX_NAME + 1), { subject: 'personal' }).errors[0]!.code).toBe('name.tooLong');
    expect(checkSiteName('小林的摄影作品集', { subject: 'personal' })).toEqual({
      ok: true,
      value: '小林的摄影作品集',
      errors: [],
      warnings: [],
    });
    expect(checkSiteName('　中国美食 ', { subject: 'personal' }).value).toBe('中国美食');
    expect(checkSiteName('abc123', { subject: 'personal' }).ok).toBe(false);
    expect(checkSiteName('小林摄影论坛', { subject: 'personal', province: '浙江' }).warnings.length > 0).toBe(true);
    expect(provinceWords(findProvince('浙江')!).every((w) => w.slug === 'zhejiang')).toBe(true);
    expect(WORD_LISTS.find((l) => l.id === 'national')?.words.includes('中国')).toBe(true);
    expect(WORD_LISTS.filter((l) => l.level === 'error').map((l) => l.id)).toEqual(['national', 'illegal']);
    const m = new Matcher([
      ['中国', 'national'],
      ['论坛', 'interactive'],
    ]);
    expect(m.scan(['中', '国', '论', '坛'], ['中', '國', '论', '坛']).map((h) => h.typed)).toEqual(['中國', '论坛']);
    expect(new Matcher([['ab', 1]]).scan(['a', 'b'], ['Ａ', 'Ｂ'])).toEqual([
      { word: 'ab', tag: 1, typed: 'ＡＢ', at: 0 },
    ]);
    expect(SourcesSchema.safeParse(SOURCES).success).toBe(true);
    expect(quoteWords(copy, [{ typed: '中國', word: '中国' }])).toBe('“中國”（即“中国”）');
    expect(rename(Array.from('中国美食笔记'), [{ from: 0, to: 2 }])).toBe('美食笔记');
    expect(rename(Array.from('国家级编程笔记'), [{ from: 0, to: 2 }])).toBeUndefined();
    expect(matchFormat(Array.from('张三的个人博客'), '*的个人博客')).toEqual({
      fixed: [
        { from: 0, to: 0 },
        { from: 2, to: 7 },
      ],
      owner: { from: 0, to: 2 },
    });
    expect(matchFormat(Array.from('的个人博客'), '*的个人博客')).toBeNull();
    expect(fillFormat('*的个人博客', '小林')).toBe('小林的个人博客');
    expect(quoteFormats(copy, ['*的个人博客', '*的个人主页'])).toBe('“某某的个人博客”或“某某的个人主页”');
    expect(patternText(copy, { code: 'personal' })).toBe(copy.patterns.personal);
  });
});

describe('issue 24, from the independent tester', () => {
  const en = dictionary('en').siteName;

  test('a space between 汉字 is said, with what the sources say, and the name without it is offered', () => {
    const r = organisation('艾克米 科技');
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([{ code: 'name.space' }]);
    expect(r.suggestion).toBe('艾克米科技');
    expect(codes(organisation('艾克米科技'))).toEqual([]);
    const zh = sentence(copy, r.warnings[0]!);
    expect(zh).toContain('特殊符号');
    expect(zh).toContain('没有提到空格');
    expect(sentence(en, r.warnings[0]!)).toContain('say nothing about spaces');
    // The same for any space between 汉字 and whatever else the name has; spacing next to letters is not a space
    // between 汉字.
    expect(codes(personal('小林的 摄影作品集'))).toEqual(['name.space']);
    expect(personal('小林的 摄影作品集').suggestion).toBe('小林的摄影作品集');
    const both = organisation('艾克米（深圳）科技 有限公司');
    expect(codes(both)).toEqual(['symbols.special', 'name.space']);
    expect(both.suggestion).toBe('艾克米深圳科技有限公司');
    expect(codes(personal('小林的 Vue 学习笔记'))).toEqual([]);
    expect(codes(personal('Vue 学习笔记'))).toEqual([]);
  });

  test('no sentence puts an article before a word it does not fit (an education … service)', () => {
    const sectors = Object.keys(en.sectors) as (keyof typeof en.sectors)[];
    for (const sector of sectors) {
      const s = sentence(en, { code: 'regulated', params: { sector }, hits: [{ typed: '教育', word: '教育' }] });
      expect(s, sector).toContain(`an information service in the field of ${en.sectors[sector]}`);
      expect(s, sector).not.toMatch(/\ba [aeiou]/i);
      expect(s, sector).not.toMatch(/\ban [b-df-hj-np-tv-z]/i);
    }
  });

  test('a word cut from the end must not leave only a brand or a person: the pattern is given instead', () => {
    const r = personal('爱克米工作室');
    expect(codes(r)).toEqual(['organisation']);
    expect(r.suggestion).toBeUndefined();
    expect(r.pattern).toEqual({ code: 'personal' });
    for (const n of ['爱克米论坛', '张小林商城', '中国爱克米工作室']) {
      expect(personal(n).suggestion, n).toBeUndefined();
    }
    // Something that says what the site is about is left: still offered.
    expect(personal('小林摄影工作室').suggestion).toBe('小林摄影');
    expect(personal('中国美食笔记').suggestion).toBe('美食笔记');
    expect(rename(Array.from('爱克米工作室'), [{ from: 3, to: 6 }])).toBeUndefined();
  });
});
