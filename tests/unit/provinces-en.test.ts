/**
 * The English province data (src/content/provinces-en, read by src/lib/provinces/data-en.ts): its schema, the check
 * that keeps every translation in step with its Chinese entry, and the English view the pages and the table read.
 */
import { describe, expect, it } from 'vitest';
import { localProvinces } from '../../src/i18n/provinces';
import { PROVINCES, RULE_TOPICS, pickBureau, toPickerData } from '../../src/lib/provinces';
import { PROVINCES_EN, TRANSLATIONS, toEnglish, translationProblems } from '../../src/lib/provinces/data-en';
import { isUnknown, provinceSources, topicCell } from '../../src/lib/provinces/rules';
import { ProvinceTranslationSchema, type ProvinceTranslation } from '../../src/lib/provinces/schema';
import { NOT_FOUND, NOT_FOUND_EN } from '../../src/lib/provinces/vocabulary-data';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const guangdong = () => structuredClone(TRANSLATIONS.find((t) => t.slug === 'guangdong')!) as ProvinceTranslation;
const others = (slug: string) => TRANSLATIONS.filter((t) => t.slug !== slug);

describe('English province data', () => {
  it('every province has its translation, in step with the Chinese entry', () => {
    expect(TRANSLATIONS).toHaveLength(PROVINCES.length);
    expect(translationProblems(PROVINCES, TRANSLATIONS)).toEqual([]);
    expect(PROVINCES_EN.map((p) => p.slug)).toEqual(PROVINCES.map((p) => p.slug));
  });

  it('a translation with one rule fewer fails, and says which province and counts', () => {
    const t = guangdong();
    t.rules.pop();
    const problems = translationProblems(PROVINCES, [...others('guangdong'), t]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^guangdong: 20 rules in Chinese but 19 in English$/);
  });

  it('a rule out of step (another topic) fails', () => {
    const t = guangdong();
    [t.rules[0], t.rules[2]] = [t.rules[2]!, t.rules[0]!];
    expect(translationProblems(PROVINCES, [...others('guangdong'), t]).join('\n')).toMatch(/guangdong: rule 1 /);
  });

  it('a missing, doubled or stray translation fails', () => {
    expect(translationProblems(PROVINCES, others('guangdong'))).toEqual([
      'guangdong: no English translation (src/content/provinces-en/guangdong.json)',
    ]);
    expect(translationProblems(PROVINCES, [...TRANSLATIONS, guangdong()])).toEqual(['guangdong: translated twice']);
    expect(translationProblems(PROVINCES, [...TRANSLATIONS, { ...guangdong(), slug: 'macau' }])).toEqual([
      'macau: a translation without a Chinese entry',
    ]);
  });

  it(`“${NOT_FOUND}” has one English wording, used for those rules and no other`, () => {
    const t = guangdong();
    const i = PROVINCES.find((p) => p.slug === 'guangdong')!.rules.findIndex((r) => r.text === NOT_FOUND);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(t.rules[i]!.text).toBe(NOT_FOUND_EN);
    t.rules[i]!.text = 'Nothing found';
    expect(translationProblems(PROVINCES, [...others('guangdong'), t])).toHaveLength(1);
    for (const [k, p] of PROVINCES.entries()) {
      p.rules.forEach((r, j) => expect(isUnknown(PROVINCES_EN[k]!.rules[j]!)).toBe(isUnknown(r)));
    }
  });

  it('a short is translated exactly where the Chinese has one', () => {
    const jiangsu = TRANSLATIONS.find((t) => t.slug === 'jiangsu')!;
    const t = structuredClone(jiangsu) as ProvinceTranslation;
    const i = t.rules.findIndex((r) => r.short);
    expect(i).toBeGreaterThanOrEqual(0);
    delete t.rules[i]!.short;
    expect(translationProblems(PROVINCES, [...others('jiangsu'), t])).toHaveLength(1);
  });

  it('the schema refuses a file with a Chinese name, an unknown topic or an unexpected field', () => {
    const ok = guangdong();
    expect(ProvinceTranslationSchema.safeParse(ok).success).toBe(true);
    expect(ProvinceTranslationSchema.safeParse({ ...ok, name: '广东' }).success).toBe(false);
    expect(ProvinceTranslationSchema.safeParse({ ...ok, rules: [{ topic: 'Age', text: 'x' }] }).success).toBe(false);
    expect(ProvinceTranslationSchema.safeParse({ ...ok, review: { days: 20 } }).success).toBe(false);
    expect(ProvinceTranslationSchema.safeParse({ ...ok, rules: [] }).success).toBe(true); // the loader counts rules
  });

  it('the English view keeps everything but the words: sources, dates, whom, words and formats', () => {
    for (const [k, zh] of PROVINCES.entries()) {
      const en = PROVINCES_EN[k]!;
      expect(en.name).not.toMatch(CJK);
      expect(en.bureau.url).toBe(zh.bureau.url);
      expect(en.review).toEqual(zh.review);
      expect(provinceSources(en)).toEqual(provinceSources(zh));
      en.rules.forEach((r, j) => {
        const { text: _a, short: _b, ...rest } = zh.rules[j]!;
        const { text: _c, short: _d, ...same } = r;
        expect(same).toEqual(rest);
      });
    }
    expect(toEnglish(PROVINCES[0]!, TRANSLATIONS[0]!).name).toBe('Beijing');
  });

  it('English rule texts are English: Chinese only inside quotes or parentheses', () => {
    for (const p of PROVINCES_EN) {
      for (const r of p.rules) {
        const outside = r.text.replace(/“[^”]*”/g, '').replace(/\([^)]*\)/g, '');
        expect(outside.match(CJK), `${p.slug}: ${r.text}`).toBeNull();
      }
    }
  });

  it('the English table cells are cut at an English sentence end and drop the attribution', () => {
    for (const p of PROVINCES_EN) {
      for (const topic of RULE_TOPICS) {
        const cell = topicCell(p, topic, 'en');
        if (cell.kind !== 'text') continue;
        expect(cell.text).not.toMatch(/^[A-Z][A-Za-z ]{1,30} note: /);
        if (cell.more) expect(cell.text).toMatch(/[.!?]$/);
      }
    }
    const shanghai = PROVINCES_EN.find((p) => p.slug === 'shanghai')!;
    const cell = topicCell(shanghai, '域名与网站数量', 'en');
    expect(cell).toMatchObject({ kind: 'text', more: false });
  });
});

