/**
 * China's working-day calendar: official years from the State Council notices, statutory estimates for other years.
 * All functions take and return `'YYYY-MM-DD'` strings and never look at the machine's time zone.
 */
import { ESTIMATE_YEARS, OFFICIAL, festivalDates, type HolidayName } from './calendar-data';
import { addDays, dayNumber, fromDayNumber, weekday, yearOf } from './days';

/**
 * What a special day is: a holiday day (`off`) or a weekend day that is worked (`work`, 调休上班).
 *
 * @example
 * const d: SpecialDay = { kind: 'work', name: 'springFestival' }; // 2026-02-14, a 春节 make-up workday
 */
export interface SpecialDay {
  kind: 'off' | 'work';
  name: HolidayName;
}

/**
 * How much we know about a year:
 * - `official`: a State Council notice is in our data;
 * - `statutory`: no notice; the statutory holidays are counted, make-up days and 补假 are unknown;
 * - `weekends`: outside the festival table (before 2020, after 2100); only weekends are counted.
 *
 * @example
 * const s: YearStatus = yearStatus(2027); // 'statutory'
 */
export type YearStatus = 'official' | 'statutory' | 'weekends';

/**
 * Which estimate to use for a year without a notice:
 * - `statutory`: only the statutory holidays (what the law fixes);
 * - `usual`: the same, but 春节 laid out as recent notices lay it out (see {@link springFestivalPattern}).
 * Years with a notice are the same under both.
 *
 * @example
 * const b: Basis = 'usual';
 */
export type Basis = 'statutory' | 'usual';

const cache = new Map<string, Map<string, SpecialDay>>();

/**
 * The status of a year's data.
 *
 * @example
 * yearStatus(2026); // 'official'
 * yearStatus(2027); // 'statutory'
 * yearStatus(2040); // 'statutory' (estimated, lunar dates included)
 * yearStatus(2101); // 'weekends'
 */
export function yearStatus(year: number): YearStatus {
  if (OFFICIAL[year]) return 'official';
  return year >= ESTIMATE_YEARS.from && year <= ESTIMATE_YEARS.to ? 'statutory' : 'weekends';
}

/**
 * Whether a State Council notice for that year is in our data.
 *
 * @example
 * hasOfficialCalendar(2026); // true
 * hasOfficialCalendar(2027); // false — not announced in any source we hold
 */
export function hasOfficialCalendar(year: number): boolean {
  return yearStatus(year) === 'official';
}

/**
 * Years with an official calendar, ascending.
 *
 * @example
 * officialYears(); // [2024, 2025, 2026]
 */
