/**
 * The SMS checker's defects found by the independent tester on the English pages (issue 24's tool check), as rules
 * of src/lib/verification, in both languages where the words matter.
 */
import { describe, expect, test } from 'vitest';
import { checkIdTail, checkPhone, idTail } from '../../src/lib/verification';
import { extractSmsInfo } from '../../src/lib/verification/sms';
import { copyForms } from '../../src/lib/verification/field';
import { issue } from '../../src/lib/issues';
import { dictionary } from '../../src/i18n';
import { sayAll } from '../../src/i18n/fill';

const ZH = dictionary('zh-CN').smsCheck.issues;
const EN = dictionary('en').smsCheck.issues;
const codes = (list: { code: string }[]) => list.map((i) => i.code);
const said = (r: { errors: { code: string }[]; warnings: { code: string }[] }, table: typeof ZH) =>
  sayAll(table, [...r.errors, ...r.warnings] as Parameters<typeof sayAll>[1]).join(' ');

describe('1. only the MIIT SMS has the 24-hour deadline', () => {
  const MIIT =
    '【工业和信息化部】验证码：654321。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';
  test('the MIIT SMS is one, with its code', () => {
    expect(extractSmsInfo(MIIT)).toMatchObject({ verificationSms: true, code: '654321' });
  });
  test.each([
    ['an Aliyun login code', '【阿里云】您正在登录阿里云账号，验证码 385920，5分钟内有效，切勿泄露。'],
    ['an English login code', 'Your Alibaba Cloud login verification code is 385920, valid for 5 minutes.'],
    [
      'a look-alike link',
      '【工信部】您的ICP备案需进行短信核验，验证码：604871，请登录 https://beian-miit.gov-cn.top/ 完成核验，有效期1天',
    ],
    [
      'a look-alike host under another domain',
      '【工业和信息化部】验证码：604871。您的首次备案已提交，核验链接：http://beian.miit.gov.cn.verify-icp.cn/a，有效期1天',
    ],
    ['a bank code', '【某银行】验证码：123456，您正在付款'],
    ['nothing like an SMS', '你好'],
  ])('%s is not', (_, text) => {
    expect(extractSmsInfo(text).verificationSms).toBe(false);
  });
  test('an empty box is not either', () => {
    expect(extractSmsInfo('').verificationSms).toBe(false);
  });
});

describe('2. lower-case letters in the last six: only x as the check character is said to need a capital', () => {
  test('ab1234: no word about an x, no refusal; what is known about letters', () => {
    const r = checkIdTail('ab1234');
    expect(codes(r.errors)).not.toContain('tail.lowerX');
    expect(r.ok).toBe(true);
    expect(r.warnings).toContainEqual(issue('tail.lowerLetters', { chars: 'a b' }));
    // Nothing about an x that is not there, in either language.
    expect(said(r, EN)).not.toMatch(/\bx\b/);
    expect(said(r, ZH)).not.toMatch(/\bx\b/);
    for (const table of [EN, ZH]) expect(said(r, table)).toContain('a b');
    expect(said(r, EN)).toMatch(/Hong Kong/);
    expect(said(r, ZH)).toContain('香港身份证');
  });
  test('a trailing x is the check character, written X (a warning: no source says the page refuses x; tester 4)', () => {
    const r = checkIdTail('31002x');
    expect(r.value).toBe('31002X');
    expect(r.warnings[0]).toEqual(issue('tail.lowerX'));
    expect(codes(r.warnings)).not.toContain('tail.lowerLetters');
  });
  test('an x that is not the last character is a letter like any other', () => {
    const r = checkIdTail('x12345');
    expect(codes(r.errors)).not.toContain('tail.lowerX');
    expect(r.warnings).toContainEqual(issue('tail.lowerLetters', { chars: 'x' }));
  });
  test('a trailing x and other letters: both said, each for what it is', () => {
    const r = checkIdTail('ab123x');
    expect(codes(r.warnings)).toContain('tail.lowerX');
    expect(r.warnings).toContainEqual(issue('tail.lowerLetters', { chars: 'a b' }));
  });
});

describe('3. eight digits starting 5, 6 or 9: possibly a Hong Kong or Macao mobile, not a landline', () => {
  test.each(['91234567', '51234567', '61234567', '6123 4567', '9123-4567'])('%s', (p) => {
    const r = checkPhone(p);
    expect(r.ok).toBe(false);
    expect(codes(r.errors)).toContain('phone.hkMacau');
    expect(codes(r.errors)).not.toContain('phone.hotline');
    expect(codes(r.errors)).not.toContain('phone.landline');
    expect(said(r, EN)).not.toMatch(/landline|hotline/i);
    expect(said(r, EN)).toMatch(/Hong Kong|Macao/);
    expect(said(r, EN)).toContain('11-digit mainland mobile');
    expect(said(r, ZH)).not.toMatch(/固定电话|热线/);
    expect(said(r, ZH)).toContain('11 位');
  });
  test('other short numbers are still hotlines, numbers with 0 still landlines', () => {
    expect(codes(checkPhone('81234567').errors)).toContain('phone.hotline');
    expect(codes(checkPhone('400-123-4567').errors)).toContain('phone.hotline');
    expect(codes(checkPhone('95588').errors)).toContain('phone.hotline');
    expect(codes(checkPhone('010-12345678').errors)).toContain('phone.landline');
  });
});

describe('4. other documents: symbols count and are kept', () => {
  test('ABC-123/456 → 23/456, and the note says symbols were kept', () => {
    const r = idTail('other', 'ABC-123/456');
    expect(r).toMatchObject({ ok: true, value: '23/456' });
    expect(r.warnings).toContainEqual(issue('document.otherUnchecked'));
    expect(said(r, EN)).not.toMatch(/dashes have been removed/);
    expect(said(r, EN)).toMatch(/symbols/i);
    expect(said(r, ZH)).not.toContain('已去掉空格和横线');
  });
  test('a dash among the last six is kept; spaces are removed and said so', () => {
    expect(idTail('other', 'AB-12-345').value).toBe('12-345');
    const s = idTail('other', 'AB 123 456');
    expect(s.value).toBe('123456');
    expect(s.warnings).toContainEqual(issue('document.otherSpaces'));
    expect(idTail('other', 'AB123456').warnings).not.toContainEqual(issue('document.otherSpaces'));
  });
  test('the tail box agrees: the helper’s last six is not refused there', () => {
    const r = checkIdTail('23/456');
    expect(r).toMatchObject({ ok: true, value: '23/456' });
    expect(r.warnings).toContainEqual(issue('tail.symbols', { chars: '/' }));
    expect(copyForms('tail', r)).toEqual([{ value: '23/456', form: 'plain' }]);
    expect(checkIdTail('-12345')).toMatchObject({ ok: true, value: '-12345' });
  });
  test('dashes typed as separators in a six-character tail are still removed', () => {
    expect(checkIdTail('310-02X')).toMatchObject({ ok: false, value: '31002X' });
    expect(codes(checkIdTail('310-02X').errors)).toContain('input.dashes');
  });
  test('characters no document number has are still refused', () => {
    expect(codes(checkIdTail('12345号').errors)).toContain('tail.strayChars');
  });
});
