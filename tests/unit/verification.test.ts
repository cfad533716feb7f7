import { describe, expect, test } from 'vitest';
import {
  DOCUMENT_TYPES,
  checkCode,
  checkIdTail,
  checkPhone,
  idTail,
  type DocumentType,
} from '../../src/lib/verification';
import { hkIdCheckChar, residentIdCheckChar } from '../../src/lib/verification/documents';
import { checkField, copyForms, copyableValue } from '../../src/lib/verification/field';
import { BRACKET_WARNING, checkCodeWith, readsAsSms } from '../../src/lib/verification/fields';
import { issue } from '../../src/lib/issues';
import { dictionary } from '../../src/i18n';
import { say, sayAll } from '../../src/i18n/fill';
import { MAX_INPUT } from '../../src/lib/verification/types';
import { extractSmsInfo } from '../../src/lib/verification/sms';
import { capInput } from '../../src/lib/verification/types';

/* ------------------------------------------------------------------------------------------------------------
 * Independent check-digit helpers (written here from the published rules, not imported from the code under test)
 * ---------------------------------------------------------------------------------------------------------- */

/** GB 11643 / ISO 7064 MOD 11-2: weight of position i (0-based, from the left) is 2^(17-i) mod 11. */
function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'.charAt(sum % 11);
}
/** A valid 18-character number from area + birth date + order. */
function makeId(area: string, birth: string, order: string): string {
  const first17 = area + birth + order;
  return first17 + idCheck(first17);
}
/** A deliberately wrong check character for the same 17 digits. */
function wrongCheck(id: string): string {
  const right = id[17]!;
  return id.slice(0, 17) + (right === '0' ? '1' : '0');
}
/** Hong Kong ID check character: space = 36 in front of a single letter, A=10…Z=35, weights 9…2. */
function hkCheck(letters: string, digits: string): string {
  const values = [
    ...(letters.length === 1 ? [36] : []),
    ...[...letters].map((l) => l.charCodeAt(0) - 55),
    ...[...digits].map(Number),
  ];
  const sum = values.reduce((s, v, i) => s + v * (9 - i), 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'A' : c === 11 ? '0' : String(c);
}

const TODAY = new Date('2026-11-28T04:00:00Z'); // 2026-11-28 12:00 Beijing

/** The sentences of the codes (zh-CN), for the tests of what the reader is told. */
const ISSUES = dictionary('zh-CN').smsCheck.issues;
const codes = (list: readonly { code: string }[]) => list.map((i) => i.code);

const SMS =
  '【工业和信息化部】验证码：654321。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';

function expectShape(r: unknown) {
  expect(r).toEqual({
    ok: expect.any(Boolean),
    value: expect.any(String),
    errors: expect.any(Array),
    warnings: expect.any(Array),
  });
}

describe('test helpers agree with hand-verified samples', () => {
  test('11010519491231002X (widely cited sample) — checked by hand: sum 167, 167 mod 11 = 2 → X', () => {
    expect(idCheck('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });
  test('440304199001011233 — checked by hand: sum 196, mod 11 = 9 → 3', () => {
    expect(idCheck('44030419900101123')).toBe('3');
    expect(residentIdCheckChar('44030419900101123')).toBe('3');
  });
  test('Hong Kong samples checked by hand: A123456(3) (sum 481), G123456(A) (sum 529), AB987654(3) (sum 371)', () => {
    expect(hkCheck('A', '123456')).toBe('3');
    expect(hkCheck('G', '123456')).toBe('A');
    expect(hkCheck('AB', '987654')).toBe('3');
    expect(hkIdCheckChar('A123456')).toBe('3');
    expect(hkIdCheckChar('G123456')).toBe('A');
    expect(hkIdCheckChar('AB987654')).toBe('3');
  });
  test('HK check 11 → 0: K000000 (sum 484 = 44 × 11)', () => {
    expect(hkCheck('K', '000000')).toBe('0');
    expect(hkIdCheckChar('K000000')).toBe('0');
  });
  test('check helpers refuse malformed input', () => {
    expect(residentIdCheckChar('1234')).toBe('');
    expect(residentIdCheckChar('1101051949123100X')).toBe('');
    expect(hkIdCheckChar('123456')).toBe('');
    expect(hkIdCheckChar('ABC123456')).toBe('');
  });
});

describe('checkCode', () => {
  test('six ASCII digits are fine', () => {
    expect(checkCode('123456')).toEqual({ ok: true, value: '123456', errors: [], warnings: [] });
    expect(checkCode('000000').ok).toBe(true);
  });
  test('empty input gets the form’s own message plus guidance', () => {
    for (const empty of ['', '   ', '\u3000', '\u00a0\t']) {
      const r = checkCode(empty);
      expect(r.ok).toBe(false);
      expect(r.value).toBe('');
      expect(r.errors).toEqual([issue('code.empty')]);
    }
  });
  test('full-width digits: refused, corrected value given', () => {
    const r = checkCode('６５４３２１');
    expect(r.ok).toBe(false);
    expect(r.value).toBe('654321');
    expect(r.errors).toContainEqual(issue('input.fullWidthDigits'));
    expect(r.errors.at(-1)).toEqual(issue('input.typeThis', { value: '654321' }));
  });
  test('spaces (ASCII, full-width, no-break) and dashes are removed and explained', () => {
    expect(checkCode(' 123456 ')).toMatchObject({ ok: false, value: '123456' });
    expect(codes(checkCode('123 456').errors)).toContain('input.spaces');
    expect(checkCode('123\u3000456').value).toBe('123456');
    expect(checkCode('123\u00a0456').value).toBe('123456');
    const d = checkCode('123-456');
    expect(d).toMatchObject({ ok: false, value: '123456' });
    expect(codes(d.errors)).toContain('input.dashes');
  });
  test('zero-width characters from copy-paste are flagged', () => {
    const r = checkCode('123\u200b456');
    expect(r).toMatchObject({ ok: false, value: '123456' });
    expect(codes(r.errors)).toContain('input.spaces');
  });
  test('wrong length says how many digits there are', () => {
    expect(checkCode('12345').errors[0]).toEqual(issue('code.length', { length: 5 }));
    expect(checkCode('1234567').errors[0]).toEqual(issue('code.length', { length: 7 }));
    expect(checkCode('12345').ok).toBe(false);
  });
  test('letters or other symbols are refused and named', () => {
    const r = checkCode('12345a');
    expect(r.ok).toBe(false);
    expect(r.errors).toContainEqual(issue('code.notDigits', { chars: 'a' }));
  });
  test('control characters are named by code point, not printed raw', () => {
    const r = checkCode('12\u000134');
    expect(r.ok).toBe(false);
    expect(r.errors).toContainEqual(issue('code.notDigits', { chars: 'U+1' }));
  });
  test('a whole pasted SMS yields the code', () => {
    const r = checkCode(SMS);
    expect(r).toMatchObject({ ok: false, value: '654321' });
    expect(r.errors[0]).toEqual(issue('code.pastedSms'));
    expect(checkCode('验证码：１２３４５６').value).toBe('123456');
  });
  test('the SMS reading is passed in (the checker loads the parser only when readsAsSms says it is needed)', () => {
    for (const text of [SMS, '验证码：１２３４５６']) {
      expect(readsAsSms(text)).toBe(true);
      expect(checkCodeWith(text, extractSmsInfo)).toEqual(checkCode(text));
      expect(checkField('code', text, extractSmsInfo)).toEqual(checkCode(text));
    }
    for (const text of ['123456', '１２３４５６', '12345a', '12-34-56', '', '1'.repeat(100_000)]) {
      expect(readsAsSms(text)).toBe(false);
      expect(checkCodeWith(text)).toEqual(checkCode(text));
      expect(checkField('code', text)).toEqual(checkCode(text));
    }
  });
  test('very long input does not throw and is refused', () => {
    const r = checkCode('1'.repeat(100_000));
    expect(r.ok).toBe(false);
    expect(r.value).toBe('');
    expect(r.errors[0]!.code).toBe('code.tooLong');
  });
});

describe('checkPhone', () => {
  test('every allowed second digit 3–9 is accepted', () => {
    for (const p of [
      '13012345678',
      '14512345678',
      '15912345678',
      '16612345678',
      '17712345678',
      '18812345678',
      '19912345678',
    ]) {
      expect(checkPhone(p)).toEqual({ ok: true, value: p, errors: [], warnings: [] });
    }
  });
  test('empty input gets the form’s own message', () => {
    const r = checkPhone('');
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([issue('phone.empty')]);
  });
  test.each([
    ['+8613812345678', '+86'],
    ['+86 138 1234 5678', '+86'],
    ['＋８６１３８１２３４５６７８', '+86'],
    ['008613812345678', '0086'],
    ['8613812345678', '86'],
    ['(+86)13812345678', '+86'],
  ])('country prefix in %s is removed and explained', (input, prefix) => {
    const r = checkPhone(input);
    expect(r.ok).toBe(false);
    expect(r.value).toBe('13812345678');
    expect(r.errors).toContainEqual(issue('phone.prefix', { prefix }));
    expect(r.errors.at(-1)).toEqual(issue('input.typeThis', { value: '13812345678' }));
  });
  test('spaces, dashes and full-width digits are refused with the corrected value', () => {
    expect(checkPhone('138 1234 5678')).toMatchObject({ ok: false, value: '13812345678' });
    expect(checkPhone('138-1234-5678')).toMatchObject({ ok: false, value: '13812345678' });
    expect(checkPhone('138—1234—5678')).toMatchObject({ ok: false, value: '13812345678' });
    const fw = checkPhone('１３８１２３４５６７８');
    expect(fw).toMatchObject({ ok: false, value: '13812345678' });
    expect(fw.errors[0]).toEqual(issue('input.fullWidthDigits'));
  });
  test.each(['16212345678', '16512345678', '16712345678', '17012345678', '17112345678'])(
    'virtual range %s is accepted with a warning',
    (p) => {
      const r = checkPhone(p);
      expect(r.ok).toBe(true);
      expect(r.errors).toEqual([]);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toEqual(issue('phone.virtual', { prefix: p.slice(0, 3) }));
    },
  );
  test('a virtual number typed with +86 keeps the warning and the prefix error', () => {
    const r = checkPhone('+86 170 1234 5678');
    expect(r.ok).toBe(false);
    expect(r.value).toBe('17012345678');
    expect(r.warnings).toHaveLength(1);
  });
  test('13-digit IoT numbers are an error', () => {
    for (const p of ['1440123456789', '1480123456789', '1410123456789']) {
      const r = checkPhone(p);
      expect(r.ok).toBe(false);
      expect(codes(r.errors)).toContain('phone.iot');
    }
  });
  test('landlines are a clear error', () => {
    const withArea = checkPhone('010-12345678');
    expect(withArea.ok).toBe(false);
    expect(codes(withArea.errors)).toContain('phone.landline');
    expect(codes(checkPhone('0755 1234567').errors)).toContain('phone.landline');
    // Eight digits starting 5, 6 or 9 are possibly a Hong Kong or Macao mobile, not a landline (tester, issue 24).
    expect(codes(checkPhone('62345678').errors)).toContain('phone.hkMacau');
    expect(codes(checkPhone('82345678').errors)).toContain('phone.hotline');
    expect(codes(checkPhone('400-123-4567').errors)).toContain('phone.hotline');
  });
  test('wrong length, wrong range, letters', () => {
    expect(checkPhone('1381234567').errors[0]).toEqual(issue('phone.length', { length: 10 }));
    expect(checkPhone('138123456789').errors[0]).toEqual(issue('phone.length', { length: 12 }));
    expect(checkPhone('12012345678').errors[0]).toEqual(issue('phone.range', { start: '12' }));
    expect(checkPhone('11012345678').ok).toBe(false);
    expect(checkPhone('1381234567a').errors).toContainEqual(issue('phone.notDigits', { chars: 'a' }));
  });
  test('foreign numbers are refused', () => {
    const r = checkPhone('+852 9123 4567');
    expect(r.ok).toBe(false);
    expect(codes(r.errors)).toContain('phone.foreign');
  });
});

describe('checkIdTail', () => {
  test('six digits, a trailing X and HK/Macau brackets are accepted', () => {
    expect(checkIdTail('010071')).toEqual({ ok: true, value: '010071', errors: [], warnings: [] });
    expect(checkIdTail('31002X')).toEqual({ ok: true, value: '31002X', errors: [], warnings: [] });
    const b = checkIdTail('456(3)');
    expect(b.ok).toBe(true);
    expect(b.value).toBe('456(3)');
    expect(b.warnings).toContainEqual(BRACKET_WARNING);
    expect(checkIdTail('567(8)').ok).toBe(true);
  });
  test('empty input gets the form’s own message', () => {
    const r = checkIdTail(' ');
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([issue('tail.empty')]);
  });
  test('lower-case x → X, said so (a warning: no source says the page refuses x; tester 4)', () => {
    const r = checkIdTail('31002x');
    expect(r).toMatchObject({ ok: true, value: '31002X', errors: [] });
    expect(r.warnings[0]).toEqual(issue('tail.lowerX'));
    expect(copyForms('tail', r)).toEqual([{ value: '31002X', form: 'plain' }]);
  });
  test('full-width brackets: no official rule, so a warning — not an error (issue 12); both forms offered (issue 22)', () => {
    const r = checkIdTail('456（3）');
    expect(r).toMatchObject({ ok: true, value: '456(3)', errors: [] });
    expect(r.warnings).toEqual([BRACKET_WARNING]);
    const said = say(ISSUES, BRACKET_WARNING);
    expect(said).toContain('没有官方说明');
    // No source says the page takes both forms: the reader is sent to the provider, not to trial and error.
    expect(said).not.toContain('两种都收');
    expect(said).toContain('接入商登记');
    expect(said).toContain('5 次');
    expect(copyForms('tail', r)).toEqual([
      { value: '456(3)', form: 'halfWidth' },
      { value: '456（3）', form: 'fullWidth' },
    ]);
    expect(checkIdTail('567(8)').warnings).toEqual(r.warnings);
    expect(copyForms('tail', checkIdTail('A123456(3)')).map((f) => f.value)).toEqual(['456(3)', '456（3）']);
  });
  test('capInput cuts absurdly long input before anything else looks at it', () => {
    const big = '证'.repeat(100_000);
    const c = capInput(big); // its time: npm run bench -- --verification-only
    expect(c).toEqual({ text: '证'.repeat(201), cut: true });
    expect(checkIdTail(c.text).errors[0]).toEqual(issue('tail.tooLong', { limit: 200 }));
    expect(say(ISSUES, checkIdTail(c.text).errors[0]!)).toBe(
      '内容太长（超过 200 个字符），这里只填证件号码的最后 6 个字符。',
    );
    expect(capInput('31002X')).toEqual({ text: '31002X', cut: false });
    expect(capInput('😀'.repeat(200), 3)).toEqual({ text: '😀', cut: true });
  });
  test('full-width letters and digits, spaces and dashes', () => {
    expect(checkIdTail('３１００２Ｘ')).toMatchObject({ ok: false, value: '31002X' });
    expect(checkIdTail('310 02X')).toMatchObject({ ok: false, value: '31002X' });
    expect(checkIdTail('310-02X')).toMatchObject({ ok: false, value: '31002X' });
  });
  test('a whole number: the last six are suggested', () => {
    const id = checkIdTail('11010519491231002X');
    expect(id).toMatchObject({ ok: false, value: '31002X' });
    expect(id.errors).toContainEqual(issue('tail.tooMany', { count: 18, value: '31002X' }));
    const hk = checkIdTail('A123456(3)');
    expect(hk).toMatchObject({ ok: false, value: '456(3)' });
    expect(checkIdTail('1234567（8）').value).toBe('567(8)');
  });
  test('too short', () => {
    const r = checkIdTail('1234');
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toEqual(issue('tail.tooFew', { count: 4 }));
  });
  test('characters that never appear in a document number', () => {
    const r = checkIdTail('12345号');
    expect(r.ok).toBe(false);
    expect(r.errors).toContainEqual(issue('tail.strayChars', { chars: '号' }));
    // ASCII symbols count in the last six (icp-facts §3): kept, with a warning, not refused (tester, issue 24).
    expect(checkIdTail('12/456')).toMatchObject({ ok: true, value: '12/456' });
  });
  test('odd bracket positions get an extra warning', () => {
    const r = checkIdTail('(12345');
    expect(r.ok).toBe(true);
    expect(r.warnings).toContainEqual(issue('tail.oddBrackets'));
  });
});

describe('idTail — resident ID', () => {
  const valid = [
    '11010519491231002X',
    '440304199001011233',
    makeId('310104', '20001229', '087'),
    makeId('110105', '20000229', '001'),
  ];
  test.each(valid)('%s is valid and its tail is its last six', (id) => {
    const r = idTail('resident-id', id, { today: TODAY });
    expect(r).toEqual({ ok: true, value: id.slice(-6), errors: [], warnings: [] });
  });
  test('lower-case x is accepted and shown upper-case', () => {
    const r = idTail('resident-id', '11010519491231002x', { today: TODAY });
    expect(r.ok).toBe(true);
    expect(r.value).toBe('31002X');
    expect(r.warnings[0]).toEqual(issue('document.lowerX'));
  });
  test('full-width digits, spaces and dashes in the full number are fine', () => {
    expect(idTail('resident-id', '１１０１０５１９４９１２３１００２Ｘ', { today: TODAY })).toMatchObject({
      ok: true,
      value: '31002X',
    });
    expect(idTail('resident-id', '110105 19491231 002X', { today: TODAY })).toMatchObject({
      ok: true,
      value: '31002X',
    });
    expect(idTail('resident-id', '110105-19491231-002X', { today: TODAY })).toMatchObject({
      ok: true,
      value: '31002X',
    });
  });
  test.each(valid)('a wrong check character in %s is a typo, and no "fixed" number is revealed', (id) => {
    const bad = wrongCheck(id);
    const r = idTail('resident-id', bad, { today: TODAY });
    expect(r.ok).toBe(false);
    expect(codes(r.errors)).toContain('document.checkDigit');
    const said = sayAll(ISSUES, r.errors).join('');
    expect(said).not.toContain(id);
    expect(said).not.toContain(id.slice(-6));
  });
  test('a single mistyped digit is caught', () => {
    const id = '440304199001011233';
    const typo = id.slice(0, 10) + ((Number(id[10]) + 1) % 10) + id.slice(11);
    expect(idTail('resident-id', typo, { today: TODAY }).ok).toBe(false);
  });
  test('impossible birth dates are refused even with a matching check character', () => {
    expect(idTail('resident-id', makeId('110105', '19900230', '001'), { today: TODAY }).errors).toContainEqual(
      issue('document.birthDate', { date: '1990-02-30' }),
    );
    expect(idTail('resident-id', makeId('110105', '19001301', '001'), { today: TODAY }).ok).toBe(false);
    expect(idTail('resident-id', makeId('110105', '18991231', '001'), { today: TODAY }).ok).toBe(false);
    expect(idTail('resident-id', makeId('110105', '19010229', '001'), { today: TODAY }).ok).toBe(false);
    const future = idTail('resident-id', makeId('110105', '20261129', '001'), { today: TODAY });
    expect(future.errors).toContainEqual(issue('document.birthDate', { date: '2026-11-29' }));
    expect(idTail('resident-id', makeId('110105', '20261128', '001'), { today: TODAY }).ok).toBe(true);
  });
  test('an unknown province code is refused', () => {
    const r = idTail('resident-id', makeId('990105', '19900101', '001'), { today: TODAY });
    expect(r.ok).toBe(false);
    expect(codes(r.errors)).toContain('document.badProvince');
  });
  test('wrong length or letters in the wrong place', () => {
    const length = (count: number) => issue('document.residentIdLength', { count });
    expect(idTail('resident-id', '11010519491231002', { today: TODAY }).errors[0]).toEqual(length(17));
    expect(idTail('resident-id', '1101051949123100', { today: TODAY }).errors[0]).toEqual(length(16));
    expect(idTail('resident-id', '1101051949123100X2', { today: TODAY }).errors[0]).toEqual(length(18));
    expect(idTail('resident-id', '', { today: TODAY }).ok).toBe(false);
  });
  test('15-digit old numbers are recognised, tail with a warning', () => {
    const r = idTail('resident-id', '110105491231002', { today: TODAY });
    expect(r.ok).toBe(true);
    expect(r.value).toBe('231002');
    expect(r.warnings[0]).toEqual(issue('document.oldId'));
    expect(idTail('resident-id', '110105490231002', { today: TODAY }).ok).toBe(false); // 1949-02-31
  });
  test('a residence-permit number entered as resident ID is accepted with a note', () => {
    const r = idTail('resident-id', makeId('810000', '19900101', '001'), { today: TODAY });
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toEqual(issue('document.hkPermit'));
  });
  test('the birth-date check uses Beijing date, not the machine zone', () => {
    const id = makeId('110105', '20261129', '001');
    // 2026-11-28T16:30Z is already 2026-11-29 00:30 in Beijing
    expect(idTail('resident-id', id, { today: new Date('2026-11-28T16:30:00Z') }).ok).toBe(true);
    expect(idTail('resident-id', id, { today: new Date('2026-11-28T15:30:00Z') }).ok).toBe(false);
  });
});

describe('idTail — residence permit', () => {
  test.each(['810000', '820000', '830000'])('area %s is valid', (area) => {
    const id = makeId(area, '19851111', '002');
    expect(idTail('residence-permit', id, { today: TODAY })).toEqual({
      ok: true,
      value: id.slice(-6),
      errors: [],
      warnings: [],
    });
  });
  test('hard-coded sample 810000199001010019 (check 9, computed independently)', () => {
    expect(idTail('residence-permit', '810000199001010019', { today: TODAY }).ok).toBe(true);
  });
  test('a resident ID is not a residence permit', () => {
    const r = idTail('residence-permit', '11010519491231002X', { today: TODAY });
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toEqual(issue('document.permitArea', { area: '110105' }));
  });
  test('wrong check character', () => {
    expect(idTail('residence-permit', wrongCheck(makeId('820000', '19700101', '123')), { today: TODAY }).ok).toBe(
      false,
    );
  });
  test('15 digits are not a residence permit', () => {
    expect(idTail('residence-permit', '810000900101001', { today: TODAY }).ok).toBe(false);
  });
});

describe('idTail — Hong Kong ID', () => {
  const samples: [string, string][] = [
    ['A', '123456'],
    ['G', '123456'],
    ['AB', '987654'],
    ['K', '000000'],
    ['Z', '683365'],
    ['XY', '000001'],
  ];
  test.each(samples)('%s%s with its computed check is valid', (letters, digits) => {
    const check = hkCheck(letters, digits);
    const expected = `${digits.slice(3)}(${check})`;
    for (const form of [
      `${letters}${digits}(${check})`,
      `${letters}${digits}${check}`,
      `${letters}${digits}（${check}）`,
      `${letters.toLowerCase()}${digits}(${check.toLowerCase()})`,
    ]) {
      const r = idTail('hk-id', form);
      expect(r.ok, form).toBe(true);
      expect(r.value).toBe(expected);
      expect(r.warnings).toContainEqual(BRACKET_WARNING);
      expect(checkIdTail(r.value).ok).toBe(true);
    }
  });
  test('A123456(3) → 456(3)', () => {
    expect(idTail('hk-id', 'A123456(3)').value).toBe('456(3)');
  });
  test('a wrong check character is refused', () => {
    const r = idTail('hk-id', 'A123456(4)');
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toEqual(issue('document.hkIdCheck'));
  });
  test('bad formats', () => {
    for (const bad of ['123456(3)', 'ABC123456(3)', 'A12345(3)', 'A123456(B)', 'A123456(33)']) {
      expect(idTail('hk-id', bad).ok, bad).toBe(false);
    }
  });
});

describe('idTail — Macau ID', () => {
  test('1234567(8) → 567(8), format only', () => {
    const r = idTail('macau-id', '1234567(8)');
    expect(r.ok).toBe(true);
    expect(r.value).toBe('567(8)');
    expect(r.warnings).toContainEqual(issue('document.macauIdUnchecked'));
  });
  test('first digit 1/5/7, brackets optional or full-width', () => {
    expect(idTail('macau-id', '5215299（8）').value).toBe('299(8)');
    expect(idTail('macau-id', '70123453').value).toBe('345(3)');
    expect(idTail('macau-id', '3234567(8)').ok).toBe(false);
    expect(idTail('macau-id', '123456(8)').ok).toBe(false);
    expect(idTail('macau-id', '1234567(A)').ok).toBe(false);
  });
});

describe('idTail — permits and passports', () => {
  test('港澳居民来往内地通行证: H/M + 8 or 10 digits', () => {
    expect(idTail('hk-macau-permit', 'H12345678')).toEqual({ ok: true, value: '345678', errors: [], warnings: [] });
    expect(idTail('hk-macau-permit', 'm1234567890').value).toBe('567890');
    expect(idTail('hk-macau-permit', 'H1234567').ok).toBe(false);
    expect(idTail('hk-macau-permit', 'A12345678').ok).toBe(false);
    expect(idTail('hk-macau-permit', 'C12345678').errors[0]).toEqual(issue('document.hkMacauPermitFormat'));
  });
  test('台胞证: 8 digits', () => {
    expect(idTail('taiwan-permit', '12345678')).toEqual({ ok: true, value: '345678', errors: [], warnings: [] });
    expect(idTail('taiwan-permit', '１２３４５６７８').value).toBe('345678');
    expect(idTail('taiwan-permit', '1234567').ok).toBe(false);
    expect(idTail('taiwan-permit', 'T12345678').ok).toBe(false);
  });
  test('PRC passports', () => {
    expect(idTail('passport', 'E12345678')).toEqual({ ok: true, value: '345678', errors: [], warnings: [] });
    expect(idTail('passport', 'EA1234567')).toEqual({ ok: true, value: '234567', errors: [], warnings: [] });
    expect(idTail('passport', 'g12345678').value).toBe('345678');
  });
  test('foreign passports: 6–20 letters/digits, with a format warning', () => {
    const r = idTail('passport', '533380006');
    expect(r.ok).toBe(true);
    expect(r.value).toBe('380006');
    expect(r.warnings[0]).toEqual(issue('document.foreignPassport'));
    expect(idTail('passport', 'E1234567').warnings[0]).toEqual(issue('document.foreignPassport'));
    expect(idTail('passport', 'AB12').ok).toBe(false);
    expect(idTail('passport', 'A'.repeat(21)).ok).toBe(false);
    expect(idTail('passport', 'AB12345/').ok).toBe(false);
  });
  test('other documents: last six with a warning', () => {
    const r = idTail('other', 'XYZ-1234567');
    expect(r.ok).toBe(true);
    expect(r.value).toBe('234567');
    expect(r.warnings[0]).toEqual(issue('document.otherUnchecked'));
    expect(say(ISSUES, r.warnings[0]!)).toContain('横线');
    expect(idTail('other', '12345').ok).toBe(false);
    expect(idTail('other', '证件号码一二三').value).toBe('件号码一二三');
  });
  test('an unknown type string is treated like "other" and does not throw', () => {
    expect(idTail('nonsense' as DocumentType, 'ABCDEFGH').value).toBe('CDEFGH');
  });
  test('every document type has a Chinese name in the dictionary, and valid examples pass', () => {
    expect(DOCUMENT_TYPES.map((d) => d.value)).toEqual([
      'resident-id',
      'residence-permit',
      'hk-macau-permit',
      'taiwan-permit',
      'hk-id',
      'macau-id',
      'passport',
      'other',
    ]);
    for (const d of DOCUMENT_TYPES) {
      expect(dictionary('zh-CN').smsCheck.documentTypes[d.value]).toMatch(/[\u4e00-\u9fff]/);
      if (d.example) expect(idTail(d.value, d.example, { today: TODAY }).ok, d.value).toBe(true);
    }
  });
  test('too long input is refused', () => {
    expect(idTail('other', 'A'.repeat(100_000)).ok).toBe(false);
  });
});

describe('copyableValue', () => {
  test('offers values that pass (as typed or once corrected), nothing otherwise', () => {
    expect(copyableValue('code', checkCode('123456'))).toBe('123456');
    expect(copyableValue('code', checkCode('１２３４５６'))).toBe('123456');
    expect(copyableValue('code', checkCode('12345'))).toBeNull();
    expect(copyableValue('phone', checkPhone('+86 13812345678'))).toBe('13812345678');
    expect(copyableValue('phone', checkPhone('010-12345678'))).toBeNull();
    expect(copyableValue('tail', checkIdTail('11010519491231002X'))).toBe('31002X');
    expect(copyableValue('tail', checkIdTail(''))).toBeNull();
  });
  test('copyForms: one plain form, none, or for a tail with brackets the half-width and the full-width form', () => {
    expect(copyForms('code', checkCode('１２３４５６'))).toEqual([{ value: '123456', form: 'plain' }]);
    expect(copyForms('code', checkCode('12345'))).toEqual([]);
    expect(copyForms('tail', checkIdTail('31002X'))).toEqual([{ value: '31002X', form: 'plain' }]);
    expect(copyForms('tail', checkIdTail('456(3'))).toEqual([]);
  });
});

describe('extractSmsInfo', () => {
  test('reads the source guide’s SMS', () => {
    expect(extractSmsInfo(SMS)).toEqual({
      code: '654321',
      olderCodes: [],
      filingType: '新增接入',
      fromMiit: true,
      verificationSms: true,
      notes: [],
      noCodeToType: false,
    });
  });
  test.each(['首次备案', '新增网站', '变更主体', '新增备案', '注销网站'])('filing type %s', (type) => {
    const r = extractSmsInfo(SMS.replace('新增接入', type));
    expect(r.filingType).toBe(type);
    expect(r.code).toBe('654321');
  });
  test('full-width digits, other wording, a trailing 申请', () => {
    expect(extractSmsInfo('验证码为 １２３４５６ ，您的变更网站申请已提交 工信部').code).toBe('123456');
    expect(extractSmsInfo('您的变更网站申请已提交').filingType).toBe('变更网站');
  });
  test('an unlabelled code is used only when it is the only 6-digit run', () => {
    expect(extractSmsInfo('工信部 123456 核验').code).toBe('123456');
    expect(extractSmsInfo('工信部 123456 654321').code).toBeNull();
    expect(extractSmsInfo('工信部 12345678').code).toBeNull();
  });
  test('warns when the text is not from MIIT or links elsewhere', () => {
    const r = extractSmsInfo('验证码：123456，请访问 check.example.top 完成核验');
    expect(r.fromMiit).toBe(false);
    expect(codes(r.notes)).toContain('sms.notMiit');
    expect(r.notes).toContainEqual(issue('sms.otherHost', { host: 'check.example.top' }));
    const fake = extractSmsInfo('验证码：123456，请访问 beian-check.example.top 完成核验');
    expect(fake.notes).toEqual([issue('sms.lookAlike', { host: 'beian-check.example.top' })]);
    expect(fake.code).toBeNull();
    expect(extractSmsInfo('你好').notes).toContainEqual(issue('sms.noCode'));
    expect(extractSmsInfo('')).toEqual({
      code: null,
      olderCodes: [],
      filingType: null,
      fromMiit: false,
      verificationSms: false,
      notes: [],
      noCodeToType: false,
    });
  });
});

describe('what the reader is told (zh-CN)', () => {
  test('the sentences of a field check, filled with its values', () => {
    expect(sayAll(ISSUES, checkCode('６５４３２１').errors)).toEqual([
      '含全角字符，请切换到英文（半角）输入法输入数字。',
      '请填写：654321',
    ]);
    expect(sayAll(ISSUES, checkPhone('+86 138-1234-5678').errors)).toEqual([
      '含空格或看不见的字符（包括全角空格、复制带入的字符），请删掉。',
      '含横线“-”，请删掉。',
      '带了“+86”。页面只接受 11 位手机号本身，请去掉它。',
      '请填写：13812345678',
    ]);
    expect(sayAll(ISSUES, checkPhone('17012345678').warnings)).toEqual([
      '170 是虚拟运营商号段，腾讯云提示可能收不到工信部短信；收不到时请联系接入商换号。',
    ]);
    expect(sayAll(ISSUES, checkIdTail('11010519491231002X').errors)).toEqual([
      '只填最后 6 个字符，这里有 18 个（输入框只收前 6 个）。最后 6 个是：31002X',
    ]);
    expect(sayAll(ISSUES, idTail('resident-id', makeId('110105', '19900230', '001'), { today: TODAY }).errors)).toEqual(
      ['出生日期 1990-02-30 不存在或晚于今天，号码可能输错了。'],
    );
    expect(sayAll(ISSUES, checkCode('12a4b6').errors)).toEqual(['验证码只有数字，不含“a b”。']);
  });
  test('the notes on a pasted SMS', () => {
    const two = extractSmsInfo('验证码：123456 请访问 a.example.top 或 b.example.top');
    expect(two.notes).toContainEqual(issue('sms.otherHosts', { host: 'a.example.top', host2: 'b.example.top' }));
    expect(sayAll(ISSUES, two.notes)).toContain(
      '含其他网址（a.example.top、b.example.top），可能是仿冒短信：核验只在 beian.miit.gov.cn 进行，别在别处填写。',
    );
    const cancel = extractSmsInfo(SMS.replace('新增接入', '取消接入'));
    expect(cancel.notes).toEqual([issue('sms.cancelAccess')]);
    expect(say(ISSUES, cancel.notes[0]!)).toBe(
      '取消接入由接入商办理，不用短信核验，所以自称取消接入的核验短信不寻常：先别核验，向接入商确认确实有这笔申请。',
    );
  });
});

describe('robustness', () => {
  test('non-string input from untyped callers does not throw', () => {
    for (const x of [null, undefined, 123456, {}, [], Symbol('s')]) {
      const any = x as unknown as string;
      expectShape(checkCode(any));
      expectShape(checkPhone(any));
      expectShape(checkIdTail(any));
      expectShape(idTail('resident-id', any));
    }
    expect(checkCode(123456 as unknown as string).ok).toBe(true);
  });
  test('the input cap is generous enough for real values', () => {
    expect(MAX_INPUT).toBeGreaterThanOrEqual(100);
    expect(checkIdTail(' '.repeat(MAX_INPUT - 6) + '31002X').value).toBe('31002X');
  });
});

describe('issue 20: the SMS box reads an SMS the way 提示/短信解读 does', () => {
  test('a provider login code is not offered as the MIIT code, and says why', () => {
    const info = extractSmsInfo('【阿里云】您正在登录阿里云账号，验证码 385920，5分钟内有效，切勿泄露。');
    expect(info.code).toBeNull();
    expect(info.notes[0]).toEqual(issue('sms.notFilingCode', { code: '385920' }));
    expect(say(ISSUES, info.notes[0]!)).toContain('不是工信部的核验验证码');
  });

  test('an SMS whose link imitates the official host gives no code to type', () => {
    const info = extractSmsInfo(
      '【工业和信息化部】验证码：604871。您的首次备案已提交，核验链接：http://beian.miit.gov.cn.verify-icp.cn/a，有效期1天',
    );
    expect(info.code).toBeNull();
    expect(info.notes[0]).toEqual(issue('sms.lookAlike', { host: 'beian.miit.gov.cn.verify-icp.cn' }));
  });

  test('the real SMS still gives its code', () => {
    expect(
      extractSmsInfo(
        '【工业和信息化部】验证码：482913。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天',
      ).code,
    ).toBe('482913');
  });
});
