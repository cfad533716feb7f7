/** Rules moved out of the 期限计算 island into src/lib (issue 14 part 2), and the new 公安联网备案 deadline. */
import { describe, expect, test } from 'vitest';
import { FUTURE_TOLERANCE_MS, SMS_VALID_HOURS, isInFuture, smsDeadline } from '../../src/lib/deadlines/sms-window';
import { REVIEW_DAYS_BY_LAW, reviewWindow } from '../../src/lib/deadlines/calendar';
import { festivalDates } from '../../src/lib/deadlines/calendar-data';
import { dayEvent, dayIcsFileName, smsIcsFileName } from '../../src/lib/deadlines/ics';
import { POLICE_FILING_DAYS, policeFilingDeadline } from '../../src/lib/deadlines/police';
import { syncWindow } from '../../src/lib/deadlines/sync';
import * as barrel from '../../src/lib/deadlines';

describe('deadline rules in src/lib', () => {
  test('the barrel exports the public API only', () => {
    expect(Object.keys(barrel).sort()).toEqual([
      'addWorkingDays',
      'hasOfficialCalendar',
      'isWorkingDay',
      'policeFilingDeadline',
      'reviewWindow',
      'smsDeadline',
    ]);
  });

  test('24 hours, and a minute of tolerance before a time counts as “in the future”', () => {
    expect(SMS_VALID_HOURS).toBe(24);
    expect(smsDeadline(new Date('2026-12-31T12:00:00Z')).toISOString()).toBe('2027-01-01T12:00:00.000Z');
    const now = new Date('2026-11-28T10:00:00Z');
    expect(FUTURE_TOLERANCE_MS).toBe(60_000);
    expect(isInFuture(new Date('2026-11-28T10:00:30Z'), now)).toBe(false);
    expect(isInFuture(new Date('2026-11-28T10:01:00Z'), now)).toBe(false);
    expect(isInFuture(new Date('2026-11-28T10:05:00Z'), now)).toBe(true);
  });

  test('review: 20 working days by law unless a province’s limit is passed', () => {
    expect(REVIEW_DAYS_BY_LAW).toBe(20);
    expect(reviewWindow('2026-09-18')).toEqual({ first: '2026-09-20', last: '2026-10-22', estimated: false });
    expect(reviewWindow('2026-09-18', 30).last).toBe('2026-11-05');
  });

  test('公安联网备案: 30 calendar days after going live, the live day not counted', () => {
    expect(POLICE_FILING_DAYS).toBe(30);
    expect(policeFilingDeadline('2026-09-18')).toEqual({ last: '2026-10-18', onRestDay: true });
    expect(policeFilingDeadline('2026-11-02')).toEqual({ last: '2026-12-02', onRestDay: false });
    expect(policeFilingDeadline('2026-12-15').last).toBe('2027-01-14');
    expect(() => policeFilingDeadline('2026-02-30')).toThrow(RangeError);
  });

  test('.ics file names and UIDs', () => {
    expect(smsIcsFileName(new Date('2027-01-01T12:00:00Z'))).toBe('icp-sms-deadline-202701012000.ics');
    expect(() => smsIcsFileName(new Date(NaN))).toThrow(RangeError);
    expect(dayIcsFileName('review-day20', '2026-10-22')).toBe('icp-review-day20-20261022.ics');
    expect(dayIcsFileName('police', '2026-10-18')).toBe('icp-police-20261018.ics');
    expect(() => dayIcsFileName('police', 'x')).toThrow(RangeError);
    expect(dayEvent('2026-10-22', 'a', '').uid).toBe('review-20261022@icp-beian-guide');
    expect(dayEvent('2026-10-18', 'a', '', 'police').uid).toBe('police-20261018@icp-beian-guide');
  });

  test('sync window and the packed festival table', () => {
    const w = syncWindow(new Date('2026-09-30T08:00:00Z'));
    expect(w.jdcloud.to.toISOString()).toBe('2026-09-30T09:00:00.000Z');
    expect(w.aliyun.toISOString()).toBe('2026-10-01T08:00:00.000Z');
    expect(festivalDates(2027)).toEqual(['02-06', '06-09', '09-15', '04-05']);
    expect(festivalDates(2036)).toEqual(['01-28', '05-30', '10-04', '04-04']);
    expect(festivalDates(2019)).toBeUndefined();
    expect(festivalDates(2101)).toBeUndefined();
  });
});
