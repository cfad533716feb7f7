/**
 * What the third independent tester found in 网站名称自查: the legal basis of a 前置审批 sector (the film/TV, culture
 * and finance services are not named in 292号令 art. 5), and a province's refusal under a soft status line.
 */
import { describe, expect, test } from 'vitest';
import { checkSiteName, type ProvinceWords } from '../../src/lib/site-name';
import { checkName, refusalScope, sectorBasis } from '../../src/lib/site-name/check';
import { ARTICLE_5_SECTORS } from '../../src/lib/site-name/words-data';
import { dictionary } from '../../src/i18n';
import { sentence } from '../../src/components/site-name/sentence';

const zh = dictionary('zh-CN').siteName;
const en = dictionary('en').siteName;

describe('前置审批: the basis said is the one of the sector', () => {
  test('sectorBasis: art. 5 names news, publishing, education, medical care, drugs and devices; not the others', () => {
    for (const s of ['news', 'publishing', 'education', 'medical', 'drugs'] as const)
      expect(sectorBasis(s)).toBe('article5');
    for (const s of ['broadcast', 'culture', 'finance'] as const) expect(sectorBasis(s)).toBe('ownRules');
    expect(sectorBasis('nonsense' as never)).toBe('ownRules');
  });

  test('film/TV, games, finance: no sentence cites art. 5 as their basis, in either language', () => {
    for (const name of ['影视资源在线看', '小林的视频教程', '小林的游戏攻略', '小林理财心得', '社区直播间']) {
      for (const subject of ['personal', 'organisation'] as const) {
        const r = checkSiteName(name, { subject });
        const m = r.warnings.find((w) => w.code === 'regulated');
        expect(m, name).toBeDefined();
        expect(m!.params?.basis, name).toBe('ownRules');
        const z = sentence(zh, m!);
        expect(z, name).not.toMatch(/按《互联网信息服务管理办法》第五条/);
        expect(z, name).toMatch(/第五条没有点名|不在.*第五条/);
        expect(z, name).toContain('许可');
        const e = sentence(en, m!);
        expect(e, name).not.toMatch(/Under Article 5/);
        expect(e, name).toMatch(/not named in Article 5|Article 5 .* does not name/);
      }
    }
  });

  test('news, education, medical care, drugs: art. 5 is named as their basis', () => {
    for (const name of ['本地新闻速递站', '少儿英语培训班', '社区医疗服务站', '小林药品知识']) {
      const m = checkSiteName(name, { subject: 'organisation' }).warnings.find((w) => w.code === 'regulated')!;
      expect(m.params?.basis, name).toBe('article5');
      expect(sentence(zh, m), name).toContain('《互联网信息服务管理办法》第五条');
      expect(sentence(en, m), name).toContain('Article 5');
    }
  });
});

describe('a province’s refusal is an error for a filer in that province', () => {
  const zj: ProvinceWords = {
    province: '浙江',
    slug: 'zhejiang',
    appliesTo: '个人',
    words: ['博客', '维修'],
    source: { title: '某接入商的浙江管局备案规则', url: 'https://example.cn/zhejiang' },
  };
  const js: ProvinceWords = {
    province: '江苏',
    slug: 'jiangsu',
    appliesTo: '个人',
    words: [],
    formats: ['*的个人博客', '*的个人主页'],
    source: { title: '某接入商的江苏管局备案规则', url: 'https://example.cn/jiangsu' },
  };

  test('province words: not ok, the finding is an error, and its scope is the province', () => {
    for (const name of ['张三的博客', '家电维修心得']) {
      const r = checkName(name, { subject: 'personal', province: [zj] });
      expect(r.ok, name).toBe(false);
      expect(
        r.errors.map((e) => e.code),
        name,
      ).toEqual(['province.words']);
      expect(
        r.warnings.some((w) => w.code === 'province.words'),
        name,
      ).toBe(false);
      expect(refusalScope(r), name).toBe('province');
    }
  });

  test('a prescribed format not followed: an error of the province', () => {
    const r = checkName('小林的摄影作品集', { subject: 'personal', province: [js] });
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(['province.format']);
    expect(refusalScope(r)).toBe('province');
    expect(r.suggestion).toBe('小林的个人博客');
  });

  test('refusalScope: national when any error is refused everywhere, none when there is no error', () => {
    expect(refusalScope(checkName('中国维修网', { subject: 'personal', province: [zj] }))).toBe('national');
    expect(refusalScope(checkName('小林的摄影作品集', { subject: 'personal' }))).toBe('none');
    expect(refusalScope(checkName('小林摄影论坛', { subject: 'personal' }))).toBe('none');
    expect(refusalScope(null as never)).toBe('none');
    // The @examples.
    expect(refusalScope(checkName('中国美食', { subject: 'personal' }))).toBe('national');
    expect(ARTICLE_5_SECTORS.includes('broadcast')).toBe(false);
  });

  test('a rule for personal sites does not make an organisation’s name fail', () => {
    expect(checkName('家电维修心得', { subject: 'organisation', province: [zj] }).ok).toBe(true);
  });

  test('the real data: 张三的博客 in 浙江 and XX商城 in 广东 (个人) are not ok', () => {
    expect(checkSiteName('张三的博客', { subject: 'personal', province: '浙江' }).ok).toBe(false);
    expect(checkSiteName('小林商城', { subject: 'personal', province: '广东' }).ok).toBe(false);
    expect(refusalScope(checkSiteName('张三的博客', { subject: 'personal', province: '浙江' }))).toBe('province');
  });
});
