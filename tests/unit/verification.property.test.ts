import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DOCUMENT_TYPES,
  checkCode,
  checkIdTail,
  checkPhone,
  idTail,
  type FieldCheck,
} from '../../src/lib/verification';
import { copyableValue, type FieldKind } from '../../src/lib/verification/field';
import { extractSmsInfo } from '../../src/lib/verification/sms';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';
import { runs } from './runs';

/** The sentences of the codes (zh-CN). */
const ISSUES = dictionary('zh-CN').smsCheck.issues;

/** GB 11643 / ISO 7064 MOD 11-2, written here independently of the code under test. */
function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'.charAt(sum % 11);
}
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

const TODAY = new Date('2026-11-28T04:00:00Z');
const PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
];

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const ymd = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-27T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
const residentId = fc.tuple(fc.constantFrom(...PROVINCES), digits(4), ymd, digits(3)).map(([p, rest, birth, order]) => {
  const first17 = p + rest + birth + order;
  return first17 + idCheck(first17);
});

/** Anything a person might produce: printable graphemes, raw code points, and look-alike characters. */
const lookAlikes = fc.constantFrom(...'0123456789０１２３４５６７８９xXｘ（）() -－—\u3000\u00a0\u200b+＋86号码');
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: lookAlikes, maxLength: 30 }),
);

const CHECKS: [FieldKind, (s: string) => FieldCheck][] = [
  ['code', checkCode],
  ['phone', checkPhone],
  ['tail', checkIdTail],
];

function validShape(r: FieldCheck) {
  expect(typeof r.ok).toBe('boolean');
  expect(typeof r.value).toBe('string');
  expect(Array.isArray(r.errors)).toBe(true);
  expect(Array.isArray(r.warnings)).toBe(true);
  expect(r.ok).toBe(r.errors.length === 0);
  for (const i of [...r.errors, ...r.warnings]) {
    // every issue has a sentence, and every placeholder of it is filled
    expect(Object.keys(ISSUES)).toContain(i.code);
    const said = say(ISSUES, i);
    expect(said).toMatch(/[\u4e00-\u9fff]/);
    expect(said).not.toMatch(/\{\w+\}/);
  }
}

describe('never throws, always a valid result', () => {
  test('field checks on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const [kind, check] of CHECKS) {
          const r = check(s);
          validShape(r);
          const copy = copyableValue(kind, r);
          if (copy !== null) expect(check(copy).ok).toBe(true);
        }
      }),
      { numRuns: runs(500) },
    );
  });
  test('idTail for every document type on arbitrary text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_TYPES.map((d) => d.value)), anyText, (type, s) => {
        validShape(idTail(type, s, { today: TODAY }));
      }),
      { numRuns: runs(500) },
    );
  });
  test('extractSmsInfo on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = extractSmsInfo(s);
        expect(r.code === null || /^\d{6}$/.test(r.code)).toBe(true);
        expect(typeof r.fromMiit).toBe('boolean');
        for (const n of r.notes) expect(say(ISSUES, n)).not.toMatch(/\{\w+\}|^$/);
      }),
    );
  });
  // How long these take is measured by the bench (npm run bench -- --verification-only), not asserted here.
  test('100 KB strings give well-formed results', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 25_000, maxLength: 30_000 }),
          fc.string({ unit: 'binary', minLength: 25_000, maxLength: 30_000 }),
          fc.string({ unit: lookAlikes, minLength: 100_000, maxLength: 100_000 }),
        ),
        (s) => {
          const big = s.length >= 100_000 ? s : s.repeat(Math.ceil(100_000 / Math.max(1, s.length))).slice(0, 100_000);
          for (const [, check] of CHECKS) validShape(check(big));
          for (const d of DOCUMENT_TYPES) validShape(idTail(d.value, big));
          extractSmsInfo(big);
        },
      ),
      { numRuns: runs(10) },
    );
  }, 30_000);
  test('a pathological 100 KB run of look-alikes before an SMS label gives a well-formed result', () => {
    const s = '验证码' + ' '.repeat(100_000) + '123456';
    extractSmsInfo(s);
    validShape(checkCode(s));
  });
});

describe('results are stable', () => {
  test('an ok value checks ok again and is unchanged', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const [, check] of CHECKS) {
          const r = check(s);
          if (r.ok) expect(check(r.value)).toMatchObject({ ok: true, value: r.value });
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('corrected values', () => {
  const decorate = (s: string, fullWidth: boolean, sep: string) =>
    [...s]
      .map((ch, i) => (fullWidth ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch) + (i % 4 === 3 ? sep : ''))
      .join('');
  test('codes typed with full-width digits, spaces or dashes come back as the 6 digits', () => {
    fc.assert(
      fc.property(digits(6), fc.boolean(), fc.constantFrom('', ' ', '-', '\u3000', '\u00a0'), (code, fw, sep) => {
        const r = checkCode(decorate(code, fw, sep));
        expect(r.value).toBe(code);
        expect(r.ok).toBe(!fw && sep === '');
      }),
    );
  });
  test('phones with +86/0086/86, spaces, dashes, full-width digits come back as the 11 digits', () => {
    const phone = fc.tuple(fc.constantFrom(...'3456789'), digits(9)).map(([d, rest]) => '1' + d + rest);
    fc.assert(
      fc.property(
        phone,
        fc.constantFrom('', '+86', '+86 ', '0086', '86', '＋８６'),
        fc.boolean(),
        fc.constantFrom('', ' ', '-'),
        (p, prefix, fw, sep) => {
          const r = checkPhone(prefix + decorate(p, fw, sep));
          expect(r.value).toBe(p);
          expect(r.ok).toBe(prefix === '' && !fw && sep === '');
          expect(r.warnings.length).toBe(['162', '165', '167', '170', '171'].includes(p.slice(0, 3)) ? 1 : 0);
        },
      ),
    );
  });
});

describe('generated resident IDs', () => {
  test('valid IDs are ok and their tail is their last six', () => {
    fc.assert(
      fc.property(residentId, fc.boolean(), (id, lower) => {
        const typed = lower ? id.toLowerCase() : id;
        const r = idTail('resident-id', typed, { today: TODAY });
        expect(r.ok).toBe(true);
        expect(r.value).toBe(id.slice(-6));
        expect(checkIdTail(r.value).ok).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
  test('any single changed character is caught', () => {
    fc.assert(
      fc.property(residentId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, pos, delta) => {
        const alphabet = '0123456789X';
        const i = alphabet.indexOf(id[pos]!);
        const replacement = alphabet[(i + delta) % 11]!;
        const typo = id.slice(0, pos) + replacement + id.slice(pos + 1);
        expect(idTail('resident-id', typo, { today: TODAY }).ok).toBe(false);
      }),
      { numRuns: runs(500) },
    );
  });
  test('swapping two different adjacent digits is caught', () => {
    fc.assert(
      fc.property(residentId, fc.integer({ min: 0, max: 15 }), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(idTail('resident-id', swapped, { today: TODAY }).ok).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('generated Hong Kong IDs', () => {
  test('valid numbers are ok; the tail keeps the brackets', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(letters, digits(6), fc.boolean(), (l, d, brackets) => {
        const check = hkCheck(l, d);
        const r = idTail('hk-id', brackets ? `${l}${d}(${check})` : `${l}${d}${check}`);
        expect(r.ok).toBe(true);
        expect(r.value).toBe(`${d.slice(3)}(${check})`);
        const wrong = check === '0' ? '1' : '0';
        expect(idTail('hk-id', `${l}${d}(${wrong})`).ok).toBe(false);
      }),
    );
  });
});
