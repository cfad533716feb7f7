/**
 * Typing finds a province (issue 21): the picker's search over the data its wrapper hands the island.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVINCES, searchProvinces, toPickerData } from '../../src/lib/provinces';
import { CITIES, CITY_LATIN } from '../../src/lib/provinces/cities-data';
import { PROVINCES_EN } from '../../src/lib/provinces/data-en';
import { namesBeyondSlug, recognizeProvince } from '../../src/lib/provinces/search';

const data = toPickerData(PROVINCES);
const slugs = (q: string) => searchProvinces(q, data).map((m) => m.province.slug);

describe('searchProvinces', () => {
  it.each([
    ['粤', 'guangdong', 'abbr'],
    ['苏', 'jiangsu', 'abbr'],
    ['川', 'sichuan', 'abbr'],
    ['guangdong', 'guangdong', 'slug'],
    ['GuangDong', 'guangdong', 'slug'],
    ['苏ICP备2026012345号-1', 'jiangsu', 'number'],
    ['京公网安备11010802012345号', 'beijing', 'police'],
    ['广东省', 'guangdong', 'name'],
    ['内蒙古', 'neimenggu', 'name'],
    ['广东管局', 'guangdong', 'bureau'],
    ['深圳', 'guangdong', 'city'],
    ['深圳市南山区', 'guangdong', 'city'],
    ['延边朝鲜族自治州', 'jilin', 'city'],
    ['海南藏族自治州', 'qinghai', 'city'],
    ['广东省深圳市', 'guangdong', 'name'],
    [' 粤 ', 'guangdong', 'abbr'],
    ['ｇｕａｎｇｘｉ', 'guangxi', 'slug'],
  ])('%s → %s (by %s)', (q, slug, by) => {
    const found = searchProvinces(q, data);
    expect(found.map((m) => [m.province.slug, m.by])).toEqual([[slug, by]]);
  });

  it('names the city it matched', () => {
    expect(searchProvinces('深圳', data)[0]).toMatchObject({ by: 'city', city: '深圳' });
  });

  it('gives every candidate for the start of a name, a pinyin or a city, in the usual order', () => {
    expect(slugs('广')).toEqual(['guangdong', 'guangxi', 'sichuan']); // 广元, 广安
    expect(slugs('湖')).toEqual(['zhejiang', 'hubei', 'hunan']); // 湖州
    expect(slugs('guang')).toEqual(['guangdong', 'guangxi']);
    expect(slugs('hu')).toEqual(['hubei', 'hunan']);
  });

  it('finds nothing for Hong Kong, Macau, Taiwan, empty or absurd input, and never throws', () => {
    for (const q of ['香港', '澳门', '台湾', '', '   ', 'x'.repeat(1000), '火星', 'zz'])
      expect(searchProvinces(q, data), q).toEqual([]);
    expect(searchProvinces(undefined as never, data)).toEqual([]);
    expect(searchProvinces('粤', undefined as never)).toEqual([]);
  });

  it('recognizeProvince is the exact part: no pinyin, no city, no prefix', () => {
    expect(recognizeProvince('粤', data)?.province.slug).toBe('guangdong');
    for (const q of ['guangdong', '深圳', '广']) expect(recognizeProvince(q, data), q).toBeUndefined();
  });
});

describe('searchProvinces in Latin letters: English names and pinyin (the tester’s misses)', () => {
  const withEnglish = toPickerData(PROVINCES, PROVINCES, PROVINCES_EN);
  const found = (q: string) =>
    searchProvinces(q, withEnglish).map((m) => [m.province.slug, m.by, ...(m.city ? [m.city, m.spelled] : [])]);

  it.each([
    ['Inner Mongolia', 'neimenggu'],
    ['Tibet', 'xizang'],
    ['Nei Mongol', 'neimenggu'],
  ])('%s → %s by its name', (q, slug) => {
    expect(found(q)).toEqual([[slug, 'name']]);
  });

  it.each([
    ['inner mongolia autonomous region', 'neimenggu', 'name'],
    ['Xizang (Tibet) Autonomous Region', 'xizang', 'slug'],
    ['Guangdong Province', 'guangdong', 'slug'],
    ['Guangxi Zhuang Autonomous Region', 'guangxi', 'slug'],
    ['Beijing City', 'beijing', 'slug'],
    ['Guangdong Sheng', 'guangdong', 'slug'],
    ['Tibet, China', 'xizang', 'name'],
  ])('a name followed by more words: %s → %s', (q, slug, by) => {
    expect(found(q)).toEqual([[slug, by]]);
  });

  it.each([
    ['Shenzhen', 'guangdong', '深圳', 'Shenzhen'],
    ['Guangzhou', 'guangdong', '广州', 'Guangzhou'],
    ['Canton', 'guangdong', '广州', 'Canton'],
    ['Xian', 'shaanxi', '西安', "Xi'an"],
    ["Xi'an", 'shaanxi', '西安', "Xi'an"],
    ['Xi’an', 'shaanxi', '西安', "Xi'an"],
    ['xi an', 'shaanxi', '西安', "Xi'an"],
    ['Xī’ān', 'shaanxi', '西安', "Xi'an"],
    ['Shenzhen, Guangdong', 'guangdong', '深圳', 'Shenzhen'],
    ['Hohhot', 'neimenggu', '呼和浩特', 'Hohhot'],
    ['huhehaote', 'neimenggu', '呼和浩特', 'Huhehaote'],
    ['Urumqi', 'xinjiang', '乌鲁木齐', 'Urumqi'],
    ['Lhasa', 'xizang', '拉萨', 'Lhasa'],
    ['hainan zhou', 'qinghai', '海南藏族自治州', 'Hainan Zhou'],
    ['Xianyang', 'shaanxi', '咸阳', 'Xianyang'],
    ['ＳＨＥＮＺＨＥＮ', 'guangdong', '深圳', 'Shenzhen'],
  ])('the city %s → %s', (q, slug, city, spelled) => {
    expect(found(q)).toEqual([[slug, 'city', city, spelled]]);
  });

  it('a spelling two cities share gives both provinces; the start of a name, then of a city, gives candidates', () => {
    expect(found('Fuzhou').map((m) => m[0])).toEqual(['fujian', 'jiangxi']);
    expect(found('Suzhou').map((m) => m[0])).toEqual(['jiangsu', 'anhui']);
    expect(found('Hainan')).toEqual([['hainan', 'slug']]);
    expect(found('Jilin')).toEqual([['jilin', 'slug']]);
    expect(found('Tib')).toEqual([['xizang', 'name']]);
    expect(slugsOf('Ti')).toEqual(['tianjin', 'xizang']);
    expect(slugsOf('shen')).toEqual(['liaoning', 'hubei', 'guangdong', 'shaanxi']); // Shenyang, Shennongjia, Shenzhen
    expect(slugsOf('hu')).toEqual(['hubei', 'hunan']);
    function slugsOf(q: string) {
      return searchProvinces(q, withEnglish).map((m) => m.province.slug);
    }
  });

  it('finds nothing for places that are not a province or a city of one, or a county it does not know', () => {
    for (const q of ['Hong Kong', 'Macau', 'Macao', 'Taiwan', 'Taipei', 'London', 'Xianju', 'Guangdongsheng'])
      expect(found(q), q).toEqual([]);
  });

  it('hands the island only the names the slug does not find already', () => {
    const latin = Object.fromEntries(withEnglish.filter((p) => p.latin).map((p) => [p.slug, p.latin]));
    expect(latin).toEqual({ neimenggu: ['Inner Mongolia', 'Nei Mongol'], xizang: ['Tibet'] });
    expect(namesBeyondSlug('guangxi', ['Guangxi', 'Guangxi Zhuang Autonomous Region', 'guangxi'])).toEqual([]);
  });

  it('without English data, pinyin still works; English names need it', () => {
    expect(slugs('shenzhen')).toEqual(['guangdong']);
    expect(slugs('Tibet')).toEqual(['xizang']); // an other name, from names-en-data.ts
    expect(slugs('Guangdong Province')).toEqual(['guangdong']); // the pinyin, then more words
    expect(slugs('Inner Mongolia')).toEqual([]);
  });
});

describe('the city list', () => {
  it('spells every city in Latin letters, and nothing else', () => {
    const all = Object.values(CITIES).flat();
    expect(Object.keys(CITY_LATIN).sort()).toEqual([...all].sort());
    for (const [city, latin] of Object.entries(CITY_LATIN))
      expect(latin, city).toMatch(/^[A-Z][A-Za-zü' -]*[a-z](\/[A-Z][A-Za-zü' -]*[a-z])*$/);
  });

  it('names every province once, by slug, and no city twice or as another province’s name', () => {
    expect(Object.keys(CITIES).sort()).toEqual(PROVINCES.map((p) => p.slug).sort());
    const seen = new Map<string, string>();
    const names = new Map(PROVINCES.flatMap((p) => [p.name, p.fullName, p.abbr].map((n) => [n, p.slug] as const)));
    for (const [slug, cities] of Object.entries(CITIES))
      for (const c of cities) {
        expect(seen.get(c), c).toBeUndefined();
        seen.set(c, slug);
        if (names.has(c)) expect(names.get(c), c).toBe(slug); // 吉林 is a city of 吉林
      }
  });
});

describe('one loader', () => {
  it('nothing else reads the province files: the sidebar, pages and tools go through src/lib/provinces/data.ts', () => {
    const config = readFileSync(join(import.meta.dirname, '..', '..', 'astro.config.mjs'), 'utf8');
    expect(config).not.toMatch(/readdirSync|readFileSync|content\/provinces/);
    expect(config).toContain("from './src/lib/provinces/data'");
    const collections = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'content.config.ts'), 'utf8');
    expect(collections).not.toMatch(/provinces:\s*defineCollection/);
  });
});