export function officialYears(): number[] {
  return Object.keys(OFFICIAL)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Statutory holidays of a year without a notice, by the rules in force that year (《全国年节及纪念日放假办法》):
 * from 2025 — 元旦 1 day, 春节 4 days (除夕 and 正月初一至初三), 清明 1, 劳动节 2 (05-01, 05-02), 端午 1, 中秋 1,
 * 国庆 3 (10-01 to 10-03); 2014–2024 — the same but 春节 3 days (初一至初三) and 劳动节 1 day.
 * The law also says a holiday falling on a weekend is made up on a working day (补假), and each notice moves
 * weekends around (调休); neither can be known before the notice, so neither is counted.
 */
function statutoryDays(year: number, m: Map<string, SpecialDay>): void {
  const f = festivalDates(year)!;
  const y = year + '-';
  const put = (day: string, name: HolidayName) => {
    const had = m.get(day)?.name;
    // The only festivals that can fall on the same day are 国庆 and 中秋 (e.g. 2028-10-03).
    m.set(day, { kind: 'off', name: had && had !== name ? 'nationalDayMidAutumn' : name });
  };
  const newRules = year >= 2025;
  put(y + '01-01', 'newYear');
  const chunjie = y + f[0];
  for (let i = newRules ? -1 : 0; i <= 2; i++) put(addDays(chunjie, i), 'springFestival');
  put(y + f[3], 'qingming');
  put(y + '05-01', 'labourDay');
  if (newRules) put(y + '05-02', 'labourDay');
  put(y + f[1], 'dragonBoat');
  for (let i = 1; i <= 3; i++) put(y + '10-0' + i, 'nationalDay');
  put(y + f[2], 'midAutumn');
}

const isWeekend = (n: number) => {
  const w = weekday(fromDayNumber(n));
  return w === 0 || w === 6;
};

/**
 * 春节 as the notices under the 2025 rules lay it out, for a year from 2025 on (`undefined` before, or outside the
 * festival table): eight days off from 除夕 to 初七, and weekend days worked to pay for the days beyond the four
 * statutory ones (a statutory day on a weekend is made up, 补假) — the first on the weekend before the break, the
 * other on the weekend after it, each away from any weekend that joins the break. This gives 2025 exactly
 * (01-28 → 02-04, 01-26 and 02-08 worked) and 2026 within a day (02-16 → 02-23, 02-08 and 02-28 worked; the notice
 * also gave 02-15 off and had 02-14 worked instead of 02-08). A pattern, not a prediction: the notice decides.
 *
 * @example
 * springFestivalPattern(2027); // { off: ['2027-02-05', '2027-02-12'], work: ['2027-01-31', '2027-02-20'] }
 * springFestivalPattern(2024); // undefined (3 statutory days then)
 */
export function springFestivalPattern(year: number): { off: [string, string]; work: string[] } | undefined {
  const f = year >= 2025 ? festivalDates(year) : undefined;
  if (!f) return undefined;
  const eve = dayNumber(addDays(`${year}-${f[0]}`, -1));
  let lost = 0;
  for (let n = eve; n <= eve + 7; n++) if (!isWeekend(n)) lost++;
  let from = eve;
  let to = eve + 7;
  while (isWeekend(from - 1)) from--;
  while (isWeekend(to + 1)) to++;
  const work: number[] = [];
  if (lost - 4 >= 2) {
    let n = from - 1;
    while (!isWeekend(n)) n--;
    work.push(n);
  }
  if (lost - 4 >= 1) {
    let n = to + 1;
    while (!isWeekend(n)) n++;
    work.push(n);
  }
  return { off: [fromDayNumber(eve), fromDayNumber(eve + 7)], work: work.map(fromDayNumber) };
}

function specialDaysOf(year: number, basis: Basis): Map<string, SpecialDay> {
  const pattern = basis === 'usual' && yearStatus(year) === 'statutory' ? springFestivalPattern(year) : undefined;
  const key = pattern ? `${year}u` : String(year);
  let m = cache.get(key);
  if (m) return m;
  m = new Map();
  const official = OFFICIAL[year];
  if (official) {
    for (const [name, from, to] of official.off) {
      for (let n = dayNumber(year + '-' + from); n <= dayNumber(year + '-' + to); n++) {
        m.set(fromDayNumber(n), { kind: 'off', name });
      }
    }
    for (const [name, d] of official.work) m.set(year + '-' + d, { kind: 'work', name });
  } else if (yearStatus(year) === 'statutory') {
    statutoryDays(year, m);
    if (pattern) {
      for (let n = dayNumber(pattern.off[0]); n <= dayNumber(pattern.off[1]); n++) {
        m.set(fromDayNumber(n), { kind: 'off', name: 'springFestival' });
      }
      for (const d of pattern.work) m.set(d, { kind: 'work', name: 'springFestival' });
    }
  }
  cache.set(key, m);
  return m;
}

/**
 * The holiday or make-up-workday entry of a day, or `undefined` for an ordinary weekday/weekend.
 * Throws a `RangeError` for a string that is not a real `'YYYY-MM-DD'` day.
 *
 * `basis` picks the estimate for a year without a notice ({@link Basis}; `statutory` by default).
 *
 * @example
 * specialDay('2026-02-17'); // { kind: 'off', name: 'springFestival' }
 * specialDay('2026-02-14'); // { kind: 'work', name: 'springFestival' }
 * specialDay('2026-03-02'); // undefined
 * specialDay('2027-02-20', 'usual'); // { kind: 'work', name: 'springFestival' }
 */
export function specialDay(day: string, basis: Basis = 'statutory'): SpecialDay | undefined {
  dayNumber(day); // validates
  return specialDaysOf(yearOf(day), basis).get(day);
}

function working(day: string, basis: Basis): boolean {
  const s = specialDay(day, basis);
  if (s) return s.kind === 'work';
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

/**
 * Whether a day is a working day in China's official calendar: Monday–Friday unless a holiday, plus the make-up
 * Saturdays/Sundays. For a year without a notice this is an estimate (see {@link yearStatus}) on the statutory
 * holidays; {@link addWorkingDays} can count on the `usual` {@link Basis} too.
 * Throws a `RangeError` for a string that is not a real `'YYYY-MM-DD'` day; the UI validates first.
 *
 * @example
 * isWorkingDay('2026-02-14'); // true  (Saturday, 调休上班)
 * isWorkingDay('2026-02-23'); // false (Monday, 春节)
 * isWorkingDay('2026-03-07'); // false (Saturday)
 */
export function isWorkingDay(day: string): boolean {
  return working(day, 'statutory');
}

/** The largest |n| addWorkingDays accepts. */
export const MAX_WORKING_DAYS = 100_000;

/**
 * The n-th working day after `day` (n > 0), or before it (n < 0), on the given {@link Basis}. `day` itself is
 * never counted.
 * `n = 0` returns `day` unchanged, whether or not it is a working day ("zero working days later" is the same day);
 * with this rule `addWorkingDays(addWorkingDays(d, a), b) === addWorkingDays(d, a + b)` for all a, b ≥ 0.
 * Throws a `RangeError` for a malformed day, a non-integer `n`, or |n| > 100 000 (about 400 years: the count is
 * linear in `n`, so the bound keeps every call fast).
 *
 * @example
 * addWorkingDays('2026-09-18', 1);  // '2026-09-20' (Sunday, 调休上班)
 * addWorkingDays('2026-09-18', 20); // '2026-10-22'
 * addWorkingDays('2026-02-21', 0);  // '2026-02-21'
 * addWorkingDays('2027-02-04', 1, 'usual'); // '2027-02-15' (春节 as recent notices lay it out)
 */
export function addWorkingDays(day: string, n: number, basis: Basis = 'statutory'): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  if (Math.abs(n) > MAX_WORKING_DAYS) throw new RangeError(`|n| must be at most ${MAX_WORKING_DAYS}, got ${n}`);
  let d = dayNumber(day);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
    d += step;
    if (working(fromDayNumber(d), basis)) left--;
  }
  return fromDayNumber(d);
}

