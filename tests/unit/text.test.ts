import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asString, cleanField, normalizeText, toHalfWidth, wordFinder } from '../../src/lib/text';
import { fullWidthToAscii, isDash, isInvisible, isSpace } from '../../src/lib/text/chars';

describe('the @examples', () => {
  test('character classes', () => {
    expect(isSpace(0x3000)).toBe(true);
    expect(isSpace(0x41)).toBe(false);
    expect(isInvisible(0x200b)).toBe(true);
    expect(isDash(0x2014)).toBe(true);
    expect(fullWidthToAscii(0xff11)).toBe(0x31);
    expect(fullWidthToAscii(0x4e00)).toBe(-1);
  });
  test('asString', () => {
    expect(asString(123456)).toBe('123456');
    expect(asString(null)).toBe('');
    expect(
      asString({
        toString: () => {
          throw new Error('x');
        },
      }),
    ).toBe('');
  });
  test('toHalfWidth', () => {
    expect(toHalfWidth('２０２６年２月１４日　０９：３０')).toBe('2026年2月14日 09:30');
    expect(toHalfWidth('plain')).toBe('plain');
    expect(toHalfWidth('（４５６）')).toBe('(456)');
  });
  test('normalizeText', () => {
    expect(normalizeText('尊敬的ICP用户：\n您的短信核验 已全部完成，该请求将提交管局审核。')).toBe(
      '尊敬的ICP用户:您的短信核验已全部完成,该请求将提交管局审核.',
    );
    expect(normalizeText('驗證碼：１２３４５６【工信部 ICP 備案】')).toBe('验证码:123456[工信部ICP备案]');
  });
  test('cleanField', () => {
    expect(cleanField('１３８ ００１３－８０００', { dashes: true }).text).toBe('13800138000');
    expect(cleanField('456（3）')).toMatchObject({ text: '456(3)', brackets: true, fullWidth: false });
    expect(cleanField('23456x', { upper: true })).toMatchObject({ text: '23456X', lower: true });
    expect(cleanField('１２３ 456')).toMatchObject({ text: '123456', fullWidth: true, spaces: true });
  });
});

describe('normalizeText', () => {
  test('full-width to ASCII, whitespace collapsed between CJK, kept between ASCII words', () => {
    expect(normalizeText('ＡＢＣ　１２３')).toBe('ABC 123');
    expect(normalizeText('短信 核验\n已全部\r\n完成。')).toBe('短信核验已全部完成.');
    expect(normalizeText('【工信部 ICP 备案】')).toBe('[工信部ICP备案]');
    expect(normalizeText('not  found\n\nhere')).toBe('not found here');
    expect(normalizeText('“短信重发”—')).toBe('"短信重发"-');
    expect(normalizeText('〔京〕「备案」『号』')).toBe('[京]"备案""号"');
  });
  test('Chinese brackets of every kind become ASCII', () => {
    expect(normalizeText('（８）【】〔〕〖〗')).toBe('(8)[][][]');
  });
  test('traditional characters of filing messages become simplified', () => {
    expect(normalizeText('您的備案申請已審核通過，備案號：粵ICP備2026012345號-1')).toBe(
      '您的备案申请已审核通过,备案号:粤ICP备2026012345号-1',
    );
    expect(normalizeText('註銷網站、變更主體，請聯繫接入商')).toBe('注销网站,变更主体,请联系接入商');
  });
  test('invisible characters vanish, U+3000 and no-break spaces are spaces', () => {
    expect(normalizeText('验\u200b证\ufeff码\u00ad')).toBe('验证码');
    expect(normalizeText('a\u3000b\u00a0c')).toBe('a b c');
    expect(normalizeText('  \n ')).toBe('');
  });
  test('idempotent and never longer than its input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanField', () => {
  test('reports each change', () => {
    expect(cleanField('1\u200b2')).toMatchObject({ text: '12', invisible: true });
    expect(cleanField('12-34—5', { dashes: true })).toMatchObject({ text: '12345', dashes: true });
    expect(cleanField('12-34')).toMatchObject({ text: '12-34', dashes: false });
    expect(cleanField('abc')).toMatchObject({ text: 'abc', lower: false });
    expect(cleanField('')).toMatchObject({ text: '' });
  });
  test('full-width dash counts as full-width and as a dash, like the other full-width characters', () => {
    expect(cleanField('１２－３', { dashes: true })).toMatchObject({ text: '123', fullWidth: true, dashes: true });
  });
  test('agrees with toHalfWidth on strings without spaces, dashes or lower case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'０１２９ＡＺ（）09AZ()号'), maxLength: 40 }), (s) => {
        expect(cleanField(s).text).toBe(toHalfWidth(s));
      }),
    );
  });
});

describe('wordFinder', () => {
  test('the @example', () => {
    const has = wordFinder('您的短信核验已全部完成');
    expect(has('核验')).toBe(true);
    expect(has('退回')).toBe(false);
  });
  test('agrees with includes on long texts', () => {
    const long = '日志行 ok; '.repeat(1000) + '短信核验已全部完成';
    const has = wordFinder(long);
    for (const w of ['核验', '全部完成', '退回', '日志', 'ok;', '完成退', 'x'])
      expect(has(w), w).toBe(long.includes(w));
    expect(has('核验')).toBe(true); // remembered
  });
});
