import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';
import type { Issue } from '../../src/lib/issues';
import {
  findProvince,
  siteNameWords,
  PROVINCES,
  pickBureau,
  RULE_TOPICS,
  toPickerData,
  type PickerCode,
  type PickerProvince,
} from '../../src/lib/provinces';
import { AGE_BRACKETS, RULE_OUTCOMES } from '../../src/lib/provinces/vocabulary-data';
import { PICKER_TOPICS, type PickerRule } from '../../src/lib/provinces/picker';
import {
  isUnknown,
  provinceHref,
  provinceSources,
  ruleAnchor,
  rulesByTopic,
  topicCell,
} from '../../src/lib/provinces/rules';

const rule = (over: Partial<PickerRule>): PickerRule => ({
  topic: '其他',
  text: '某条规则',
  appliesTo: '全部',
  i: 0,
  ...over,
});
const prov = (slug: string, name: string, rules: PickerRule[]): PickerProvince => ({
  slug,
  name,
  fullName: `${name}省`,
  abbr: name,
  altAbbrs: [],
  cities: [],
  bureau: `${name}省通信管理局`,
  rules,
  others: 0,
});

// A small world with one bureau of each kind.
const DATA: PickerProvince[] = [
  prov('refuses', '甲', [
    rule({
      topic: '跨省备案与居住证',
      text: '不接受外省个人备案',
      appliesTo: '个人',
      when: { nonLocal: true },
      outcome: '不受理',
    }),
  ]),
  prov('permit', '乙', [
    rule({
      topic: '跨省备案与居住证',
      text: '外省个人需本省居住证',
      appliesTo: '个人',
      when: { nonLocal: true },
      outcome: '需额外材料',
    }),
    rule({
      topic: '年龄',
      text: '未满18岁不受理',
      appliesTo: '个人',
      when: { ages: ['未满16岁', '16至17岁'] },
      outcome: '不受理',
    }),
    rule({ topic: '页脚备案号格式', text: '页脚写主体备案号', appliesTo: '全部' }),
    rule({ topic: '材料与核验单', text: '单位需加盖公章的核验单', appliesTo: '单位', outcome: '需额外材料' }),
  ]),
  prov('silent', '丙', [rule({ topic: '跨省备案与居住证', text: '未找到公开说明', appliesTo: '全部' })]),
  prov('minor', '丁', [
    rule({
      topic: '年龄',
      text: '16至17岁需收入证明',
      appliesTo: '个人',
      when: { ages: ['16至17岁'] },
      outcome: '需额外材料',
    }),
  ]),
  prov('prose', '戊', [
    rule({ topic: '跨省备案与居住证', text: '外省个人请提供居住证明', appliesTo: '个人' }),
    rule({ topic: '年龄', text: '未成年人需监护人同意', appliesTo: '个人' }),
  ]),
];

