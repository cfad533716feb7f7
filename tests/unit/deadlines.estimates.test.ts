/**
 * Issue 12 (期限计算): after the old lunar table ended (2035) the estimate skipped only weekends, so 2036-01-01 came
 * out as a working day. Every year the inputs accept now gets its statutory holidays, lunar dates included.
 */
import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  holidaysBetween,
  isWorkingDay,
  reviewWindow,
  springFestivalPattern,
  yearStatus,
} from '../../src/lib/deadlines/calendar';
import { OFFICIAL } from '../../src/lib/deadlines/calendar-data';
import { INPUT_YEARS, validateDay } from '../../src/lib/deadlines/validate';

describe('statutory estimates beyond 2035', () => {
  test('2036-01-01 (元旦) and 春节 2036 (正月初一 = 01-28) are days off, marked as estimates', () => {
    expect(isWorkingDay('2036-01-01')).toBe(false);
    expect(yearStatus(2036)).toBe('statutory');
    const spans = holidaysBetween('2036-01-01', '2036-02-05');
    expect(spans.map((s) => [s.name, s.from, s.to])).toEqual([
      ['newYear', '2036-01-01', '2036-01-01'],
      ['springFestival', '2036-01-27', '2036-01-30'],
    ]);
    expect(spans.every((s) => s.estimated)).toBe(true);
  });

  test('a review window submitted at the end of the last accepted year counts the next year’s holidays', () => {
    const last = `${INPUT_YEARS.to}-12-31`;
    expect(validateDay(last).ok).toBe(true);
    const w = reviewWindow(last, 30);
    expect(w.estimated).toBe(true);
    expect(isWorkingDay(`${INPUT_YEARS.to + 1}-01-01`)).toBe(false);
    // every day of the window lies in a year with statutory holidays, never in a weekends-only year
    for (let y = INPUT_YEARS.from; y <= +w.last.slice(0, 4); y++) expect(yearStatus(y), String(y)).not.toBe('weekends');
  });

  test('the inputs accept at least 2020–2060, with a clear message outside', () => {
    expect(INPUT_YEARS.from).toBe(2020);
    expect(INPUT_YEARS.to).toBeGreaterThanOrEqual(2060);
    expect(validateDay('2019-12-31')).toEqual({
      ok: false,
      error: { code: 'date.years', params: { from: 2020, to: INPUT_YEARS.to } },
    });
  });
});

/**
 * Issue 21: 春节 2027 was estimated as its four statutory days (02-05 → 02-08), while every notice under the 2025
 * rules made it an eight- or nine-day break with weekend days worked. Until the 2027 notice is in the data, a window
 * across it ends in a range: statutory days only, and the usual pattern (the more likely).
 */
describe('春节 in a year without a notice: a range, the usual pattern the more likely end', () => {
  test('the usual pattern reproduces 2025 exactly and 2026 within a day', () => {
    const official = (y: number) => {
      const o = OFFICIAL[y]!;
      const off = o.off.find(([n]) => n === 'springFestival')!;
      return {
        off: [`${y}-${off[1]}`, `${y}-${off[2]}`],
        work: o.work.filter(([n]) => n === 'springFestival').map(([, d]) => `${y}-${d}`),
      };
    };
    expect(springFestivalPattern(2025)).toEqual(official(2025));
    // 2026: the notice started the break a day earlier (Sunday 02-15) and had 02-14 worked instead of 02-08
    expect(springFestivalPattern(2026)).toEqual({
      off: ['2026-02-16', '2026-02-23'],
      work: ['2026-02-08', '2026-02-28'],
    });
    expect(official(2026)).toEqual({ off: ['2026-02-15', '2026-02-23'], work: ['2026-02-14', '2026-02-28'] });
    expect(springFestivalPattern(2024)).toBeUndefined(); // three statutory days then: no pattern of the 2025 rules
  });

  test('2027: 除夕 02-05 to 初七 02-12 off, Sunday 01-31 and Saturday 02-20 worked', () => {
    expect(springFestivalPattern(2027)).toEqual({
      off: ['2027-02-05', '2027-02-12'],
      work: ['2027-01-31', '2027-02-20'],
    });
    // the statutory estimate, unchanged: the four days only
    expect(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09'].map((d) => isWorkingDay(d))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(addWorkingDays('2027-02-04', 1)).toBe('2027-02-09');
    expect(addWorkingDays('2027-02-04', 1, 'usual')).toBe('2027-02-15');
    expect(addWorkingDays('2027-02-12', 6, 'usual')).toBe('2027-02-20'); // the make-up Saturday counts
  });

  test('a window across 春节 2027 ends in a range; the usual end (lastLikely) is the more likely', () => {
    expect(reviewWindow('2027-01-20')).toEqual({
      first: '2027-01-21',
      last: '2027-02-19',
      estimated: true,
      lastLikely: '2027-02-23',
    });
    expect(reviewWindow('2027-02-03').lastLikely).toBe('2027-03-10');
    // the make-up Sunday before the break can bring the end forward, before the break
    expect(reviewWindow('2027-01-10')).toMatchObject({ last: '2027-02-09', lastLikely: '2027-02-04' });
  });

  test('no range where 春节 of an unannounced year is not in the window, nor in an official year', () => {
    expect(reviewWindow('2026-12-25')).toEqual({ first: '2026-12-28', last: '2027-01-25', estimated: true });
    expect(reviewWindow('2026-02-13')).toEqual({ first: '2026-02-14', last: '2026-03-19', estimated: false });
    expect(reviewWindow('2027-06-01')).not.toHaveProperty('lastLikely');
  });
});
