import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addWorkingDays, isWorkingDay, reviewWindow } from '../../src/lib/deadlines';
import { toBeijingInputValue } from '../../src/lib/deadlines/beijing';
import { smsDeadline } from '../../src/lib/deadlines/sms-window';
import { parseBeijingDateTime } from '../../src/lib/deadlines/zone';
import { addDays, dayNumber, fromDayNumber } from '../../src/lib/deadlines/days';
import { normalizeDateText, validateDateTime, validateDay, validateOrder } from '../../src/lib/deadlines/validate';
import { dictionary } from '../../src/i18n';

const zh = dictionary('zh-CN').deadlines;

/** Any day from 2015-01-01 to 2040-12-31: official, statutory-estimate and weekends-only years. */
const anyDay = fc.integer({ min: dayNumber('2015-01-01'), max: dayNumber('2040-12-31') }).map(fromDayNumber);

describe('addWorkingDays / reviewWindow properties', () => {
  test('strictly monotonic in n (n = 0 is the day itself, so this holds through 0 too)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 }), (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        if (lo === hi) expect(addWorkingDays(d, lo)).toBe(addWorkingDays(d, hi));
        else expect(addWorkingDays(d, lo) < addWorkingDays(d, hi)).toBe(true);
      }),
    );
  });

  test('monotonic in the start day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 40 }), (d, gap, n) => {
        expect(addWorkingDays(d, n) <= addWorkingDays(addDays(d, gap), n)).toBe(true);
      }),
    );
  });

  test('the result is always a working day (n ≠ 0), and strictly after/before the start', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0),
        (d, n) => {
          const r = addWorkingDays(d, n);
          expect(isWorkingDay(r)).toBe(true);
          expect(n > 0 ? r > d : r < d).toBe(true);
        },
      ),
    );
  });

  test('composition: addWorkingDays(addWorkingDays(d, a), b) = addWorkingDays(d, a + b) for a, b ≥ 0', () => {
    fc.assert(
      fc.property(anyDay, fc.nat(30), fc.nat(30), (d, a, b) => {
        expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
      }),
    );
  });

  test('reviewWindow: submitted < first ≤ last, both working days, exactly maxDays working days after submission', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 40 }), (d, max) => {
        const w = reviewWindow(d, max);
        expect(d < w.first && w.first <= w.last).toBe(true);
        expect(isWorkingDay(w.first) && isWorkingDay(w.last)).toBe(true);
        let count = 0;
        for (let x = addDays(d, 1); x <= w.last; x = addDays(x, 1)) if (isWorkingDay(x)) count++;
        expect(count).toBe(max);
        // estimated exactly when the counted days leave 2024–2026
        const official = (x: string) => x >= '2024-01-01' && x <= '2026-12-31';
        expect(w.estimated).toBe(!(official(addDays(d, 1)) && official(w.last)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('validation never throws', () => {
  test('on random strings and odd values', () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        '２０２６年２月３０日',
        '2026-02-29T10:00',
        '0000-00-00',
        '9999-12-31T23:59',
        '2026-1-1 ',
        '年月日',
        'T:',
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(input, (s) => {
        const d = validateDay(s);
        const t = validateDateTime(s);
        if (typeof s === 'string') normalizeDateText(s);
        for (const r of [d, t]) {
          if (r.ok) expect(r.value).toBeDefined();
          else expect(zh.common.dateErrors[r.error.code]).toMatch(/[\u4e00-\u9fff]/);
        }
        if (d.ok) expect(() => isWorkingDay(d.value)).not.toThrow();
        if (t.ok) expect(Number.isNaN(t.value.getTime())).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('valid days round-trip through validateDay, impossible ones are refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          const r = validateDay(s);
          expect(r.ok).toBe(real);
          if (r.ok) expect(r.value).toBe(s);
        },
      ),
    );
  });

  test('validateOrder is null exactly when end ≥ start', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const r = validateOrder(new Date(a), new Date(b));
        expect(r === null).toBe(b >= a);
      }),
    );
  });
});

describe('the Beijing clock', () => {
  test('the SMS deadline is exactly 24 h later; datetime-local values round-trip in Beijing time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          expect(smsDeadline(d).getTime() - d.getTime()).toBe(86_400_000);
          const minute = new Date(Math.floor(d.getTime() / 60_000) * 60_000);
          expect(parseBeijingDateTime(toBeijingInputValue(minute)).getTime()).toBe(minute.getTime());
        },
      ),
    );
  });
});
