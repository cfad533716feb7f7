/**
 * The third independent tester: 昆山 and 雄安 were not found by the picker's search, and every miss added a line
 * about 港澳台. County-level cities and new areas people type are found; the 港澳台 line is for 港澳台 text only.
 */
import { describe, expect, it } from 'vitest';
import { PROVINCES, searchProvinces, toPickerData } from '../../src/lib/provinces';
import { looksLikeHkMoTw } from '../../src/lib/provinces/search';

const data = toPickerData(PROVINCES);
const slugs = (q: string) => searchProvinces(q, data).map((m) => m.province.slug);

describe('county-level cities and new areas', () => {
  it.each([
    ['昆山', 'jiangsu'],
    ['昆山市', 'jiangsu'],
    ['江阴', 'jiangsu'],
    ['张家港', 'jiangsu'],
    ['常熟', 'jiangsu'],
    ['义乌', 'zhejiang'],
    ['慈溪', 'zhejiang'],
    ['晋江', 'fujian'],
    ['石狮', 'fujian'],
    ['雄安', 'hebei'],
    ['雄安新区', 'hebei'],
    ['浦东', 'shanghai'],
    ['浦东新区', 'shanghai'],
    ['滨海新区', 'tianjin'],
    ['Kunshan', 'jiangsu'],
    ['Yiwu', 'zhejiang'],
    ['Xiong’an'.replace('’', "'"), 'hebei'],
  ])('%s → %s', (q, slug) => {
    expect(slugs(q)).toEqual([slug]);
  });
});

describe('looksLikeHkMoTw', () => {
  it('香港、澳门、台湾 in Chinese (either script) or English', () => {
    for (const q of [
      '香港',
      '澳门',
      '澳門',
      '台湾',
      '臺灣',
      '台灣',
      'Hong Kong',
      'hongkong',
      'Macau',
      'Macao',
      'Taiwan',
      '香港特别行政区',
    ])
      expect(looksLikeHkMoTw(q), q).toBe(true);
  });
  it('anything else is not', () => {
    for (const q of ['昆山', '长春', '火星', 'xyz', '', '台州', 'Taizhou']) expect(looksLikeHkMoTw(q), q).toBe(false);
    expect(looksLikeHkMoTw(undefined as never)).toBe(false);
  });
});
