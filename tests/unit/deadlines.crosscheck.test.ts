/**
 * Cross-check of our calendar against the npm package chinese-days 1.5.7, and a demonstration of its time-zone bug.
 *
 * chinese-days is always run in a child Node process with an explicit TZ, so this file gives the same answers
 * whatever zone the test runner itself runs in (vitest.config.ts runs the time-dependent unit files in four zones).
 *
 * Findings (chinese-days 1.5.7, checked for every day of 2024–2026):
 * - Its string API (`isWorkday('2026-03-07')`) parses the string as UTC midnight (`Date.UTC`) but then reads the day
 *   with *local* getters (`getDate`, `getDay`). East of UTC (Asia/Shanghai, Pacific/Kiritimati) and in UTC it is right.
 *   West of UTC (America/Los_Angeles) every day is read as the day before: its holiday table is built the same way, so
 *   holidays shift consistently and still match, but the weekday is the previous day's — Saturdays come out as
 *   working days (Friday) and Mondays as days off (Sunday). 273 of the 1,096 days of 2024–2026 are wrong there.
 * - Passed a `Date`, it uses the machine's local calendar day of that instant. A Beijing instant is therefore
 *   misread in any zone where the local date differs: in Los Angeles (again 273 wrong answers, even for Beijing
 *   noon), and even in UTC for instants between 00:00 and 08:00 Beijing time (Beijing midnight: 311 wrong answers).
 * - Its lunar/solar-term conversions (`getSolarDateFromLunar`, `getSolarTermDate`) answer one day early west of UTC
 *   (e.g. 端午 2020 → 06-24 instead of 06-25).
 * So the reference below is computed under TZ=Asia/Shanghai, with the string API. Our own code never uses local-time
 * getters and passes in all four zones.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { isWorkingDay } from '../../src/lib/deadlines';
import { dictionary } from '../../src/i18n';
import { festivalDates } from '../../src/lib/deadlines/calendar-data';
import { specialDay } from '../../src/lib/deadlines/calendar';
import { addDays } from '../../src/lib/deadlines/days';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Run `code` (CommonJS, `cd` = chinese-days) in a child Node with the given TZ; it must print one JSON value. */
function probe<T>(tz: string, code: string): T {
  const r = spawnSync(process.execPath, ['-e', `const cd = require('chinese-days');\n${code}`], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`probe under TZ=${tz} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

const DAYS: string[] = [];
for (let d = '2024-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) DAYS.push(d);

/** For each day: [string API, Date at Beijing midnight, Date at Beijing noon, getDayDetail(string).name]. */
type Row = [boolean, boolean, boolean, string];
const PROBE_DAYS = `
const out = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, days: {} };
for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2026, 11, 31); t += 864e5) {
  const d = new Date(t).toISOString().slice(0, 10);
  out.days[d] = [cd.isWorkday(d), cd.isWorkday(new Date(d + 'T00:00:00+08:00')), cd.isWorkday(new Date(d + 'T12:00:00+08:00')), cd.getDayDetail(d).name];
}
console.log(JSON.stringify(out));`;

describe('cross-check with chinese-days (run under TZ=Asia/Shanghai)', () => {
  const ref = probe<{ zone: string; days: Record<string, Row> }>('Asia/Shanghai', PROBE_DAYS);

  test('the child process really ran in Asia/Shanghai', () => {
    expect(ref.zone).toBe('Asia/Shanghai');
    expect(Object.keys(ref.days)).toHaveLength(1096);
  });

  test('isWorkingDay equals chinese-days isWorkday (string API) for every day of 2024–2026', () => {
    const differ = DAYS.filter((d) => isWorkingDay(d) !== ref.days[d]![0]);
    expect(differ).toEqual([]);
  });

  test('holiday names agree with chinese-days for every holiday and make-up day', () => {
    // chinese-days names look like "Spring Festival,春节,4"; ours are codes the dictionary names 春节, 清明节, 国庆节、中秋节 …
    const short: Record<string, string> = {
      元旦: '元旦',
      春节: '春节',
      清明: '清明节',
      劳动节: '劳动节',
      端午: '端午节',
      中秋: '中秋节',
      国庆节: '国庆节',
    };
    let n = 0;
    for (const d of DAYS) {
      const ours = specialDay(d);
      if (!ours) continue;
      const theirs = short[ref.days[d]![3].split(',')[1]!];
      expect(theirs, d).toBeDefined();
      expect(dictionary('zh-CN').deadlines.holidays[ours.name].split('、'), d).toContain(theirs);
      n++;
    }
    expect(n).toBe(28 + 28 + 33 + 8 + 5 + 6);
  });

  test('festival table 2020–2100 equals chinese-days lunar and solar-term dates', () => {
    const theirs = probe<Record<number, string[]>>(
      'Asia/Shanghai',
      `const o = {}; for (let y = 2020; y <= 2100; y++) o[y] = [
        cd.getSolarDateFromLunar(y + '-01-01').date, cd.getSolarDateFromLunar(y + '-05-05').date,
        cd.getSolarDateFromLunar(y + '-08-15').date, cd.getSolarTermDate(y, 4, 'pure_brightness')];
      console.log(JSON.stringify(o));`,
    );
    for (let y = 2020; y <= 2100; y++) {
      expect(
        festivalDates(y)!.map((md) => `${y}-${md}`),
        String(y),
      ).toEqual(theirs[y]);
    }
    // the three the issue names
    expect([festivalDates(2026)![0], festivalDates(2026)![2], festivalDates(2026)![1]]).toEqual([
      '02-17',
      '09-25',
      '06-19',
    ]);
  });
});

describe('chinese-days west of UTC (the bug the issue mentions)', () => {
  const ref = probe<{ zone: string; days: Record<string, Row> }>('Asia/Shanghai', PROBE_DAYS);
  const la = probe<{ zone: string; days: Record<string, Row> }>('America/Los_Angeles', PROBE_DAYS);
  const utc = probe<{ zone: string; days: Record<string, Row> }>('UTC', PROBE_DAYS);
  const kiri = probe<{ zone: string; days: Record<string, Row> }>('Pacific/Kiritimati', PROBE_DAYS);
  const wrong = (p: { days: Record<string, Row> }, i: 0 | 1 | 2) =>
    DAYS.filter((d) => p.days[d]![i] !== ref.days[d]![0]);

  test('under TZ=America/Los_Angeles a Date object gives wrong answers — and so does the string API', () => {
    expect(la.zone).toBe('America/Los_Angeles');
    // 2026-03-07 is an ordinary Saturday; 2026-03-09 an ordinary Monday.
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(la.days['2026-03-07']![2]).toBe(true); // Date for Beijing noon → read as Friday 03-06
    expect(la.days['2026-03-07']![0]).toBe(true); // even the string '2026-03-07' → read as Friday
    expect(la.days['2026-03-09']![0]).toBe(false); // Monday read as Sunday
    expect(wrong(la, 0)).toHaveLength(273);
    expect(wrong(la, 2)).toHaveLength(273);
  });

  test('under TZ=UTC the string API is right, a Date at Beijing midnight is not', () => {
    expect(wrong(utc, 0)).toEqual([]);
    expect(wrong(utc, 2)).toEqual([]);
    expect(wrong(utc, 1)).toHaveLength(311);
    expect(utc.days['2026-02-24']![1]).toBe(false); // Tuesday after 春节, read as 02-23 (a holiday)
  });

  test('east of UTC (Pacific/Kiritimati) everything is right', () => {
    expect(wrong(kiri, 0)).toEqual([]);
    expect(wrong(kiri, 1)).toEqual([]);
    expect(wrong(kiri, 2)).toEqual([]);
  });

  test('the lunar conversion also shifts west of UTC', () => {
    const dw = probe<string>(
      'America/Los_Angeles',
      `console.log(JSON.stringify(cd.getSolarDateFromLunar('2020-05-05').date));`,
    );
    expect(dw).toBe('2020-06-24');
    expect(festivalDates(2020)![1]).toBe('06-25');
  });
});
