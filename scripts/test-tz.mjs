#!/usr/bin/env node
/**
 * Run the unit suite (`vitest run --project unit`) once per time zone, so that code meant to work in Beijing time
 * is proven not to depend on the machine's zone. Extra arguments are passed to vitest (e.g. a file filter):
 *
 *   npx node scripts/test-tz.mjs
 *   npx node scripts/test-tz.mjs tests/unit/deadlines
 *
 * Exits non-zero if any zone fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const extra = process.argv.slice(2);

const failed = [];
for (const tz of ZONES) {
  console.log(`\n=== TZ=${tz} ===`);
  const r = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.error) console.error(r.error);
  if (r.status !== 0) failed.push(`${tz} (exit ${r.status ?? r.signal})`);
}

if (failed.length) {
  console.error(`\nUnit tests failed under: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nUnit tests passed under all ${ZONES.length} time zones: ${ZONES.join(', ')}`);
