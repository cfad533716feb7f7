/**
 * The third independent tester: a 公安 number with no icon address gave `<img src="/images/gongan-beian.png">`
 * without a word, and a 苏 公安 number beside a 京 ICP number got no remark.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_BADGE, footerHtml } from '../../src/lib/footer';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';

const codes = (list: readonly { code: string }[]) => list.map((i) => i.code);

describe('the badge the code uses when none is given', () => {
  test('a 公安 number and no badge address: a note names the default path', () => {
    for (const badge of [undefined, '', '   ']) {
      const r = footerHtml({ icp: '京ICP备2026000000号-1', police: '京公网安备11010802012345号', badge });
      expect(r.html).toContain(`<img src="${DEFAULT_BADGE}"`);
      expect(r.notes).toContainEqual({ code: 'badge.default', params: { badge: DEFAULT_BADGE } });
    }
  });

  test('a badge address given, or no 公安 number: no such note', () => {
    const own = footerHtml({
      icp: '京ICP备2026000000号-1',
      police: '京公网安备11010802012345号',
      badge: '/img/ga.png',
    });
    expect(codes(own.notes)).not.toContain('badge.default');
    expect(codes(footerHtml({ icp: '京ICP备2026000000号-1' }).notes)).not.toContain('badge.default');
  });

  test('the sentence says where to put the icon and how to leave it out, in both languages', () => {
    const zh = say(dictionary('zh-CN').footerCheck.says, { code: 'badge.default', params: { badge: DEFAULT_BADGE } });
    expect(zh).toContain(DEFAULT_BADGE);
    expect(zh).toContain('<img');
    expect(zh).toMatch(/删/);
    const en = say(dictionary('en').footerCheck.says, { code: 'badge.default', params: { badge: DEFAULT_BADGE } });
    expect(en).toContain(DEFAULT_BADGE);
    expect(en).toMatch(/remove|delete/i);
  });
});

describe('a 公安 number of another province than the ICP number', () => {
  test('苏 公安 beside 京 ICP: pointed out, with both abbreviations; the same province: nothing', () => {
    const r = footerHtml({ icp: '京ICP备2026000000号-1', police: '苏公网安备32010202012345号' });
    expect(r.errors).toEqual([]);
    expect(r.notes).toContainEqual({ code: 'police.otherProvince', params: { police: '苏', icp: '京' } });
    const same = footerHtml({ icp: '苏ICP备2026000000号-1', police: '苏公网安备32010202012345号' });
    expect(codes(same.notes)).not.toContain('police.otherProvince');
  });

  test('the sentence points it out without claiming a rule we do not have', () => {
    const p = { code: 'police.otherProvince', params: { police: '苏', icp: '京' } } as const;
    const zh = say(dictionary('zh-CN').footerCheck.says, p);
    expect(zh).toContain('苏');
    expect(zh).toContain('京');
    expect(zh).toContain('beian.mps.gov.cn');
    expect(zh).toContain('没有找到');
    expect(zh).not.toMatch(/不能不同|是错误的|属于正常/);
    const en = say(dictionary('en').footerCheck.says, p);
    expect(en).toContain('beian.mps.gov.cn');
  });
});
