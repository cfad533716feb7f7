/**
 * Tester 4: a suffix typed alone ("xn--fiqs8s", the punycode of .中国; "中国", "com") is a suffix without a name,
 * not a text without a suffix.
 */
import { describe, expect, test } from 'vitest';
import { checkDomain } from '../../src/lib/domains';

describe('a suffix alone', () => {
  test.each([
    ['xn--fiqs8s', '中国'],
    ['中国', '中国'],
    ['XN--FIQS8S', '中国'],
    ['com', 'com'],
    ['cn', 'cn'],
  ])('%s: only the suffix', (typed, suffix) => {
    expect(checkDomain(typed).errors).toEqual([
      { code: 'domain.onlySuffix', params: { host: suffix, suffix: `.${suffix}` } },
    ]);
  });

  test('one label that is no suffix still has no suffix', () => {
    expect(checkDomain('localhost').errors[0]!.code).toBe('domain.noSuffix');
    expect(checkDomain('例子').errors[0]!.code).toBe('domain.noSuffix');
  });
});
