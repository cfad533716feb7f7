#!/usr/bin/env node
/**
 * Run npm scripts in parallel lanes, as `npm test` does for its first steps:
 *
 *   node scripts/run-parallel.mjs lint check,build:test,test:site+test:e2e
 *
 * runs `npm run lint` in one lane while `npm run check` then `npm run build:test` run in the other, and then, side by
 * side, `test:site` and `test:e2e` (a `+` joins steps that need the same earlier steps but not each other). Each lane's output
 * is printed in one block when the lane ends, so that the logs of two tools never interleave. Exits with 1 when any
 * script failed (the other lanes still run to their end, so that one run reports every problem).
 *
 * Why lanes and not everything at once: ESLint and Prettier only read files, while `astro check` and `astro build` both
 * write Astro's generated types and content store, so those two stay one after the other.
 */
import { spawn } from 'node:child_process';

const lanes = process.argv.slice(2).map((arg) => arg.split(',').filter(Boolean));
if (lanes.length === 0 || lanes.some((lane) => lane.length === 0)) {
  console.error('Usage: node scripts/run-parallel.mjs <script>[,<script>…] [<script>[,<script>…] …]');
  process.exit(2);
}

/** npm itself: the one running `npm test` when there is one (npm_execpath), else the `npm` on the PATH. */
const npmCli = process.env.npm_execpath;
const [npm, ...npmArgs] = npmCli ? [process.execPath, npmCli] : ['npm'];

/** Run one npm script, its output collected; resolves with its exit code and that output. */
function run(script) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(npm, [...npmArgs, 'run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
      shell: !npmCli && process.platform === 'win32',
    });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', (err) => chunks.push(Buffer.from(`${err}\n`)));
    child.on('close', (code, signal) =>
      resolve({
        script,
        ok: code === 0,
        code: code ?? signal,
        seconds: (performance.now() - started) / 1000,
        output: Buffer.concat(chunks).toString(),
      }),
    );
  });
}

async function runLane(lane) {
  const results = [];
  for (const step of lane) {
    // `a+b`: scripts that need the same earlier steps and not each other run side by side.
    const done = await Promise.all(step.split('+').map(run));
    results.push(...done);
    if (!done.every((r) => r.ok)) break;
  }
  for (const { script, ok, code, seconds, output } of results) {
    const status = ok ? `${seconds.toFixed(1)} s` : `failed (${code}) after ${seconds.toFixed(1)} s`;
    process.stdout.write(`\n── npm run ${script}: ${status} ──\n${output}`);
  }
  return results.every((r) => r.ok) && results.length === lane.flatMap((step) => step.split('+')).length;
}

const outcomes = await Promise.all(lanes.map(runLane));
if (outcomes.includes(false)) {
  const failed = lanes.filter((_, i) => !outcomes[i]).map((lane) => lane.join(' → ').replaceAll('+', ' & '));
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exit(1);
}
