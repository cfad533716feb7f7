import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

/**
 * Projects (`npm run test:unit` runs them all; `npm test` runs `site` once the site is built, and the others beside the
 * lint while `astro check` and the build run):
 * - unit: pure `src/lib` code (and the project's scripts) in Node, in the machine's time zone;
 * - site: static checks of the built site in `dist/` (run after `npm run build:test`);
 * - unit TZ=<zone>: the time-dependent unit files again under each other zone of ZONES, so that code meant to work
 *   in Beijing time is proven not to depend on the machine's zone (`npm run test:tz` runs only these);
 * - component: Solid islands rendered in jsdom (and `component (own module graph)`, one file that needs Solid
 *   untouched by the other files).
 * Browser tests against the built site are Playwright's (tests/e2e).
 */
const ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];

/**
 * The time-dependent unit files: those that construct a Date or import the clock or the calendar, found by reading
 * them, so that a new such test is included without a list to maintain.
 */
const TIME_DEPENDENT = /new Date\(|Date\.UTC|lib\/deadlines|todayInBeijing|beijingParts/;
const unitDir = join(import.meta.dirname, 'tests', 'unit');
const timeDependent = readdirSync(unitDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith('site'))
  .filter((f) => TIME_DEPENDENT.test(readFileSync(join(unitDir, f), 'utf8')))
  .map((f) => `tests/unit/${f}`);

// The machine's own zone is the main unit run's.
const machineZone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
const otherZones = ZONES.filter((z) => z !== machineZone && !(z === 'UTC' && machineZone === 'Etc/UTC'));

/** Fixes fast-check's seed (tests/unit/setup.ts). */
const UNIT_SETUP = 'tests/unit/setup.ts';

/** Solid islands rendered in jsdom. */
const COMPONENT = {
  plugins: [solid()],
  resolve: { conditions: ['development', 'browser'] },
  test: {
    environment: 'jsdom',
    include: ['tests/component/**/*.test.tsx'],
    setupFiles: ['tests/component/setup.ts'],
  },
};
/** A component test that needs Solid as no other file has used it yet (it checks Solid's own flags before a patch). */
const OWN_GRAPH = 'tests/component/solid-hydration.test.tsx';

export default defineConfig({
  test: {
    // One worker per core. Vitest's default leaves one core to its main process, which here is mostly idle: on a
    // 2-core machine that meant one worker, and the run took 42 s instead of 31 s.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Pure functions and static files, no mocks or globals changed: one module graph per worker is safe, and
          // it halves the run (most of a unit file's time is importing the data it tests).
          isolate: false,
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/site/**'],
          setupFiles: [UNIT_SETUP],
        },
      },
      {
        test: {
          name: 'site',
          environment: 'node',
          isolate: false,
          // One file after another: most of the time is parsing the built pages (tests/unit/site/site.ts keeps each
          // page's DOM), which a second worker would do again. Measured: the same time, 40 % less CPU, which the
          // browser suite running beside it needs.
          fileParallelism: false,
          include: ['tests/unit/site/**/*.test.ts'],
        },
      },
      ...otherZones.map((zone) => ({
        test: {
          name: `unit TZ=${zone}`,
          environment: 'node',
          isolate: false,
          include: timeDependent,
          setupFiles: [UNIT_SETUP],
          // Node applies a TZ set in process.env at once, before the test file is loaded. ICP_OTHER_ZONE: fewer
          // random cases per property here (tests/unit/runs.ts).
          env: { TZ: zone, ICP_OTHER_ZONE: '1' },
        },
      })),
      {
        ...COMPONENT,
        test: {
          ...COMPONENT.test,
          name: 'component',
          // One jsdom and one module graph per worker, shared by the files (each test cleans up what it rendered):
          // creating jsdom for each file took 40 % of the project's time.
          isolate: false,
          exclude: [OWN_GRAPH],
        },
      },
      {
        ...COMPONENT,
        test: { ...COMPONENT.test, name: 'component (own module graph)', include: [OWN_GRAPH] },
      },
    ],
  },
});
