import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasZh, zhParts } from '../../src/lib/text/cjk';

describe('Chinese runs in text of another language', () => {
  test('the @examples', () => {
    expect(zhParts('the access provider (接入商) console')).toEqual([
      { text: 'the access provider (', zh: false },
      { text: '接入商', zh: true },
      { text: ') console', zh: false },
    ]);
    expect(zhParts('京ICP备2026012345号-1').map((p) => p.text)).toEqual(['京ICP备2026012345号', '-1']);
    expect(hasZh('ICP filing (ICP备案)')).toBe(true);
    expect(hasZh('ICP filing')).toBe(false);
  });
  test('Chinese punctuation stays with its run; Latin text around it does not', () => {
    expect(
      zhParts('click 「提交」, then “提交”')
        .filter((p) => p.zh)
        .map((p) => p.text),
    ).toEqual(['「提交」', '提交']);
    expect(
      zhParts('短信核验 and 管局审核')
        .filter((p) => p.zh)
        .map((p) => p.text),
    ).toEqual(['短信核验', '管局审核']);
    expect(zhParts('')).toEqual([]);
  });
  test('joined again the parts give the text back, and no part is empty', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '1', '-', '接', '入', '，', '（', 'Ｂ') }), (s) => {
        const parts = zhParts(s);
        expect(parts.map((p) => p.text).join('')).toBe(s);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
      }),
    );
  });
});
