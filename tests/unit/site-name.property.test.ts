/**
 * checkSiteName with random and hostile input: it returns, never throws, keeps its shape, and the one-pass matcher
 * finds exactly what a naive search for every word finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkSiteName } from '../../src/lib/site-name';
import { MAX_NAME } from '../../src/lib/site-name/check';
import { WORD_LISTS } from '../../src/lib/site-name/words-data';
import { dictionary } from '../../src/i18n';
import { sentence } from '../../src/components/site-name/sentence';
import { PROVINCES } from '../../src/lib/provinces';
import { Matcher, foldChar } from '../../src/lib/site-name/match';

const WORDS = [...new Set(WORD_LISTS.flatMap((l) => l.words))];
const hostile = fc.constantFrom(
  '',
  '\u3000',
  '中国'.repeat(50),
  '论坛'.repeat(50_000),
  'a.'.repeat(49) + 'com',
  'www.' + 'a-'.repeat(45),
  '\u0000\uFFFF\uD800中国',
  '😀'.repeat(50),
  '<script>alert(1)</script>',
  '網'.repeat(MAX_NAME),
);
const pieces = fc.oneof(
  fc.constantFrom(...WORDS, '中國', '論壇', '．', 'ｃｏｍ', '.com', ' ', '\u3000', '★', '😀', '小林', 'abc'),
  fc.string({ maxLength: 3 }),
);
const name = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')),
  hostile,
);
const subject = fc.constantFrom('personal', 'organisation') as fc.Arbitrary<'personal' | 'organisation'>;
const province = fc.option(fc.oneof(fc.constantFrom('浙江', '粤', '北京市', '香港'), fc.string({ maxLength: 8 })), {
  nil: undefined,
});

describe('checkSiteName under random input', () => {
  test('returns the verdict shape, never throws, value is trimmed, ok iff no errors, every finding has a sentence', () => {
    const copy = dictionary('zh-CN').siteName;
    fc.assert(
      fc.property(name, subject, province, (n, s, p) => {
        const r = checkSiteName(n, { subject: s, province: p });
        expect(typeof r.ok).toBe('boolean');
        expect(r.ok).toBe(r.errors.length === 0);
        expect(r.value).toBe(r.value.trim());
        expect(r.value.includes('\u3000')).toBe(false);
        for (const m of [...r.errors, ...r.warnings]) expect(sentence(copy, m).length).toBeGreaterThan(0);
        if (n.length <= MAX_NAME) expect(r.value).toBe(n.replace(/\u3000/g, '').trim());
      }),
      { numRuns: 400 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(name, subject, (n, s) => {
        expect(checkSiteName(n, { subject: s })).toEqual(checkSiteName(n, { subject: s }));
      }),
      { numRuns: 100 },
    );
  });

  test('the Aho-Corasick matcher agrees with a naive search for every word', () => {
    const m = new Matcher(WORDS.map((w) => [w, w] as const));
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')),
        (text) => {
          const chars = Array.from(text);
          const folded = chars.map(foldChar);
          const got = m
            .scan(folded, chars)
            .map((h) => h.word)
            .sort();
          const want: string[] = [];
          for (const w of WORDS) {
            const wc = Array.from(w);
            for (let i = 0; i + wc.length <= folded.length; i++)
              if (wc.every((c, j) => folded[i + j] === c)) want.push(w);
          }
          expect(got).toEqual(want.sort());
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a suggestion passes the check itself, with the same subject and province', () => {
    fc.assert(
      fc.property(name, subject, province, (n, s, p) => {
        const r = checkSiteName(n, { subject: s, province: p });
        if (r.suggestion === undefined) return;
        const again = checkSiteName(r.suggestion, { subject: s, province: p });
        expect([...again.errors, ...again.warnings], `${n} → ${r.suggestion}`).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Every string the site-name tests type (their string literals), as names to check. */
function namesInTests(): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const names = new Set<string>();
  for (const f of [
    'tests/unit/site-name.test.ts',
    'tests/component/site-name.test.tsx',
    'tests/e2e/site-name.spec.ts',
  ]) {
    for (const [, text] of readFileSync(join(root, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){1,60})'/g))
      names.add(JSON.parse(`"${text!.replace(/"/g, '\\"')}"`) as string);
  }
  return [...names];
}

describe('the suggestion of every name in the tests', () => {
  test('passes the check itself (same subject and province), in every province', () => {
    const names = namesInTests();
    expect(names.length).toBeGreaterThan(150);
    let offered = 0;
    for (const n of names) {
      for (const s of ['personal', 'organisation'] as const) {
        for (const p of [undefined, ...PROVINCES.map((x) => x.name)]) {
          const r = checkSiteName(n, { subject: s, province: p });
          if (r.suggestion === undefined) continue;
          offered++;
          const again = checkSiteName(r.suggestion, { subject: s, province: p });
          expect([...again.errors, ...again.warnings], `${n} → ${r.suggestion} (${s}, ${p})`).toEqual([]);
        }
      }
    }
    expect(offered).toBeGreaterThan(100);
    // About 13,000 checks: seconds when the machine is busy, never a wrong answer; the default 5 s is for small tests.
  }, 60_000);
});
