import { describe, expect, it } from 'vitest';
import { findProvince, PROVINCE_ABBRS, PROVINCES, reviewLimit, RULE_TOPICS } from '../../src/lib/provinces';
import { NOT_FOUND } from '../../src/lib/provinces/vocabulary-data';
import { findProvinceRef, PROVINCE_REFS } from '../../src/lib/provinces/ref';
import { ProvinceRuleSchema, ProvinceSchema } from '../../src/lib/provinces/schema';

/** name, full name, abbreviation, slug: the table every look-up is checked against. */
const ALL: [string, string, string, string][] = [
  ['北京', '北京市', '京', 'beijing'],
  ['天津', '天津市', '津', 'tianjin'],
  ['河北', '河北省', '冀', 'hebei'],
  ['山西', '山西省', '晋', 'shanxi'],
  ['内蒙古', '内蒙古自治区', '蒙', 'neimenggu'],
  ['辽宁', '辽宁省', '辽', 'liaoning'],
  ['吉林', '吉林省', '吉', 'jilin'],
  ['黑龙江', '黑龙江省', '黑', 'heilongjiang'],
  ['上海', '上海市', '沪', 'shanghai'],
  ['江苏', '江苏省', '苏', 'jiangsu'],
  ['浙江', '浙江省', '浙', 'zhejiang'],
  ['安徽', '安徽省', '皖', 'anhui'],
  ['福建', '福建省', '闽', 'fujian'],
  ['江西', '江西省', '赣', 'jiangxi'],
  ['山东', '山东省', '鲁', 'shandong'],
  ['河南', '河南省', '豫', 'henan'],
  ['湖北', '湖北省', '鄂', 'hubei'],
  ['湖南', '湖南省', '湘', 'hunan'],
  ['广东', '广东省', '粤', 'guangdong'],
  ['广西', '广西壮族自治区', '桂', 'guangxi'],
  ['海南', '海南省', '琼', 'hainan'],
  ['重庆', '重庆市', '渝', 'chongqing'],
  ['四川', '四川省', '蜀', 'sichuan'],
  ['贵州', '贵州省', '黔', 'guizhou'],
  ['云南', '云南省', '滇', 'yunnan'],
  ['西藏', '西藏自治区', '藏', 'xizang'],
  ['陕西', '陕西省', '陕', 'shaanxi'],
  ['甘肃', '甘肃省', '陇', 'gansu'],
  ['青海', '青海省', '青', 'qinghai'],
  ['宁夏', '宁夏回族自治区', '宁', 'ningxia'],
  ['新疆', '新疆维吾尔自治区', '新', 'xinjiang'],
];