/**
 * Whether some day from `from` to `to` (inclusive) lies in a year without an official notice.
 *
 * @example
 * spansEstimate('2026-12-20', '2027-01-20'); // true
 */
export function spansEstimate(from: string, to: string): boolean {
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!hasOfficialCalendar(y)) return true;
  return false;
}

/**
 * Working days the 管局 has by law: 《非经营性互联网信息服务备案管理办法》（信息产业部令第33号）第十二条, 20 working days
 * once the material is complete. A province may take longer in practice (浙江: 30 per its 接入商); the per-province
 * figures live in src/lib/provinces.
 *
 * @example
 * REVIEW_DAYS_BY_LAW; // 20
 */
export const REVIEW_DAYS_BY_LAW = 20;

/**
 * The 管局 review window after a submission day: the first working day after it and the `maxDays`-th
 * (default {@link REVIEW_DAYS_BY_LAW}; a province's own limit from src/lib/provinces). The submission day itself is
 * not counted. `estimated` is true when any day after the submission up to `last` lies in a year without a notice.
 * `last` counts the statutory holidays only; where 春节 of such a year, laid out as recent notices lay it out
 * ({@link springFestivalPattern}), gives another day, that day is `lastLikely`: the end is then a range, and
 * `lastLikely` its more likely end (every notice under the 2025 rules made 春节 an 8–9-day break).
 * Throws a `RangeError` for a malformed day or a `maxDays` that is not a positive integer.
 *
 * @example
 * reviewWindow('2026-09-18');      // { first: '2026-09-20', last: '2026-10-22', estimated: false }
 * reviewWindow('2026-12-20').estimated; // true (the window reaches into 2027)
 * reviewWindow('2027-01-20');      // { first: '2027-01-21', last: '2027-02-19', estimated: true, lastLikely: '2027-02-23' }
 */
