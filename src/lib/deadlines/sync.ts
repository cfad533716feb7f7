/**
 * When the result of a successful SMS verification should reach the 接入商: each provider documents its own figure
 * (icp-facts §1), so the tool lists them all in Beijing time. Tencent gives none for the SMS result: its 6 hours and
 * 1–2 working days are about the 管局's review result reaching it (常见问题/备案流程/备案审核.md), so nothing is
 * computed from them.
 */

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
}

/**
 * Result-sync expectations after a successful SMS verification at `verifiedAt`. An invalid Date gives invalid
 * Dates (nothing throws).
 *
 * @example
 * const w = syncWindow(new Date('2026-09-30T08:00:00Z')); // 16:00 Beijing
 * w.jdcloud.to.toISOString(); // '2026-09-30T09:00:00.000Z' (17:00 Beijing)
 * w.aliyun.toISOString();     // '2026-10-01T08:00:00.000Z'
 */
export function syncWindow(verifiedAt: Date): SyncWindow {
  const t = verifiedAt.getTime();
  const jdcloud = { from: new Date(t + HOUR / 2), to: new Date(t + HOUR) };
  const aliyun = new Date(t + 24 * HOUR);
  return { earliest: jdcloud.from, latest: aliyun, jdcloud, aliyun };
}
