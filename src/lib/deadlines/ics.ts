/**
 * A tiny iCalendar (RFC 5545) writer for the deadlines: CRLF line endings, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, times in UTC (`…Z`), all-day events as `VALUE=DATE`.
 * Pure: the island fills the summary and description from the dictionary, and turns the string into a Blob for
 * download.
 */
import { toBeijingInputValue } from './beijing';
import { addDays } from './days';

/**
 * A timed event (e.g. the SMS deadline), optionally with a display alarm.
 *
 * @example
 * const e: IcsTimedEvent = { uid: 'a@b', start: new Date(0), end: new Date(3_600_000), summary: '截止', alarmMinutesBefore: 60 };
 */
export interface IcsTimedEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  /** Minutes before `start` for a display alarm. */
  alarmMinutesBefore?: number;
}

/**
 * An all-day event on a `'YYYY-MM-DD'` day (e.g. the last day of the review), optionally with a display alarm.
 *
 * @example
 * const e: IcsAllDayEvent = { uid: 'review-20261022@icp-beian-guide', date: '2026-10-22', summary: '管局审核最后一天', alarmAtMinutes: 540 };
 */
export interface IcsAllDayEvent {
  uid: string;
  date: string;
  summary: string;
  description?: string;
  /**
   * When a display alarm goes off, in minutes from the start of the day (the reader's midnight): 540 is 09:00 that
   * day, -3780 is 09:00 three days before.
   */
  alarmAtMinutes?: number;
}

/**
 * The alarms of the whole-day deadlines, in minutes from the start of the day: the last day of the 管局 review at
 * 09:00 that day (time to ask the provider if no result has come); the 公安联网备案 at 09:00 three days before (time
 * to file online, or to visit on a working day).
 *
 * @example
 * DAY_ALARMS.police; // -3780
 */
export const DAY_ALARMS = { review: 9 * 60, police: -3 * 24 * 60 + 9 * 60 } as const;

/**
 * A number of minutes as an iCalendar duration (RFC 5545 §3.3.6), negative before the start; whole minutes, and
 * `PT0M` for anything that is not a finite number.
 *
 * @example
 * icsDuration(540); // 'PT9H'
 * icsDuration(-3780); // '-P2DT15H'
 * icsDuration(90); // 'PT1H30M'
 */
export function icsDuration(minutes: number): string {
  const a = Number.isFinite(minutes) ? Math.round(Math.abs(minutes)) : 0;
  const d = Math.floor(a / 1440);
  const h = Math.floor(a / 60) % 24;
  const m = a % 60;
  const time = h || m || !d ? 'T' + (h ? h + 'H' : '') + (m || !h ? m + 'M' : '') : '';
  return (minutes < 0 && a ? '-' : '') + 'P' + (d ? d + 'D' : '') + time;
}

/**
 * Escape a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
 *
 * @example
 * escapeText('a,b;c\\d\ne'); // 'a\\,b\\;c\\\\d\\ne'
 */
export function escapeText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => '\\' + c).replace(/\r\n|\r|\n/g, '\\n');
}

function octets(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Fold one content line so that no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1); continuation lines
 * start with a space. Splits only between characters, never inside one.
 *
 * @example
 * foldLine('SUMMARY:' + '短'.repeat(30)).split('\r\n').length; // 2
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (used + n > 75) {
      out += '\r\n ';
      used = 1;
    }
    out += ch;
    used += n;
  }
  return out;
}

/**
 * An instant as an iCalendar UTC date-time.
 *
 * @example
 * icsUtc(new Date('2027-01-01T12:00:00Z')); // '20270101T120000Z'
 */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A `'YYYY-MM-DD'` day as an iCalendar DATE.
 *
 * @example
 * icsDate('2026-10-22'); // '20261022'
 */
export function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

/**
 * A complete VCALENDAR with the given events. `stamp` is the DTSTAMP (when the file was made).
 *
 * @example
 * buildIcs([{ uid: 'x@icp', date: '2026-10-22', summary: '管局审核最后一天' }], new Date());
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;VALUE=DATE:20261022\r\nDTEND;VALUE=DATE:20261023\r\n…'
 */
