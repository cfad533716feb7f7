/**
 * When the result of a successful SMS verification should reach the 接入商: each provider documents its own figure
 * (icp-facts §1), so the tool lists them all in Beijing time.
 */
import { addWorkingDays } from './calendar';
import { todayInBeijing } from './beijing';

const HOUR = 3_600_000;

/**
 * When a verification result should reach the provider (each provider documents its own figure).
 *
 * @example
 * const w: SyncWindow = syncWindow(new Date()); // w.jdcloud.from is 30 minutes from now
 */
export interface SyncWindow {
  /** Earliest expected: JD Cloud's 30 minutes. */
  earliest: Date;
  /** Latest documented: Aliyun's 24 hours. */
  latest: Date;
  /** JD Cloud (a user's filing record, 2025-03): about 30–60 minutes. */
  jdcloud: { from: Date; to: Date };
  /** Aliyun: within 24 hours. */
  aliyun: Date;
  /** Tencent Cloud: one document says within 6 hours, another 1–2 working days (days in Beijing). */
  tencent: { within6h: Date; workingDays: [string, string] };
}

/**
 * Result-sync expectations after a successful SMS verification at `verifiedAt`.
 *
 * @throws RangeError for an invalid Date or one outside the years 1000–9999.
 * @example
 * const w = syncWindow(new Date('2026-09-30T08:00:00Z')); // 16:00 Beijing
 * w.jdcloud.to.toISOString(); // '2026-09-30T09:00:00.000Z' (17:00 Beijing)
 * w.tencent.workingDays;       // ['2026-10-08', '2026-10-09'] (国庆 in between)
 */
export function syncWindow(verifiedAt: Date): SyncWindow {
  const t = verifiedAt.getTime();
  const day = todayInBeijing(verifiedAt);
  const jdcloud = { from: new Date(t + HOUR / 2), to: new Date(t + HOUR) };
  const aliyun = new Date(t + 24 * HOUR);
  return {
    earliest: jdcloud.from,
    latest: aliyun,
    jdcloud,
    aliyun,
    tencent: { within6h: new Date(t + 6 * HOUR), workingDays: [addWorkingDays(day, 1), addWorkingDays(day, 2)] },
  };
}
