/**
 * The third independent tester: submitting on 2026-10-01 listed 国庆节 from 10-02 ("共 6 天"), the part after the
 * submission day. A holiday run is shown whole; the count of working days does not change.
 */
import { describe, expect, test } from 'vitest';
import { holidaysAround, holidaysBetween, reviewWindow } from '../../src/lib/deadlines/calendar';

describe('holidaysAround: the runs that touch a range, each whole', () => {
  test('国庆 2026 seen from 10-02: 10-01 to 10-07, 7 days', () => {
    const spans = holidaysAround('2026-10-02', '2026-11-03');
    expect(spans[0]).toEqual({
      kind: 'off',
      name: 'nationalDay',
      from: '2026-10-01',
      to: '2026-10-07',
      days: 7,
      estimated: false,
    });
  });

  test('a run that goes on after the range is whole too; a range with whole runs is what holidaysBetween gives', () => {
    expect(holidaysAround('2026-09-20', '2026-10-03').at(-1)).toMatchObject({ from: '2026-10-01', to: '2026-10-07' });
    expect(holidaysAround('2026-09-18', '2026-10-22')).toEqual(holidaysBetween('2026-09-18', '2026-10-22'));
    expect(holidaysAround('2026-10-10', '2026-10-09')).toEqual([]);
  });

  test('the @example, and the working days are counted as before', () => {
    expect(holidaysAround('2026-10-03', '2026-10-05')).toEqual([
      { kind: 'off', name: 'nationalDay', from: '2026-10-01', to: '2026-10-07', days: 7, estimated: false },
    ]);
    expect(reviewWindow('2026-10-01', 20).last).toBe('2026-11-03');
  });
});
