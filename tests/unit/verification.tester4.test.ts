/**
 * Tester 4, 短信核验信息自查: a lower-case x is not said to be refused (no source says the page looks at case); an X
 * typed as a look-alike (×, ✕, Ⅹ) is named and 01007X offered; a label typed before the value is taken out; trailing
 * punctuation is taken out; the document helper does not say "checked" for numbers it cannot check; an MIIT SMS for
 * 取消接入 gives no code to type.
 */
import { describe, expect, test } from 'vitest';
import { checkField, copyForms, unframe } from '../../src/lib/verification/field';
import { checkIdTail, checkCodeWith, checkPhone } from '../../src/lib/verification/fields';
import { checkCode, extractSmsInfo } from '../../src/lib/verification/sms';
import { documentChecked, idTail } from '../../src/lib/verification/documents';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';

const zh = dictionary('zh-CN').smsCheck;
const codes = (r: { errors: { code: string }[]; warnings: { code: string }[] }) => [
  ...r.errors.map((e) => e.code),
  ...r.warnings.map((w) => w.code),
];
const offered = (kind: 'code' | 'phone' | 'tail', input: string) =>
  copyForms(kind, checkField(kind, input, extractSmsInfo)).map((f) => f.value);

describe('a lower-case x at the end of the tail', () => {
  test.each(['01007x', '31002x', '11010519491231002x'])('%s: a warning, X offered, no claim of refusal', (typed) => {
    const r = checkIdTail(typed);
    expect(r.errors).toEqual(typed.length > 6 ? [expect.objectContaining({ code: 'tail.tooMany' })] : []);
    expect(r.warnings.map((w) => w.code)).toContain('tail.lowerX');
    expect(r.value).toMatch(/X$/);
    expect(offered('tail', typed)).toEqual([r.value]);
    const said = say(zh.issues, { code: 'tail.lowerX' });
    expect(said).toContain('大写 X');
    expect(said).not.toMatch(/要用|必须|拒绝/);
  });
});

describe('an X typed as a look-alike', () => {
  test.each([
    ['01007×', '×'],
    ['01007✕', '✕'],
    ['01007Ⅹ', 'Ⅹ'],
    ['01007ⅹ', 'ⅹ'],
    ['01007╳', '╳'],
  ])('%s: named, and 01007X offered', (typed, ch) => {
    const r = checkIdTail(typed);
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toEqual({ code: 'tail.lookalikeX', params: { chars: ch } });
    expect(r.value).toBe('01007X');
    expect(offered('tail', typed)).toEqual(['01007X']);
    expect(say(zh.issues, r.errors[0]!)).toContain('X');
  });
});

describe('a label typed before the value', () => {
  test.each([
    ['证件号后六位：01007X', '01007X'],
    ['后六位 01007X', '01007X'],
    ['身份证后6位:01007X', '01007X'],
    ['证件号码后六位（含括号）：456(3)', '456(3)'],
    ['后六位是01007X', '01007X'],
  ])('tail %s → %s', (typed, value) => {
    const r = checkIdTail(typed);
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('input.label');
    expect(r.value).toBe(value);
    expect(offered('tail', typed)[0]).toBe(value);
  });

  test.each([
    ['验证码：482913', '482913'],
    ['短信验证码 482913', '482913'],
  ])('code %s → %s', (typed, value) => {
    expect(offered('code', typed)).toEqual([value]);
  });

  test.each([
    ['手机号：13812345678', '13812345678'],
    ['手机 138 1234 5678', '13812345678'],
  ])('phone %s → %s', (typed, value) => {
    const r = checkPhone(typed);
    expect(codes(r)).toContain('input.label');
    expect(offered('phone', typed)).toEqual([value]);
  });

  test('Chinese characters that are not a label before a value are still refused', () => {
    expect(codes(checkIdTail('零一零零七X'))).toContain('tail.strayChars');
    expect(codes(checkIdTail('01007X号'))).not.toContain('input.label');
  });
});