describe('PROVINCES', () => {
  it('has the 31 provinces in administrative-code order, each valid against the schema', () => {
    expect(PROVINCES.map((p) => p.name)).toEqual(ALL.map((r) => r[0]));
    for (const p of PROVINCES) expect(ProvinceSchema.safeParse(p).success).toBe(true);
    expect(new Set(PROVINCES.map((p) => p.abbr)).size).toBe(31);
  });

  it('names each bureau after the full name', () => {
    for (const p of PROVINCES) expect(p.bureau.name).toBe(`${p.fullName}通信管理局`);
  });

  it('every rule has a topic from the list, a source and a date', () => {
    for (const p of PROVINCES)
      for (const r of p.rules) {
        expect(RULE_TOPICS).toContain(r.topic);
        expect(r.source.url).toMatch(/^https:\/\//);
        expect(r.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (r.words) expect(r.topic).toBe('网站名称额外限制');
        if (r.formats) expect(r.topic).toBe('网站名称额外限制');
      }
  });
});

describe('the data the picker decides from', () => {
  it('every published 跨省 rule for 个人 says that it concerns people from other provinces and what it means', () => {
    for (const p of PROVINCES)
      for (const r of p.rules)
        if (r.topic === '跨省备案与居住证' && r.appliesTo === '个人' && r.text !== NOT_FOUND) {
          expect(r.when?.nonLocal, `${p.name}: ${r.text}`).toBe(true);
          expect(r.outcome, `${p.name}: ${r.text}`).toBeDefined();
        }
  });
  it('every published 年龄 rule for 个人 names the age brackets it concerns', () => {
    for (const p of PROVINCES)
      for (const r of p.rules)
        if (r.topic === '年龄' && r.appliesTo === '个人' && r.text !== NOT_FOUND)
          expect(r.when?.ages?.length, `${p.name}: ${r.text}`).toBeGreaterThan(0);
  });
});

describe('findProvince', () => {
  it.each(ALL)('finds %s by short name, full name, abbreviation and filing numbers', (name, full, abbr, slug) => {
    for (const q of [
      name,
      full,
      abbr,
      ` ${name} `,
      `${abbr}ICP备2026012345号-1`,
      `${abbr}ICP备12345678号`,
      `${abbr}ICP证030173号`,
      `${abbr}公网安备11010802012345号`,
      `${full}通信管理局`,
    ]) {
      expect(findProvince(q)?.slug, q).toBe(slug);
      expect(findProvince(q)?.name).toBe(name);
    }
  });

  it('the 31 abbreviations come from the data, in administrative-code order', () => {
    expect(PROVINCE_ABBRS).toBe(PROVINCES.map((p) => p.abbr).join(''));
    expect(PROVINCE_ABBRS).toBe('京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新');
  });

  it('findProvinceRef (who a province is, without its rules) recognises the same and agrees with the full entries', () => {
    expect(PROVINCE_REFS.map((r) => [r.slug, r.code, r.name, r.fullName, r.abbr, r.altAbbrs, r.reviewDays])).toEqual(
      PROVINCES.map((p) => [p.slug, p.code, p.name, p.fullName, p.abbr, p.altAbbrs, reviewLimit(p)]),
    );
    for (const [name, full, abbr, slug] of ALL)
      for (const q of [name, full, abbr, `${abbr}ICP备2026012345号-1`]) expect(findProvinceRef(q)?.slug, q).toBe(slug);
    expect(findProvinceRef('粤ICP备2026012345号-1')?.slug).toBe('guangdong');
    expect(findProvinceRef('澳门')).toBeUndefined();
    expect(PROVINCE_REFS.map((p) => p.abbr).join('')).toBe(
      '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新',
    );
  });

  it('knows the alternative abbreviations', () => {
    expect(findProvince('川')?.name).toBe('四川');
    expect(findProvince('贵')?.name).toBe('贵州');
    expect(findProvince('云')?.name).toBe('云南');
    expect(findProvince('秦')?.name).toBe('陕西');
    expect(findProvince('甘')?.name).toBe('甘肃');
  });

  it('tolerates full-width characters, inner spaces, lower case and traditional characters', () => {
    expect(findProvince('粤ＩＣＰ备２０２６０１２３４５号－１')?.name).toBe('广东');
    expect(findProvince('\u3000粤 icp 备 2026012345 号\u3000')?.name).toBe('广东');
    expect(findProvince('廣東省')?.name).toBe('广东');
    expect(findProvince('新疆維吾爾自治區')?.name).toBe('新疆');
    expect(findProvince('粤B2-20090059-5')?.name).toBe('广东');
  });

  it('gives undefined for Hong Kong, Macau, Taiwan and anything else', () => {
    for (const q of [
      '香港',
      '香港特别行政区',
      '澳门',
      '澳門',
      '台湾',
      '臺灣',
      '台湾省',
      '港',
      '澳',
      '台',
      '港ICP备12345678号',
      '',
      '   ',
      'guangdong',
      '广',
      '东',
      'ICP备2026012345号',
      '中国',
      '粤X',
      'x'.repeat(1000),
    ]) {
      expect(findProvince(q), q).toBeUndefined();
    }
    expect(findProvince(undefined as unknown as string)).toBeUndefined();
    expect(findProvinceRef('台湾')).toBeUndefined();
  });
});

describe('reviewLimit', () => {
  it('is 20 working days everywhere but 浙江, which is 30', () => {
    for (const p of PROVINCES) expect(reviewLimit(p)).toBe(p.slug === 'zhejiang' ? 30 : 20);
    expect(reviewLimit(findProvince('浙江')!)).toBe(30);
    expect(reviewLimit(findProvince('北京')!)).toBe(20);
    expect(reviewLimit(undefined as never)).toBe(20);
  });
});

describe('schema', () => {
  const rule = {
    topic: '年龄',
    text: NOT_FOUND,
    appliesTo: '全部',
    source: { title: '某接入商的说明', url: 'https://example.cn/doc/1' },
    checked: '2026-11-28',
  };
  it('accepts a well-formed rule', () => {
    expect(ProvinceRuleSchema.safeParse(rule).success).toBe(true);
  });
  it('refuses a rule without a source, a date, a known topic, or with a repository root as source', () => {
    const { source: _s, ...noSource } = rule;
    const { checked: _c, ...noDate } = rule;
    expect(ProvinceRuleSchema.safeParse(noSource).success).toBe(false);
    expect(ProvinceRuleSchema.safeParse(noDate).success).toBe(false);
    expect(ProvinceRuleSchema.safeParse({ ...rule, topic: '别的' }).success).toBe(false);
    expect(ProvinceRuleSchema.safeParse({ ...rule, checked: '2026/11/28' }).success).toBe(false);
    expect(
      ProvinceRuleSchema.safeParse({ ...rule, source: { title: 'x', url: 'https://github.com/jdcloudcom/cn' } })
        .success,
    ).toBe(false);
    expect(ProvinceRuleSchema.safeParse({ ...rule, source: { title: 'x', url: 'http://example.cn/a' } }).success).toBe(
      false,
    );
  });
  it('takes conflicting rules only in pairs that name each other (numbers from 1, as in #rule-N)', () => {
    const base = findProvince('北京')!;
    const a = { ...rule, text: '一种说法', conflictsWith: [2] };
    const b = { ...rule, text: '另一种说法', conflictsWith: [1] };
    const ok = (rules: object[]) => ProvinceSchema.safeParse({ ...base, rules }).success;
    expect(ok([a, b])).toBe(true);
    expect(ok([a, { ...b, conflictsWith: undefined }])).toBe(false); // not named back
    expect(ok([{ ...a, conflictsWith: [1] }, b])).toBe(false); // itself
    expect(ok([{ ...a, conflictsWith: [3] }, b])).toBe(false); // no rule 3
    expect(ok([{ ...a, conflictsWith: [0] }, b])).toBe(false);
  });
});

describe('the data', () => {
  it('marks where sources disagree, each side saying whose statement it is', () => {
    const marked = PROVINCES.flatMap((p) =>
      p.rules.flatMap((r, i) => (r.conflictsWith ? [{ p: p.name, n: i + 1, r, others: r.conflictsWith }] : [])),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const { p, n, r, others } of marked) {
      expect(r.text, `${p} ${n}`).toMatch(/^[^：]{2,8}说明：/);
      for (const o of others) expect(findProvince(p)!.rules[o - 1].source.url, `${p} ${n}/${o}`).not.toBe(r.source.url);
    }
    // 安徽: JD says the 主体负责人 is the 法人, 华为云 says it need not be (issue 22).
    const ah = findProvince('安徽')!.rules;
    const jd = ah.findIndex((r) => r.text.includes('主体负责人须为法人'));
    const hw = ah.findIndex((r) => r.text.includes('可以不是法人'));
    expect(ah[jd].conflictsWith).toEqual([hw + 1]);
    expect(ah[hw].conflictsWith).toEqual([jd + 1]);
  });

  it('keeps the cases of issue 22 right', () => {
    const rules = (name: string) => findProvince(name)!.rules;
    // 云南's JD file lists the materials and the seal for the 核验单.
    const yn = rules('云南').filter((r) => r.topic === '材料与核验单');
    expect(yn.some((r) => r.text.includes('公章') && r.text !== NOT_FOUND)).toBe(true);
    // 天津: the 阿里云 footer rule is for 个人.
    const tj = rules('天津').find((r) => r.topic === '页脚备案号格式' && r.source.title.includes('阿里云'))!;
    expect(tj.appliesTo).toBe('个人');
    // 广西: the 阿里云 rule on domains with different prefixes is for 企业.
    const gx = rules('广西').find((r) => r.topic === '域名与网站数量' && r.source.title.includes('阿里云'))!;
    expect(gx.appliesTo).toBe('单位');
    // No footer rule anywhere says the site must open: that is 其他.
    for (const p of PROVINCES)
      for (const r of p.rules)
        if (r.topic === '页脚备案号格式') expect(r.text, p.name).not.toMatch(/正常打开|能访问|正常开放/);
  });

  it('gives 江苏 the two name patterns allowed for a personal site', () => {
    const js = findProvince('江苏')!.rules.filter((r) => r.formats);
    expect(js).toHaveLength(1);
    expect(js[0].appliesTo).toBe('个人');
    expect(js[0].formats).toEqual(['*的个人博客', '*的个人主页']);
  });
});