describe('pickBureau', () => {
  it('sends a 单位 to the bureau where it is registered, with the 单位 rules only', () => {
    const r = pickBureau({ subject: 'organisation', home: 'permit' }, DATA);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.options).toHaveLength(1);
    const o = r.options[0];
    expect(o.province.slug).toBe('permit');
    expect(o.basis).toBe('registered');
    expect(o.verdict).toBe('conditional');
    expect(o.materials.map((m) => m.text)).toEqual(['单位需加盖公章的核验单']);
    expect(o.notes.map((m) => m.text)).toEqual(['页脚写主体备案号']);
    expect(o.refusals).toEqual([]);
  });

  it('a person living at home: one option, local rules only', () => {
    const r = pickBureau({ subject: 'personal', home: 'refuses', residence: 'refuses', age: '18至59岁' }, DATA);
    expect(r.ok && r.options.map((o) => [o.province.slug, o.basis, o.verdict])).toEqual([
      ['refuses', 'home', 'accepted'],
    ]);
  });

  it('a person living elsewhere: 户籍地 first, then 居住地 judged by its 跨省 rules', () => {
    const refused = pickBureau({ subject: 'personal', home: 'silent', residence: 'refuses', age: '18至59岁' }, DATA);
    expect(refused.ok && refused.options.map((o) => [o.province.slug, o.basis, o.nonLocal, o.verdict])).toEqual([
      ['silent', 'home', false, 'accepted'],
      ['refuses', 'residence', true, 'refused'],
    ]);
    const permit = pickBureau({ subject: 'personal', home: 'refuses', residence: 'permit', age: '18至59岁' }, DATA);
    expect(permit.ok && permit.options[1].verdict).toBe('conditional');
    expect(permit.ok && permit.options[1].materials[0].text).toBe('外省个人需本省居住证');
  });

  it('says unknown (not accepted) where the 跨省 rule is 未找到公开说明 or missing', () => {
    for (const residence of ['silent', 'minor']) {
      const r = pickBureau({ subject: 'personal', home: 'permit', residence, age: '18至59岁' }, DATA);
      expect(r.ok && r.options[1].verdict).toBe('unknown');
      expect(r.ok && r.options[1].unknown).toEqual(['跨省备案与居住证']);
    }
  });

  it('applies age rules to the matching bracket only, and a minor with no published age rule is unknown', () => {
    const minor = (age: (typeof AGE_BRACKETS)[number], home: string) =>
      pickBureau({ subject: 'personal', home, age }, DATA);
    const a = minor('16至17岁', 'permit');
    expect(a.ok && a.options[0].verdict).toBe('refused');
    const b = minor('18至59岁', 'permit');
    expect(b.ok && b.options[0].verdict).toBe('accepted');
    const c = minor('16至17岁', 'minor');
    expect(c.ok && c.options[0].verdict).toBe('conditional');
    const d = minor('未满16岁', 'minor');
    expect(d.ok && [d.options[0].verdict, d.options[0].unknown]).toEqual(['unknown', ['年龄']]);
    const e = minor('60岁及以上', 'minor');
    expect(e.ok && e.options[0].verdict).toBe('accepted');
  });

  it('says check (read the rules) where rules on the case exist but carry no when/outcome', () => {
    const cross = pickBureau({ subject: 'personal', home: 'permit', residence: 'prose', age: '18至59岁' }, DATA);
    expect(cross.ok && [cross.options[1].verdict, cross.options[1].unknown]).toEqual(['check', []]);
    expect(cross.ok && cross.options[1].notes.map((n) => n.text)).toContain('外省个人请提供居住证明');
    const minor = pickBureau({ subject: 'personal', home: 'prose', age: '16至17岁' }, DATA);
    expect(minor.ok && minor.options[0].verdict).toBe('check');
    const adult = pickBureau({ subject: 'personal', home: 'prose', age: '18至59岁' }, DATA);
    expect(adult.ok && adult.options[0].verdict).toBe('accepted');
  });

  it('says disputed where one source refuses the case and another accepts it', () => {
    const split = [
      prov('split', '庚', [
        rule({
          topic: '跨省备案与居住证',
          text: '甲说不受理',
          appliesTo: '个人',
          when: { nonLocal: true },
          outcome: '不受理',
        }),
        rule({
          topic: '跨省备案与居住证',
          text: '乙说要居住证',
          appliesTo: '个人',
          when: { nonLocal: true },
          outcome: '需额外材料',
        }),
      ]),
      prov('home', '辛', []),
    ];
    const r = pickBureau({ subject: 'personal', home: 'home', residence: 'split', age: '18至59岁' }, split);
    expect(r.ok && r.options[1].verdict).toBe('disputed');
    expect(r.ok && [r.options[1].refusals.length, r.options[1].materials.length]).toEqual([1, 1]);
  });

  it('accepts names as well as slugs, and says (as a code) what to choose when input is missing or unknown', () => {
    expect(pickBureau({ subject: 'personal', home: '乙省' }, DATA).ok).toBe(true);
    const none = pickBureau({ subject: 'personal', home: '' }, DATA);
    expect(none).toEqual({ ok: false, issue: { code: 'home.missingPersonal' } });
    expect(say(dictionary('zh-CN').provincePicker.issues, (none as { issue: Issue<PickerCode> }).issue)).toBe(
      '请选择身份证上的户籍所在省份。',
    );
    const org = pickBureau({ subject: 'organisation', home: '香港' }, DATA);
    expect(!org.ok && org.issue.code).toBe('home.missingOrganisation');
    const res = pickBureau({ subject: 'personal', home: 'permit', residence: '火星' }, DATA);
    expect(!res.ok && res.issue.code).toBe('residence.unknown');
    expect(pickBureau(undefined as never, DATA).ok).toBe(false);
  });
});

