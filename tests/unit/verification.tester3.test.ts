/**
 * The third independent tester: a Hong Kong ID typed without brackets ("A1234563") got only "456(3)". The last six
 * characters depend on how the provider registered the number: with brackets 456(3), without 234563. Both are
 * offered, for Macau IDs too.
 */
import { describe, expect, test } from 'vitest';
import { idTail } from '../../src/lib/verification/documents';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';

const forms = (r: ReturnType<typeof idTail>) => r.warnings.find((w) => w.code === 'document.bracketForms');

describe('a number printed with a bracketed check digit: both forms of the last six', () => {
  test('Hong Kong, typed without brackets, with them, or full-width: 456(3) and 234563', () => {
    for (const typed of ['A1234563', 'A123456(3)', 'A123456（3）', 'a1234563']) {
      const r = idTail('hk-id', typed);
      expect(r.ok, typed).toBe(true);
      expect(r.value, typed).toBe('456(3)');
      expect(forms(r)?.params, typed).toEqual({ bracketed: '456(3)', plain: '234563' });
    }
  });

  test('Macau: 567(8) and 345678', () => {
    for (const typed of ['12345678', '1234567(8)']) {
      const r = idTail('macau-id', typed);
      expect(forms(r)?.params, typed).toEqual({ bracketed: '567(8)', plain: '345678' });
    }
  });

  test('a wrong Hong Kong number offers nothing; other documents have no such note', () => {
    expect(forms(idTail('hk-id', 'A1234564'))).toBeUndefined();
    expect(forms(idTail('passport', 'E12345678'))).toBeUndefined();
    expect(forms(idTail('resident-id', '11010519491231002X'))).toBeUndefined();
  });

  test('the sentence gives both forms and says to follow the provider’s registration, in both languages', () => {
    const params = { bracketed: '456(3)', plain: '234563' };
    const zh = fill(dictionary('zh-CN').smsCheck.issues['document.bracketForms'], params);
    expect(zh).toContain('456(3)');
    expect(zh).toContain('234563');
    expect(zh).toContain('接入商');
    const en = fill(dictionary('en').smsCheck.issues['document.bracketForms'], params);
    expect(en).toContain('456(3)');
    expect(en).toContain('234563');
    expect(en).toMatch(/provider/);
  });
});
