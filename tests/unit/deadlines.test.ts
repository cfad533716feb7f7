import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  hasOfficialCalendar,
  isWorkingDay,
  reviewWindow,
  smsDeadline,
} from '../../src/lib/deadlines/index';
import { beijingParts, todayInBeijing, toBeijingInputValue } from '../../src/lib/deadlines/beijing';
import { timeLeft } from '../../src/lib/deadlines/sms-window';
import {
  localTime,
  parseBeijingDateTime,
  parseZonedDateTime,
  toZonedInputValue,
  zoneOffsetMinutes,
} from '../../src/lib/deadlines/zone';
import { holidaysBetween, officialYears, specialDay, yearStatus } from '../../src/lib/deadlines/calendar';
import { NOTICES } from '../../src/lib/deadlines/calendar-data';
import { addDays, weekday } from '../../src/lib/deadlines/days';
import { syncWindow } from '../../src/lib/deadlines/sync';
import { validateDateTime, validateDay, validateOrder, type Checked } from '../../src/lib/deadlines/validate';
import { calendarGaps } from '../../src/lib/deadlines/coverage';
import { gapMessage } from '../../src/integrations/calendar-check';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';
import { beijingText, dayText, partsText } from '../../src/components/deadlines/format';
import { durationText } from '../../src/components/deadlines/countdown';

// src/lib gives parts and codes; the zh-CN dictionary writes them out (as the islands do).
const zh = dictionary('zh-CN').deadlines;
const formatBeijing = (d: Date) => beijingText(zh.common, d);
const formatDay = (d: string) => dayText(zh.common, d);
const formatDuration = (ms: number) => durationText(zh.common, ms);