describe('on the real data', () => {
  const data = toPickerData(PROVINCES);
  it('every pair of provinces gives an answer, 户籍地 first', () => {
    for (const h of data)
      for (const r of data) {
        const res = pickBureau({ subject: 'personal', home: h.slug, residence: r.slug, age: '18至59岁' }, data);
        expect(res.ok).toBe(true);
        if (res.ok) {
          expect(res.options[0].province.slug).toBe(h.slug);
          expect(res.options.length).toBe(h.slug === r.slug ? 1 : 2);
        }
      }
  });
  it('passes the picker topics and rules with an outcome, each with its index; counts the others', () => {
    PROVINCES.forEach((p, k) => {
      const d = data[k];
      for (const r of d.rules) {
        expect(p.rules[r.i].text).toBe(r.text);
        expect(PICKER_TOPICS.includes(r.topic) || r.outcome !== undefined).toBe(true);
      }
      const passed = new Set(d.rules.map((r) => r.i));
      const rest = p.rules.filter((r, i) => !passed.has(i) && r.text !== '未找到公开说明');
      expect(d.others).toBe(rest.length);
      for (const r of rest) expect(PICKER_TOPICS).not.toContain(r.topic);
    });
  });

  it('flags the rules that another source contradicts', () => {
    PROVINCES.forEach((p, k) => {
      for (const r of data[k].rules)
        expect(r.disputed === true, `${p.name} ${r.i + 1}`).toBe(!!p.rules[r.i].conflictsWith);
    });
    expect(data.some((d) => d.rules.some((r) => r.disputed))).toBe(true);
  });

  it('treats 材料与核验单 rules as extra materials unless they say otherwise', () => {
    const local = [prov('m', '己', [rule({ topic: '材料与核验单', text: '用本省专用核验单' })])];
    const r = pickBureau({ subject: 'personal', home: 'm', age: '18至59岁' }, local);
    expect(r.ok && [r.options[0].verdict, r.options[0].materials.map((m) => m.text)]).toEqual([
      'conditional',
      ['用本省专用核验单'],
    ]);
  });
});

describe('rule helpers', () => {
  it('provinceHref and ruleAnchor', () => {
    expect(ruleAnchor(0)).toBe('rule-1');
    expect(provinceHref('guangdong')).toBe('/provinces/guangdong/');
    expect(provinceHref('guangdong', 2)).toBe('/provinces/guangdong/#rule-3');
  });
  it('rulesByTopic lists every topic in order and keeps each rule with its index', () => {
    for (const p of PROVINCES) {
      const g = rulesByTopic(p);
      expect(g.map((x) => x.topic)).toEqual([...RULE_TOPICS]);
      expect(g.flatMap((x) => x.rules.map((r) => r.index)).sort((a, b) => a - b)).toEqual(p.rules.map((_, i) => i));
    }
  });
  it('topicCell: nothing where nothing is published, a rule whole or to the end of a sentence, or its short', () => {
    const base = PROVINCES[0];
    const src = { title: 't', url: 'https://example.cn/a' };
    const p = {
      ...base,
      rules: [
        {
          topic: '年龄' as const,
          text: '未找到公开说明',
          appliesTo: '全部' as const,
          source: src,
          checked: '2026-11-28',
        },
        {
          topic: '其他' as const,
          text: `${'一'.repeat(40)}。${'二'.repeat(40)}。`,
          appliesTo: '全部' as const,
          source: src,
          checked: '2026-11-28',
        },
        {
          topic: '域名与网站数量' as const,
          text: `同一单位名下的域名累计超过 31 个时，还要提交${'三'.repeat(40)}。`,
          appliesTo: '全部' as const,
          source: src,
          checked: '2026-11-28',
        },
        {
          topic: '人脸核验方式' as const,
          text: '很长的说明',
          short: '用管局 App',
          appliesTo: '全部' as const,
          source: src,
          checked: '2026-11-28',
        },
      ],
    };
    expect(topicCell(p, '年龄')).toEqual({ kind: 'none' });
    expect(topicCell(p, '手机号归属地')).toEqual({ kind: 'none' });
    expect(topicCell(p, '其他')).toEqual({ kind: 'text', text: `${'一'.repeat(40)}。`, more: true, count: 1 });
    const long = topicCell(p, '域名与网站数量');
    expect(long).toMatchObject({ kind: 'text', more: false, count: 1 });
    expect(long.kind === 'text' && long.text).toContain('累计超过 31 个');
    expect(topicCell(p, '人脸核验方式')).toEqual({ kind: 'text', text: '用管局 App', more: false, count: 1 });
    expect(provinceSources(p).map((s) => s.url)).toEqual([base.review.source.url, src.url]);
  });

  it('topicCell summarises the annotated 跨省 and 年龄 rules, and drops "某某说明：" from other cells', () => {
    const src = { title: 't', url: 'https://example.cn/a' };
    const r = (over: object) => ({ appliesTo: '个人' as const, source: src, checked: '2026-11-28', ...over });
    const M = ['未满16岁', '16至17岁'] as ('未满16岁' | '16至17岁')[];
    const p = {
      ...PROVINCES[0],
      rules: [
        r({ topic: '跨省备案与居住证', text: '要居住证', when: { nonLocal: true }, outcome: '需额外材料' }),
        r({ topic: '跨省备案与居住证', text: '也要居住证', when: { nonLocal: true }, outcome: '需额外材料' }),
        r({ topic: '年龄', text: '不受理', when: { ages: M }, outcome: '不受理' }),
        r({ topic: '年龄', text: '要监护人证件', when: { ages: M }, outcome: '需额外材料' }),
        r({ topic: '手机号归属地', text: '京东云说明：手机号需为本省号码。' }),
      ],
    } as never;
    expect(topicCell(p, '跨省备案与居住证')).toEqual({ kind: 'verdict', code: 'cross.extra', count: 2 });
    expect(topicCell(p, '年龄')).toEqual({ kind: 'verdict', code: 'disputed', count: 2 });
    expect(topicCell(p, '手机号归属地')).toEqual({ kind: 'text', text: '手机号需为本省号码。', more: false, count: 1 });
  });
});

