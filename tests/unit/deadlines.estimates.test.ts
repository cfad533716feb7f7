/**
 * Issue 12 (期限计算): after the old lunar table ended (2035) the estimate skipped only weekends, so 2036-01-01 came
 * out as a working day. Every year the inputs accept now gets its statutory holidays, lunar dates included.
 */
import { describe, expect, test } from 'vitest';
import { holidaysBetween, isWorkingDay, reviewWindow, yearStatus } from '../../src/lib/deadlines/calendar';
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
