/**
 * Tester 4: a number typed into the picker's search is named for what it is: a filing number (ICP备), an operating
 * licence number (ICP证, B1-, B2-) or a public security filing number (公网安备); the province is the same.
 */
import { describe, expect, test } from 'vitest';
import { PROVINCES } from '../../src/lib/provinces';
import { recognizeProvince } from '../../src/lib/provinces/search';
import { dictionary } from '../../src/i18n';

describe('the kind of number a province was found by', () => {
  test.each([
    ['粤B2-20090059', 'guangdong', 'licence'],
    ['粤B2-20090059-5', 'guangdong', 'licence'],
    ['京ICP证030173号', 'beijing', 'licence'],
    ['沪B1-20260001', 'shanghai', 'licence'],
    ['京公网安备11010802012345号', 'beijing', 'police'],
    ['苏ICP备2026012345号-1', 'jiangsu', 'number'],
  ])('%s → %s by %s', (q, slug, by) => {
    expect(recognizeProvince(q, PROVINCES)).toMatchObject({ province: { slug }, by });
  });

  test('the words for a licence number do not call it a filing number', () => {
    for (const lang of ['zh-CN', 'en']) {
      const chosen = dictionary(lang).provincePicker.search.chosen;
      expect(chosen.licence).not.toMatch(/备案号|filing number/);
      expect(chosen.police).toMatch(/公安|public security/);
    }
  });
});