export function reviewWindow(
  submittedOn: string,
  maxDays = REVIEW_DAYS_BY_LAW,
): { first: string; last: string; estimated: boolean; lastLikely?: string } {
  if (!Number.isInteger(maxDays) || maxDays < 1)
    throw new RangeError(`maxDays must be a positive integer, got ${maxDays}`);
  const first = addWorkingDays(submittedOn, 1);
  const last = addWorkingDays(submittedOn, maxDays);
  const window = { first, last, estimated: spansEstimate(addDays(submittedOn, 1), last) };
  const likely = window.estimated ? addWorkingDays(submittedOn, maxDays, 'usual') : last;
  return likely === last ? window : { ...window, lastLikely: likely };
}

/**
 * A run of consecutive holiday days, or of make-up workdays, with the same name.
 *
 * @example
 * const s: HolidaySpan = { kind: 'off', name: 'nationalDay', from: '2026-10-01', to: '2026-10-07', days: 7, estimated: false };
 */
export interface HolidaySpan {
  kind: 'off' | 'work';
  name: HolidayName;
  from: string;
  to: string;
  /** Number of days in the run. */
  days: number;
  /** True when the run lies in a year without a notice (an estimate). */
  estimated: boolean;
}

/**
 * The holidays (with names) and make-up workdays from `from` to `to`, inclusive, grouped into runs.
 * Ordinary weekends are not listed. Returns `[]` when `to` is before `from`; throws a `RangeError` for a malformed day
 * or a range longer than 100 years (the walk is day by day).
 *
 * @example
 * holidaysBetween('2026-02-10', '2026-03-01');
 * // [{ kind: 'work', name: 'springFestival', from: '2026-02-14', to: '2026-02-14', days: 1, estimated: false },
 * //  { kind: 'off',  name: 'springFestival', from: '2026-02-15', to: '2026-02-23', days: 9, estimated: false },
 * //  { kind: 'work', name: 'springFestival', from: '2026-02-28', to: '2026-02-28', days: 1, estimated: false }]
 */
export function holidaysBetween(from: string, to: string): HolidaySpan[] {
  const out: HolidaySpan[] = [];
  const end = dayNumber(to);
  if (end - dayNumber(from) > 36_525) throw new RangeError(`range longer than 100 years: ${from} to ${to}`);
  let last: HolidaySpan | undefined;
  for (let n = dayNumber(from); n <= end; n++) {
    const day = fromDayNumber(n);
    const s = specialDay(day);
    if (!s) {
      last = undefined;
      continue;
    }
    if (last && last.kind === s.kind && last.name === s.name && yearOf(last.to) === yearOf(day)) {
      last.to = day;
      last.days++;
    } else {
      last = { kind: s.kind, name: s.name, from: day, to: day, days: 1, estimated: !hasOfficialCalendar(yearOf(day)) };
      out.push(last);
    }
  }
  return out;
}

/**
 * Like {@link holidaysBetween}, but each run that touches the range is given whole: a holiday that began before
 * `from` (国庆 when the review starts the day after a submission on 10-01) or goes on after `to` is listed with its
 * real first and last day and length, so that it reads as the holiday it is. Which days count as working days does
 * not change. Throws a `RangeError` as holidaysBetween does.
 *
 * @example
 * holidaysAround('2026-10-03', '2026-10-05');
 * // [{ kind: 'off', name: 'nationalDay', from: '2026-10-01', to: '2026-10-07', days: 7, estimated: false }]
 */
export function holidaysAround(from: string, to: string): HolidaySpan[] {
  const spans = holidaysBetween(from, to);
  const same = (run: HolidaySpan, day: string, year: number) => {
    const s = specialDay(day);
    return s != null && s.kind === run.kind && s.name === run.name && yearOf(day) === year;
  };
  const first = spans[0];
  if (first && first.from === from) {
    // A run is at most a few weeks long; the bound only keeps the walk finite.
    for (let k = 0, n = dayNumber(from) - 1; k < 60 && same(first, fromDayNumber(n), yearOf(first.from)); k++, n--) {
      first.from = fromDayNumber(n);
      first.days++;
    }
  }
  const last = spans[spans.length - 1];
  if (last && last.to === to) {
    for (let k = 0, n = dayNumber(to) + 1; k < 60 && same(last, fromDayNumber(n), yearOf(last.to)); k++, n++) {
      last.to = fromDayNumber(n);
      last.days++;
    }
  }
  return spans;
}