describe('the /provinces/ table on the real data', () => {
  it('never cuts a rule inside a sentence: a cell is the short, the whole rule, or whole sentences of it', () => {
    for (const p of PROVINCES)
      for (const topic of RULE_TOPICS) {
        const cell = topicCell(p, topic);
        if (cell.kind !== 'text') continue;
        const first = p.rules.find((r) => r.topic === topic && !isUnknown(r))!;
        if (first.short) {
          expect(cell.text).toBe(first.short);
          continue;
        }
        expect(first.text, `${p.name} ${topic}`).toContain(cell.text);
        if (cell.more) expect(cell.text, `${p.name} ${topic}`).toMatch(/[。！？!?]$/);
      }
    const gd = topicCell(findProvince('广东')!, '域名与网站数量');
    expect(gd.kind === 'text' && gd.text).toContain('累计超过 31 个');
  });

  it('topicCell says 说法不一 where two rules of the topic are marked as contradicting each other', () => {
    const src = { title: 't', url: 'https://example.cn/a' };
    const r = (over: object) => ({ appliesTo: '单位' as const, source: src, checked: '2026-12-05', ...over });
    const p = {
      ...PROVINCES[0],
      rules: [
        r({ topic: '材料与核验单', text: '京东云说明：主体负责人须为法人。', conflictsWith: [2] }),
        r({ topic: '材料与核验单', text: '华为云说明：主体负责人可以不是法人。', conflictsWith: [1] }),
        r({ topic: '其他', text: '别的' }),
      ],
    } as never;
    expect(topicCell(p, '材料与核验单')).toEqual({
      kind: 'text',
      text: '主体负责人须为法人。',
      more: false,
      count: 2,
      disputed: true,
    });
    expect(topicCell(p, '其他')).toEqual({ kind: 'text', text: '别的', more: false, count: 1 });
  });
});

describe('siteNameWords', () => {
  it('lists each refused word once per subject type, linked to its rule', () => {
    const gd = findProvince('广东')!;
    const words = siteNameWords(gd);
    expect(words.some((w) => w.word === '论坛' && w.appliesTo === '个人')).toBe(true);
    const rule = gd.rules.findIndex((r) => r.words?.includes('论坛'));
    expect(words.find((w) => w.word === '论坛')!.href).toBe(provinceHref('guangdong', rule));
    expect(siteNameWords(findProvince('上海')!)).toEqual([]);
    for (const p of PROVINCES) {
      const keys = siteNameWords(p).map((w) => `${w.appliesTo}/${w.word}`);
      expect(new Set(keys).size).toBe(keys.length);
      const all = p.rules.flatMap((r) => (r.topic === '网站名称额外限制' ? (r.words ?? []) : []));
      expect(new Set(siteNameWords(p).map((w) => w.word))).toEqual(new Set(all));
    }
  });
});

describe('the JSDoc examples', () => {
  const data = toPickerData(PROVINCES);
  it('hold on the real data', () => {
    const zj = findProvince('浙江')!;
    expect(topicCell(zj, '年龄')).toEqual({ kind: 'verdict', code: 'minors.refused', count: 2 });
    expect(topicCell(findProvince('北京')!, '年龄')).toEqual({ kind: 'none' });
    expect(provinceSources(zj)[0].url).toBe(zj.review.source.url);
    expect(provinceSources(zj)[0].title).toMatch(/腾讯云/);
    expect(rulesByTopic(findProvince('广东')!).map((g) => g.topic)[0]).toBe('跨省备案与居住证');
    expect(isUnknown({ text: '未找到公开说明' })).toBe(true);
    expect(PICKER_TOPICS.includes('网站名称额外限制')).toBe(false);
    expect(RULE_OUTCOMES.includes('不受理')).toBe(true);
    expect(AGE_BRACKETS[0]).toBe('未满16岁');
    expect(data.length).toBe(31);
    const org = pickBureau({ subject: 'organisation', home: 'guangdong' }, data);
    expect(org.ok && org.options[0].province.name).toBe('广东');
    const person = pickBureau({ subject: 'personal', home: 'hunan', residence: 'guangdong', age: '18至59岁' }, data);
    expect(person.ok && person.options.map((o) => [o.province.name, o.basis])).toEqual([
      ['湖南', 'home'],
      ['广东', 'residence'],
    ]);
    expect(pickBureau({ subject: 'personal', home: '' }, data)).toEqual({
      ok: false,
      issue: { code: 'home.missingPersonal' },
    });
  });
});