describe('provinces as a page shows them (src/i18n/provinces)', () => {
  it('a Chinese page: the Chinese entries, names as they are', () => {
    const zh = localProvinces('zh-CN');
    expect(zh.map((p) => p.zh)).toEqual(PROVINCES);
    expect(zh.every((p) => p.local === p.zh && !p.translated)).toBe(true);
    const guangdong = zh.find((p) => p.zh.slug === 'guangdong')!;
    expect([guangdong.label, guangdong.bureau]).toEqual(['广东', '广东省通信管理局']);
    expect(localProvinces(undefined)).toBe(localProvinces('zh-CN'));
  });

  it('an English page: English names with the Chinese beside them, the Chinese entry kept for matching', () => {
    const en = localProvinces('en');
    expect(en.map((p) => p.zh)).toEqual(PROVINCES);
    expect(en.map((p) => p.local)).toEqual(PROVINCES_EN);
    const guangdong = en.find((p) => p.zh.slug === 'guangdong')!;
    expect(guangdong.translated).toBe(true);
    expect(guangdong.label).toBe('Guangdong (广东)');
    expect(guangdong.bureau).toBe('Guangdong Communications Administration (广东省通信管理局)');
    expect(en.find((p) => p.zh.slug === 'neimenggu')!.label).toBe('Inner Mongolia (内蒙古)');
  });

  it('the picker data in English: Chinese names (matched), English rule texts with their Chinese original', () => {
    const data = toPickerData(PROVINCES, PROVINCES_EN);
    const zh = toPickerData(PROVINCES);
    expect(data.map((p) => [p.name, p.fullName, p.abbr])).toEqual(zh.map((p) => [p.name, p.fullName, p.abbr]));
    for (const [k, p] of data.entries()) {
      for (const [j, r] of p.rules.entries()) {
        const chinese = zh[k]!.rules[j]!;
        expect(r.text).toBe(PROVINCES_EN[k]!.rules[r.i]!.text);
        expect(r.original).toBe(r.text === chinese.text ? undefined : chinese.text);
      }
    }
    expect(zh.every((p) => p.rules.every((r) => r.original === undefined))).toBe(true);
    // Typed Chinese names still decide, and the verdicts are the same as with the Chinese texts.
    const q = { subject: 'personal', home: '湖南', residence: '广东', age: '18至59岁' } as const;
    const en = pickBureau(q, data);
    const cn = pickBureau(q, zh);
    expect(en.ok && en.options.map((o) => [o.province.slug, o.verdict])).toEqual(
      cn.ok && cn.options.map((o) => [o.province.slug, o.verdict]),
    );
    expect(en.ok && en.options.map((o) => o.province.slug)).toEqual(['hunan', 'guangdong']);
  });
});