describe('punctuation typed at an end', () => {
  test.each([
    ['code', '482913。', '482913'],
    ['code', '482913，', '482913'],
    ['code', '482913.', '482913'],
    ['code', '“482913”', '482913'],
    ['phone', '13812345678。', '13812345678'],
    ['tail', '01007X。', '01007X'],
    ['tail', '01007X；', '01007X'],
  ] as const)('%s %s → %s', (kind, typed, value) => {
    const r = checkField(kind, typed, extractSmsInfo);
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('input.punctuation');
    expect(offered(kind, typed)).toEqual([value]);
  });

  test('a tail symbol in the middle is kept as before', () => {
    expect(checkIdTail('23/456').value).toBe('23/456');
  });
});

describe('the document helper says when it cannot check a number', () => {
  test.each([
    ['other', 'ABC-123/456'],
    ['passport', 'X12345678'],
    ['macau-id', '1234567(8)'],
  ] as const)('%s %s: not checked', (type, n) => {
    const r = idTail(type, n);
    expect(r.ok).toBe(true);
    expect(documentChecked(r)).toBe(false);
  });

  test.each([
    ['resident-id', '11010519491231002X'],
    ['hk-id', 'A123456(3)'],
    ['passport', 'E12345678'],
  ] as const)('%s %s: checked', (type, n) => {
    expect(documentChecked(idTail(type, n, { today: new Date('2026-12-05') }))).toBe(true);
  });

  test('the words of the status for a number not checked do not say it was checked', () => {
    expect(zh.docStatus.unchecked).not.toContain('无误');
  });
});

describe('an MIIT SMS for 取消接入 gives no code to type', () => {
  const cancel = '工信部发来的 验证码 305 718 您的取消接入已提交 有效期1天';
  test('extractSmsInfo names it, and the code field offers nothing', () => {
    const i = extractSmsInfo(cancel);
    expect(i.notes.map((n) => n.code)).toContain('sms.cancelAccess');
    expect(i.noCodeToType).toBe(true);
    const r = checkCode(cancel);
    expect(r.ok).toBe(false);
    expect(r.value).toBe('');
    expect(codes(r)).toContain('code.cancelAccess');
    expect(offered('code', cancel)).toEqual([]);
  });

  test('an ordinary MIIT SMS still fills its code', () => {
    const sms =
      '【工业和信息化部】验证码：654321。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天';
    expect(extractSmsInfo(sms).noCodeToType).toBe(false);
    expect(checkCodeWith(sms, extractSmsInfo).value).toBe('654321');
  });
});

describe('the @examples', () => {
  test('unframe', () => {
    expect(unframe('证件号后六位：01007X', 'tail')).toEqual({
      text: '01007X',
      issues: [{ code: 'input.label', params: { label: '证件号后六位：' } }],
    });
    expect(unframe('482913。', 'code')).toEqual({
      text: '482913',
      issues: [{ code: 'input.punctuation', params: { chars: '。' } }],
    });
    expect(unframe('01007X', 'tail')).toEqual({ text: '01007X', issues: [] });
  });

  test('checkIdTail', () => {
    expect(checkIdTail('31002x')).toEqual({
      ok: true,
      value: '31002X',
      errors: [],
      warnings: [{ code: 'tail.lowerX' }],
    });
    expect(checkIdTail('01007×')).toEqual({
      ok: false,
      value: '01007X',
      errors: [
        { code: 'tail.lookalikeX', params: { chars: '×' } },
        { code: 'input.typeThis', params: { value: '01007X' } },
      ],
      warnings: [],
    });
  });

  test('documentChecked', () => {
    expect(documentChecked(idTail('resident-id', '11010519491231002X'))).toBe(true);
    expect(documentChecked(idTail('other', 'ABC-123/456'))).toBe(false);
  });
});
