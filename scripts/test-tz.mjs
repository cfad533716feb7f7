#!/usr/bin/env node
/**
 * Run the time-dependent unit tests once per time zone, so that code meant to work in Beijing time is proven not
 * to depend on the machine's zone. `npm test` has already run the whole unit suite once in the machine's zone;
 * here only the files that deal with instants run again: those that construct a Date or import the clock or the
 * calendar (found by reading the files, so a new such test is included without a list to maintain).
 * Extra arguments replace that selection (e.g. a file filter):
 *
 *   npm run test:tz
 *   npm run test:tz -- tests/unit/deadlines
 *
 * Exits non-zero if any zone fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const TIME_DEPENDENT = /new Date\(|Date\.UTC|lib\/deadlines|beijing|todayInBeijing/;
const unitDir = path.join(root, 'tests', 'unit');
const selected = readdirSync(unitDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith('site'))
  .filter((f) => TIME_DEPENDENT.test(readFileSync(path.join(unitDir, f), 'utf8')))
  .map((f) => path.join('tests', 'unit', f));
const extra = process.argv.length > 2 ? process.argv.slice(2) : selected;
console.log(`Time-dependent unit tests: ${extra.join(', ')}`);

// The main unit run already used the machine's zone: skip it here.
const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const zones = ZONES.filter((z) => z !== machineZone && !(z === 'UTC' && machineZone === 'Etc/UTC'));
console.log(`Machine zone ${machineZone} was covered by the main run; now: ${zones.join(', ')}`);

const failed = [];
for (const tz of zones) {
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
console.log(`\nTime-dependent unit tests passed under ${machineZone} (main run) and ${zones.join(', ')}`);
