/**
 * The 24-hour window of the MIIT SMS, in Beijing time (UTC+8, no daylight saving) whatever the machine's zone:
 * all arithmetic is on UTC milliseconds plus 8 hours, never local-time getters.
 *
 * src/lib/deadlines/beijing.ts has the same clock for the deadline calculator. It is not imported here on purpose:
 * that module pulls in the holiday tables, and sharing even a split-out clock chunk measured 8.6 KB gz for this
 * island against its 8 KB budget (2026-11-28). Keep the two in step: both are tested under four time zones.
 */

const HOUR = 3_600_000;
const BEIJING_OFFSET = 8 * HOUR;

/**
 * How long the SMS code stays valid (24 hours since 2020; it was 48 before).
 *
 * @example
 * SMS_VALID_HOURS // 24
 */
export const SMS_VALID_HOURS = 24;

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function valid(d: unknown): d is Date {
  return d instanceof Date && Number.isFinite(d.getTime());
}

/**
 * When the code stops working: `receivedAt` + 24 h. Null for an invalid date.
 *
 * @example
 * verificationDeadline(new Date('2026-11-28T06:05:00Z'))?.toISOString() // '2026-11-29T06:05:00.000Z'
 */
export function verificationDeadline(receivedAt: Date): Date | null {
  if (!valid(receivedAt)) return null;
  const t = receivedAt.getTime() + SMS_VALID_HOURS * HOUR;
  return Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t) : null;
}

/**
 * Format an instant as Beijing wall-clock time, e.g. 2026年11月29日 14:05（北京时间）. '' for an invalid date.
 *
 * @example
 * formatBeijing(new Date('2026-11-29T06:05:00Z')) // '2026年11月29日 14:05（北京时间）'
 */
export function formatBeijing(d: Date): string {
  const s = toBeijingInput(d);
  return s && `${+s.slice(0, 4)}年${+s.slice(5, 7)}月${+s.slice(8, 10)}日 ${s.slice(11)}（北京时间）`;
}

/**
 * The value for an `<input type="datetime-local">` showing `d` in Beijing time ("YYYY-MM-DDTHH:MM").
 *
 * @example
 * toBeijingInput(new Date('2026-11-28T06:05:30Z')) // '2026-11-28T14:05'
 */
export function toBeijingInput(d: Date): string {
  if (!valid(d)) return '';
  const b = new Date(d.getTime() + BEIJING_OFFSET);
  const y = b.getUTCFullYear();
  if (!Number.isFinite(y) || y < 1 || y > 9999) return '';
  return `${String(y).padStart(4, '0')}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())}T${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
}

/**
 * Read a datetime-local value ("YYYY-MM-DDTHH:MM" or with ":SS") as Beijing time. Null when malformed or not a real
 * date.
 *
 * @example
 * parseBeijingInput('2026-11-28T14:05')?.toISOString() // '2026-11-28T06:05:00.000Z'
 * parseBeijingInput('2026-02-30T10:00') // null
 */
export function parseBeijingInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(
    typeof value === 'string' ? value.slice(0, 40) : '',
  );
  if (!m) return null;
  const n = m.slice(1).map((x) => Number(x ?? 0));
  const d = new Date(Date.UTC(n[0]!, n[1]! - 1, n[2]!, n[3]!, n[4]!, n[5]!) - BEIJING_OFFSET);
  // A rolled-over date (30 February, 25:00…) does not format back to the same text.
  return toBeijingInput(d) === value.slice(0, 16) ? d : null;
}