export function buildIcs(events: readonly (IcsTimedEvent | IcsAllDayEvent)[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//icp-beian-guide//deadlines//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', 'UID:' + e.uid, 'DTSTAMP:' + icsUtc(stamp));
    if ('date' in e) {
      lines.push(
        'DTSTART;VALUE=DATE:' + icsDate(e.date),
        'DTEND;VALUE=DATE:' + icsDate(addDays(e.date, 1)),
        'TRANSP:TRANSPARENT',
      );
    } else {
      lines.push('DTSTART:' + icsUtc(e.start), 'DTEND:' + icsUtc(e.end));
    }
    lines.push('SUMMARY:' + escapeText(e.summary));
    if (e.description) lines.push('DESCRIPTION:' + escapeText(e.description));
    const trigger =
      'alarmMinutesBefore' in e && e.alarmMinutesBefore != null
        ? `-PT${e.alarmMinutesBefore}M`
        : 'alarmAtMinutes' in e && e.alarmAtMinutes != null
          ? icsDuration(e.alarmAtMinutes)
          : '';
    if (trigger) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:' + trigger,
        'DESCRIPTION:' + escapeText(e.summary),
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The calendar event for the SMS deadline: one hour long, ending at the deadline, with an alarm one hour before it
 * starts (two hours before the deadline). The UID depends only on the deadline, so importing twice updates the event.
 *
 * @throws {RangeError} for an invalid Date (like {@link icsUtc}): the deadline comes from the clock module, never
 * from text a person typed, so an invalid one is a programming error.
 *
 * @example
 * deadlineEvent(new Date('2027-01-01T12:00:00Z'), '短信核验截止', '').start.toISOString(); // '2027-01-01T11:00:00.000Z'
 */
export function deadlineEvent(deadline: Date, summary: string, description: string): IcsTimedEvent {
  return {
    uid: `sms-deadline-${icsUtc(deadline)}@icp-beian-guide`,
    start: new Date(deadline.getTime() - 3_600_000),
    end: deadline,
    summary,
    description,
    alarmMinutesBefore: 60,
  };
}

/**
 * An all-day calendar event for a day such as the last working day of the 管局 review, with its alarm
 * ({@link DAY_ALARMS}). `what` names the deadline in the UID (`review` by default, `police` for the 公安联网备案),
 * so importing twice updates the event.
 *
 * @example
 * dayEvent('2026-10-22', '管局审核第 20 个工作日', '').uid; // 'review-20261022@icp-beian-guide'
 * dayEvent('2026-10-18', '公安联网备案截止', '', 'police').alarmAtMinutes; // -3780
 */
export function dayEvent(
  day: string,
  summary: string,
  description: string,
  what: keyof typeof DAY_ALARMS = 'review',
): IcsAllDayEvent {
  return {
    uid: `${what}-${icsDate(day)}@icp-beian-guide`,
    date: day,
    summary,
    description,
    alarmAtMinutes: DAY_ALARMS[what],
  };
}

/**
 * The file name for the SMS deadline's calendar file: `icp-sms-deadline-YYYYMMDDHHmm.ics`, in Beijing time.
 *
 * @throws RangeError for an invalid Date or one outside the years 1000–9999.
 * @example
 * smsIcsFileName(new Date('2027-01-01T12:00:00Z')); // 'icp-sms-deadline-202701012000.ics'
 */
export function smsIcsFileName(deadline: Date): string {
  if (!Number.isFinite(deadline.getTime())) throw new RangeError('Invalid Date');
  return `icp-sms-deadline-${toBeijingInputValue(deadline).replace(/\D/g, '')}.ics`;
}

/**
 * The file name for a whole-day deadline's calendar file: `icp-<what>-YYYYMMDD.ics`, e.g. the last day of the
 * 管局 review (`what` = `review-day20`) or of the 公安联网备案 (`what` = `police`).
 *
 * @throws RangeError for a string that is not a real `'YYYY-MM-DD'` day.
 * @example
 * dayIcsFileName('review-day20', '2026-10-22'); // 'icp-review-day20-20261022.ics'
 */
export function dayIcsFileName(what: string, day: string): string {
  addDays(day, 0); // validates
  return `icp-${what.replace(/[^a-z0-9-]/gi, '').slice(0, 40)}-${icsDate(day)}.ics`;
}