// The facts (../shared/facts/icp-facts.md §4), typed in again here so the data file is checked against them,
// not against itself.
const FACTS: Record<number, { off: string[]; work: string[] }> = {
  2024: {
    off: ['01-01', '02-10>02-17', '04-04>04-06', '05-01>05-05', '06-10', '09-15>09-17', '10-01>10-07'],
    work: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  2025: {
    off: ['01-01', '01-28>02-04', '04-04>04-06', '05-01>05-05', '05-31>06-02', '10-01>10-08'],
    work: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    off: ['01-01>01-03', '02-15>02-23', '04-04>04-06', '05-01>05-05', '06-19>06-21', '09-25>09-27', '10-01>10-07'],
    work: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

function expand(year: number, spec: string): string[] {
  const [a, b = a] = spec.split('>');
  const out: string[] = [];
  for (let d = `${year}-${a}`; d <= `${year}-${b}`; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('official calendar 2024–2026 (facts §4)', () => {
  for (const year of [2024, 2025, 2026]) {
    const off = new Set(FACTS[year]!.off.flatMap((s) => expand(year, s)));
    const work = new Set(FACTS[year]!.work.map((d) => `${year}-${d}`));

    test(`${year}: every holiday day is off, every make-up day is worked, every other day follows the weekend rule`, () => {
      let checked = 0;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        const expected = off.has(d) ? false : work.has(d) ? true : weekday(d) >= 1 && weekday(d) <= 5;
        expect(isWorkingDay(d), d).toBe(expected);
        checked++;
      }
      expect(checked).toBe(year === 2024 ? 366 : 365);
      for (const d of work) expect([0, 6], `${d} is a weekend day`).toContain(weekday(d));
    });

    test(`${year}: has an official calendar, with a notice on gov.cn`, () => {
      expect(hasOfficialCalendar(year)).toBe(true);
      expect(yearStatus(year)).toBe('official');
      const notice = NOTICES.find((n) => n.year === year)!;
      expect(notice.url).toMatch(/^https:\/\/www\.gov\.cn\/zhengce\/zhengceku\/\d{6}\/content_\d+\.htm$/);
      expect(notice.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    });
  }

  test('holiday counts per year match the notices (2024: 28 days off, 2025: 28, 2026: 33)', () => {
    const count = (y: number) =>
      holidaysBetween(`${y}-01-01`, `${y}-12-31`)
        .filter((s) => s.kind === 'off')
        .reduce((n, s) => n + s.days, 0);
    expect([count(2024), count(2025), count(2026)]).toEqual([28, 28, 33]);
  });

  test('names: 2026-09-25→27 is 中秋节, 2025-10-01→08 is 国庆节、中秋节, make-up days carry their holiday', () => {
    expect(specialDay('2026-09-25')).toEqual({ kind: 'off', name: 'midAutumn' });
    expect(specialDay('2026-09-27')).toEqual({ kind: 'off', name: 'midAutumn' });
    expect(specialDay('2025-10-06')).toEqual({ kind: 'off', name: 'nationalDayMidAutumn' });
    expect(zh.holidays[specialDay('2025-10-06')!.name]).toBe('国庆节、中秋节');
    expect(specialDay('2026-01-04')).toEqual({ kind: 'work', name: 'newYear' });
    expect(specialDay('2024-04-07')).toEqual({ kind: 'work', name: 'qingming' });
    expect(specialDay('2026-03-02')).toBeUndefined();
    expect(officialYears()).toEqual([2024, 2025, 2026]);
  });
});

describe('reviewWindow', () => {
  test('across 春节 2026: submitted Fri 02-13, first day is the make-up Saturday 02-14, last 03-19', () => {
    expect(reviewWindow('2026-02-13')).toEqual({ first: '2026-02-14', last: '2026-03-19', estimated: false });
  });

  test('across 春节 2025: submitted Fri 01-24, first is the make-up Sunday 01-26, last 02-27', () => {
    expect(reviewWindow('2025-01-24')).toEqual({ first: '2025-01-26', last: '2025-02-27', estimated: false });
  });

  test('across 中秋 and 国庆 2026: submitted 09-18, first 09-20 (Sunday, 调休), last 10-22; 浙江 30 → 11-05', () => {
    expect(reviewWindow('2026-09-18')).toEqual({ first: '2026-09-20', last: '2026-10-22', estimated: false });
    expect(reviewWindow('2026-09-18', 30)).toEqual({ first: '2026-09-20', last: '2026-11-05', estimated: false });
    const spans = holidaysBetween('2026-09-19', '2026-10-22');
    expect(spans.map((s) => [s.kind, s.name, s.from, s.to, s.days])).toEqual([
      ['work', 'nationalDay', '2026-09-20', '2026-09-20', 1],
      ['off', 'midAutumn', '2026-09-25', '2026-09-27', 3],
      ['off', 'nationalDay', '2026-10-01', '2026-10-07', 7],
      ['work', 'nationalDay', '2026-10-10', '2026-10-10', 1],
    ]);
  });

  test('turn of the year 2024→2025 and 2025→2026 (both official)', () => {
    expect(reviewWindow('2024-12-20')).toEqual({ first: '2024-12-23', last: '2025-01-20', estimated: false });
    // 2026-01-04 (Sunday) is a make-up day for 元旦 and counts.
    expect(reviewWindow('2025-12-25')).toEqual({ first: '2025-12-26', last: '2026-01-23', estimated: false });
  });

  test('turn of the year 2026→2027: estimated, because 2027 has no notice in our data', () => {
    expect(reviewWindow('2026-12-25')).toEqual({ first: '2026-12-28', last: '2027-01-25', estimated: true });
  });

  test('estimated is true exactly when a day of the window lies in a year without a notice', () => {
    expect(reviewWindow('2026-12-03')).toEqual({ first: '2026-12-04', last: '2026-12-31', estimated: false });
    expect(reviewWindow('2026-12-04')).toEqual({ first: '2026-12-07', last: '2027-01-04', estimated: true });
    // submitted on New Year's Eve: every counted day is in 2027.
    expect(reviewWindow('2026-12-31').estimated).toBe(true);
    // before 2024 there is no notice in our data either
    expect(reviewWindow('2023-06-01').estimated).toBe(true);
  });

  test('first ≤ last, both working days, maxDays = 1 gives first = last', () => {
    const w = reviewWindow('2026-02-20', 1);
    expect(w.first).toBe(w.last);
    expect(w.first).toBe('2026-02-24');
  });

  test('throws a clear error for a malformed day or maxDays', () => {
    expect(() => reviewWindow('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => reviewWindow('2026-02-10', 0)).toThrow(/maxDays/);
    expect(() => isWorkingDay('2026/02/10')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  test('n = 0 returns the day itself, even on a holiday (documented identity)', () => {
    expect(addWorkingDays('2026-02-21', 0)).toBe('2026-02-21');
    expect(addWorkingDays('2026-02-24', 0)).toBe('2026-02-24');
  });

  test('counts strictly after the day; negative n counts back', () => {
    expect(addWorkingDays('2026-02-24', 1)).toBe('2026-02-25');
    expect(addWorkingDays('2026-02-24', -1)).toBe('2026-02-14'); // back over 春节 to the make-up Saturday
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(() => addWorkingDays('2026-02-24', 1.5)).toThrow(RangeError);
  });
});

describe('estimated years (no notice)', () => {
  test('2027: statutory holidays by the 2025 rules, weekends off, no make-up days', () => {
    expect(hasOfficialCalendar(2027)).toBe(false);
    expect(yearStatus(2027)).toBe('statutory');
    // 春节 2027: 除夕 02-05 (Fri) and 正月初一–初三 02-06→02-08
    expect(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'].map(isWorkingDay)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isWorkingDay('2027-02-09')).toBe(true);
    expect(specialDay('2027-02-05')).toEqual({ kind: 'off', name: 'springFestival' });
    expect(isWorkingDay('2027-01-01')).toBe(false); // 元旦, Friday
    expect(isWorkingDay('2027-04-05')).toBe(false); // 清明, Monday
    expect(isWorkingDay('2027-06-09')).toBe(false); // 端午, Wednesday
    expect(isWorkingDay('2027-09-15')).toBe(false); // 中秋, Wednesday
    expect(['2027-10-01', '2027-10-04'].map(isWorkingDay)).toEqual([false, true]); // 国庆 10-01→03 only
    // 劳动节 05-01/05-02 fall on a weekend: 补假 is up to the notice, so 05-03 counts as a working day in the estimate
    expect(isWorkingDay('2027-05-03')).toBe(true);
    const spans = holidaysBetween('2027-01-01', '2027-12-31');
    expect(spans.every((s) => s.kind === 'off' && s.estimated)).toBe(true);
    expect(spans.reduce((n, s) => n + s.days, 0)).toBe(13);
  });

  test('2028-10-03 is both 国庆 and 中秋', () => {
    expect(specialDay('2028-10-03')).toEqual({ kind: 'off', name: 'nationalDayMidAutumn' });
  });

  test('2021: the rules then in force (春节 初一–初三 only, 劳动节 1 day)', () => {
    expect(yearStatus(2021)).toBe('statutory');
    expect(isWorkingDay('2021-02-11')).toBe(true); // 除夕 was not a statutory holiday before 2025
    expect(isWorkingDay('2021-02-12')).toBe(false);
    expect(specialDay('2021-05-02')).toBeUndefined();
  });

  test('outside the estimated years (before 2020, after 2100): weekends only', () => {
    expect(yearStatus(2101)).toBe('weekends');
    expect(yearStatus(2019)).toBe('weekends');
    expect(isWorkingDay('2101-01-03')).toBe(true); // a Monday; no 元旦 counted
    expect(isWorkingDay('2101-01-01')).toBe(false); // Saturday
    expect(holidaysBetween('2101-01-01', '2101-12-31')).toEqual([]);
    expect(reviewWindow('2101-03-02').estimated).toBe(true);
  });
});

describe('instants in Beijing time', () => {
  test('SMS deadline is 24 h later, across midnight', () => {
    const r = parseBeijingDateTime('2026-11-28T23:30');
    expect(r.toISOString()).toBe('2026-11-28T15:30:00.000Z');
    expect(formatBeijing(smsDeadline(r))).toBe('2026年11月29日（周日）23:30');
  });

  test('SMS deadline across the year end: 2026-12-31 20:00 → 2027-01-01 20:00 (+08:00)', () => {
    const r = new Date('2026-12-31T20:00:00+08:00');
    expect(parseBeijingDateTime('2026-12-31T20:00').getTime()).toBe(r.getTime());
    const d = smsDeadline(r);
    expect(d.toISOString()).toBe('2027-01-01T12:00:00.000Z');
    expect(formatBeijing(d)).toBe('2027年1月1日（周五）20:00');
    expect(beijingParts(d)).toMatchObject({ year: 2027, month: 1, day: 1, hour: 20, minute: 0, date: '2027-01-01' });
    expect(toBeijingInputValue(d)).toBe('2027-01-01T20:00');
  });

  test('todayInBeijing switches at 16:00 UTC', () => {
    expect(todayInBeijing(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(todayInBeijing(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });

  test('parseBeijingDateTime refuses impossible values with a RangeError', () => {
    for (const bad of ['2026-02-30T10:00', '2026-12-31T24:00', '2026-12-31', '', 'now']) {
      expect(() => parseBeijingDateTime(bad), bad).toThrow(RangeError);
    }
    expect(parseBeijingDateTime('2026-12-31T20:00:30').toISOString()).toBe('2026-12-31T12:00:30.000Z');
  });

  test('timeLeft: urgent under 2 hours, passed at the deadline', () => {
    const deadline = new Date('2026-11-29T01:00:00Z');
    expect(timeLeft(deadline, new Date('2026-11-28T22:59:59Z'))).toMatchObject({ urgent: false, passed: false });
    expect(timeLeft(deadline, new Date('2026-11-28T23:00:01Z'))).toMatchObject({ urgent: true, passed: false });
    expect(timeLeft(deadline, deadline)).toMatchObject({ urgent: false, passed: true });
    expect(formatDuration(5_400_000)).toBe('1 小时 30 分 00 秒');
    expect(formatDuration(90_061_000)).toBe('1 天 1 小时 01 分 01 秒');
  });

  test('syncWindow: JD Cloud 30–60 min, Aliyun 24 h; nothing for Tencent (its figures are about the 管局 result, issue 22 item 17)', () => {
    const v = parseBeijingDateTime('2026-09-30T16:00');
    const w = syncWindow(v);
    expect(formatBeijing(w.jdcloud.from)).toBe('2026年9月30日（周三）16:30');
    expect(formatBeijing(w.jdcloud.to)).toBe('2026年9月30日（周三）17:00');
    expect(w.earliest).toEqual(w.jdcloud.from);
    expect(formatBeijing(w.latest)).toBe('2026年10月1日（周四）16:00');
    expect(w.aliyun).toEqual(w.latest);
    expect(Object.keys(w).sort()).toEqual(['aliyun', 'earliest', 'jdcloud', 'latest']);
  });

  test('localTime: shown for another offset, hidden for UTC+8 zones; DST-aware', () => {
    const d = new Date('2027-01-01T12:00:00Z');
    expect(localTime(d, 'America/Los_Angeles')).toMatchObject({
      zone: 'America/Los_Angeles',
      offset: 'UTC−8',
      parts: { year: 2027, month: 1, day: 1, hour: 4, minute: 0, weekday: 5, date: '2027-01-01' },
    });
    expect(partsText(zh.common, localTime(d, 'America/Los_Angeles')!.parts)).toBe('2027年1月1日（周五）04:00');
    expect(localTime(d, 'Asia/Shanghai')).toBeNull();
    expect(localTime(d, 'Asia/Taipei')).toBeNull();
    expect(localTime(d, 'Not/AZone')).toBeNull();
    expect(zoneOffsetMinutes(new Date('2026-07-01T00:00:00Z'), 'America/Los_Angeles')).toBe(-420);
    expect(localTime(d, 'Asia/Kolkata')?.offset).toBe('UTC+5:30');
    expect(partsText(zh.common, localTime(d, 'Pacific/Kiritimati')!.parts)).toBe('2027年1月2日（周六）02:00');
  });

  test('a time typed on the reader’s own clock (issue 21): the same instant whatever zone the machine is in', () => {
    const instant = '2026-12-31T12:00:00.000Z'; // 20:00 in Beijing
    expect(parseZonedDateTime('2026-12-31T04:00', 'America/Los_Angeles').toISOString()).toBe(instant);
    expect(parseZonedDateTime('2027-01-01T02:00', 'Pacific/Kiritimati').toISOString()).toBe(instant);
    expect(parseZonedDateTime('2026-12-31T20:00', 'Asia/Shanghai').toISOString()).toBe(instant);
    expect(toZonedInputValue(new Date(instant), 'America/Los_Angeles')).toBe('2026-12-31T04:00');
    expect(toZonedInputValue(new Date(instant), 'Pacific/Kiritimati')).toBe('2027-01-01T02:00');
    const typed = validateDateTime('２０２６－１２－３１　０４：００', 'America/Los_Angeles');
    expect(typed.ok && typed.value.toISOString()).toBe(instant);
    // daylight saving: a time that happens twice is read as the first, one that does not happen with the offset before
    expect(parseZonedDateTime('2026-11-01T01:30', 'America/Los_Angeles').toISOString()).toBe(
      '2026-11-01T08:30:00.000Z',
    );
    expect(parseZonedDateTime('2026-10-25T02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parseZonedDateTime('2026-03-08T02:30', 'America/Los_Angeles').toISOString()).toBe(
      '2026-03-08T10:30:00.000Z',
    );
    expect(() => parseZonedDateTime('2026-12-31T04:00', 'Not/AZone')).toThrow(RangeError);
    expect(validateDateTime('2026-12-31T04:00', 'Not/AZone')).toEqual({
      ok: false,
      error: { code: 'dateTime.format' },
    });
  });

  test('formatDay', () => {
    expect(formatDay('2026-02-14')).toBe('2026年2月14日（周六）');
  });
});

describe('validation (never throws; what is wrong as a code the dictionary words)', () => {
  const error = (r: Checked<unknown>) => (r.ok ? '' : say(zh.common.dateErrors, r.error));

  test('days', () => {
    expect(validateDay('2026-02-14')).toEqual({ ok: true, value: '2026-02-14', normalized: false });
    expect(validateDay('２０２６年２月１４日')).toEqual({ ok: true, value: '2026-02-14', normalized: true });
    expect(validateDay(' 2026/2/14 ')).toEqual({ ok: true, value: '2026-02-14', normalized: true });
    expect(validateDay('2026-02-30')).toEqual({
      ok: false,
      error: { code: 'date.day', params: { year: 2026, month: 2, max: 28, day: 30 } },
    });
    expect(error(validateDay('2026-02-30'))).toBe('2026 年 2 月只有 28 天，没有 30 日，请检查日期。');
    expect(validateDay('2028-02-29').ok).toBe(true);
    expect(validateDay('2026-13-01')).toEqual({ ok: false, error: { code: 'date.month', params: { month: 13 } } });
    expect(error(validateDay('2026-13-01'))).toBe('没有 13 月：月份应在 1 到 12 之间。');
    expect(validateDay('')).toEqual({ ok: false, error: { code: 'day.empty' } });
    expect(error(validateDay(undefined))).toBe('请填写日期，例如 2026-02-14。');
    expect(validateDay('明天')).toMatchObject({ ok: false, error: { code: 'day.format' } });
    expect(error(validateDay('明天'))).toContain('年-月-日');
    const years = { code: 'date.years', params: { from: 2020, to: 2099 } };
    expect(validateDay('1999-01-01')).toEqual({ ok: false, error: years });
    expect(validateDay('2100-01-01')).toEqual({ ok: false, error: years });
    expect(error(validateDay('2100-01-01'))).toContain('2020 年至 2099 年');
  });

  test('date-times (read as Beijing time)', () => {
    const ok = validateDateTime('2026-12-31T20:00');
    expect(ok.ok && ok.value.toISOString()).toBe('2026-12-31T12:00:00.000Z');
    const fw = validateDateTime('２０２６－１２－３１　２０：００');
    expect(fw.ok && fw.value.toISOString()).toBe('2026-12-31T12:00:00.000Z');
    expect(fw.ok && fw.normalized).toBe(true);
    expect(validateDateTime('2026-12-31')).toEqual({ ok: false, error: { code: 'dateTime.noTime' } });
    expect(error(validateDateTime('2026-12-31'))).toBe('请同时填写日期和时间，例如 2026-11-28 09:30。');
    expect(validateDateTime('')).toEqual({ ok: false, error: { code: 'dateTime.empty' } });
    expect(error(validateDateTime(''))).toContain('请填写日期和时间');
    expect(validateDateTime('2026-02-30T10:00')).toMatchObject({ ok: false, error: { code: 'date.day' } });
    expect(error(validateDateTime('2026-02-30T10:00'))).toContain('没有 30 日');
    expect(validateDateTime('2026-02-10T25:00')).toEqual({ ok: false, error: { code: 'dateTime.time' } });
    expect(error(validateDateTime('2026-02-10T25:00'))).toContain('小时应在 0 到 23');
  });

  test('end before start', () => {
    const a = parseBeijingDateTime('2026-11-28T10:00');
    const b = parseBeijingDateTime('2026-11-28T09:00');
    expect(validateOrder(a, b)).toEqual({ code: 'order.endBeforeStart' });
    expect(say(zh.sync.order, validateOrder(a, b)!)).toBe('核验完成时间早于收到短信的时间，请检查这两个时间。');
    expect(validateOrder(b, a)).toBeNull();
  });
});

test('the runtime really uses the zone TZ asks for (so the TZ projects of vitest.config.ts test what they claim)', () => {
  const tz = process.env.TZ;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (tz) expect(zone).toBe(tz === 'UTC' ? 'UTC' : tz);
  // Whatever the zone, a Beijing day starts at 16:00 UTC the day before.
  expect(parseBeijingDateTime('2027-01-01T00:00').toISOString()).toBe('2026-12-31T16:00:00.000Z');
});

describe('calendar coverage, seen from a given day (never from today: no test depends on the date it runs)', () => {
  test('calendarGaps: the example of its JSDoc', () => {
    expect(calendarGaps('2026-06-01')).toEqual([]);
    expect(calendarGaps('2026-11-28').map((g) => g.year)).toEqual([2027]);
  });

  test('a covered year with its successor unannounced asks for nothing before November', () => {
    expect(calendarGaps('2026-10-31')).toEqual([]);
    expect(calendarGaps('2025-12-31')).toEqual([]); // 2026 is covered
  });

  test('a current year without a notice is reported, with where to add it', () => {
    const gaps = calendarGaps('2027-01-01');
    expect(gaps).toEqual([{ year: 2027, when: 'thisYear' }]);
    expect(gapMessage(gaps[0]!)).toContain('src/lib/deadlines/calendar-data.ts');
    expect(gapMessage(gaps[0]!)).toContain('估算');
    expect(calendarGaps('2027-11-15').map((g) => g.year)).toEqual([2027, 2028]);
  });

  test('windows reaching a year without a notice are flagged as estimates, whatever year it is', () => {
    for (const year of [2024, 2025, 2026, 2027, 2030]) {
      expect(reviewWindow(`${year}-12-15`).estimated, String(year)).toBe(
        !hasOfficialCalendar(year + 1) || !hasOfficialCalendar(year),
      );
    }
  });
});
