/**
 * How many cases a fast-check property draws: `n` in the main unit run, where the inputs are explored; a quarter of
 * `n` (at least 10) when the file runs again under another time zone (vitest.config.ts sets `ICP_OTHER_ZONE`), where
 * the cases only need to show that the zone changes nothing.
 *
 * @example runs(60) // → 60 in the main run, 15 under another zone
 */
export function runs(n: number): number {
  return process.env.ICP_OTHER_ZONE ? Math.max(10, Math.ceil(n / 4)) : n;
}
