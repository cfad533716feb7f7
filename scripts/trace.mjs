#!/usr/bin/env node
/**
 * `npm run trace -- /tools/deadlines/ [/tools/footer/ …] [--runs 5] [--zone Asia/Shanghai] [--no-build]`: where a
 * page's start-up JavaScript bytes and hydration time go (issue 21), measured, not guessed.
 *
 * Builds the site once into bench/tmp/trace-dist with hidden source maps (the same files as the site's, their maps
 * beside them) and a plugin that records which source modules each chunk holds, then for each page:
 * - bytes: every file the page loads at start (tests/js-budget.ts, the budget's own definition), gzip level 9, with
 *   the source modules in it (each module's share of the file by its rendered length);
 * - time: the page loaded in Chromium with a phone viewport and the CPU 4× slower, each island scrolled into view in
 *   turn, a CPU profile (Chrome DevTools Protocol, 100 µs sampling) whose samples are attributed through the source
 *   maps to source modules and summed by group (our modules, Solid, the Astro renderer, Starlight, search, …); and
 *   per island the time from becoming visible to hydrated (its `ssr` attribute removed), and long tasks.
 * Medians of `--runs` page loads (default 5). The device zone is Asia/Shanghai unless `--zone` says otherwise (a
 * device elsewhere also fetches the reader's-zone part of the SMS time).
 *
 * Figures swing with the load on the machine; compare runs made together.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench', 'tmp');
const dist = join(tmp, 'trace-dist');
const modulesFile = join(tmp, 'trace-modules.json');
const { findChromium, chromiumArgs } = await import(join(root, 'tests', 'e2e', 'browser.ts'));
const { startJs } = await import(join(root, 'tests', 'js-budget.ts'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const runs = Math.max(1, Number(option('--runs', 5)) || 5);
const zone = option('--zone', 'Asia/Shanghai');
const noBuild = args.includes('--no-build');
const pages = args.filter((a) => a.startsWith('/'));
if (!pages.length) throw new Error('Name the pages to trace, e.g. npm run trace -- /tools/deadlines/');

// ---- build with source maps and the module list of every chunk ----
if (!noBuild || !existsSync(modulesFile)) {
  mkdirSync(tmp, { recursive: true });
  const config = join(tmp, 'trace.config.mjs');
  writeFileSync(
    config,
    `import config from '../../astro.config.mjs';
import { writeFileSync } from 'node:fs';
const out = {};
const modules = {
  name: 'trace-modules',
  generateBundle(_options, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk' || !file.startsWith('_astro/')) continue;
      out['/' + file] = Object.fromEntries(
        Object.entries(chunk.modules).map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength]),
      );
    }
    writeFileSync(${JSON.stringify(modulesFile)}, JSON.stringify(out));
  },
};
config.vite = { ...config.vite, build: { ...config.vite?.build, sourcemap: 'hidden' }, plugins: [...(config.vite?.plugins ?? []), modules] };
config.outDir = ${JSON.stringify(dist)};
export default config;
`,
  );
  console.log('Building the site with source maps into bench/tmp/trace-dist…');
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--config', config.slice(root.length + 1)],
    { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ICP_NO_LINK_CHECK: '1' }, encoding: 'utf8' },
  );
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error('trace build failed');
  }
}
const chunkModules = JSON.parse(readFileSync(modulesFile, 'utf8'));

// ---- source maps: enough of the format to find the source of a generated line and column ----
const B64 = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);
/** Per generated line, the segments [column, source index] in order (the VLQ fields after the first two ignored). */
function decodeMap(map) {
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of seg) {
        const d = B64[c];
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      segs.push([col, source]);
    }
    lines.push(segs);
  }
  return { sources: map.sources, lines };
}
const maps = new Map();
function sourceAt(path, line, column) {
  if (!maps.has(path)) {
    const file = join(dist, path + '.map');
    maps.set(path, existsSync(file) ? decodeMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const m = maps.get(path);
  const segs = m?.lines[line];
  if (!segs?.length) return null;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid][0] <= column) lo = mid;
    else hi = mid - 1;
  }
  return m.sources[segs[lo][1]]?.replace(/^.*?\b(src|node_modules)\//, '$1/') ?? null;
}

/** The source module of a profile frame, or a label for what has no script. */
function moduleOf(frame) {
  if (!frame.url) return null;
  if (!frame.url.startsWith('http')) return '(test driver)';
  const path = new URL(frame.url).pathname;
  if (!path.startsWith('/_astro/')) return '(inline scripts of the page)';
  return sourceAt(path, frame.lineNumber, frame.columnNumber) ?? path;
}
const GROUPS = [
  [/integrations\/search|lib\/search|pagefind/, 'search (loads in the background)'],
  [/^src\//, 'our islands and src/lib'],
  [/solid-js\/store|@astrojs\/solid-js/, 'Astro’s Solid renderer (with solid-js/store)'],
  [/solid-js/, 'Solid runtime'],
  [/@astrojs\/starlight/, 'Starlight’s scripts'],
  [/node_modules\/astro\//, 'Astro runtime (islands, prefetch)'],
  [/^\(inline/, 'inline scripts of the page'],
  [/^\(garbage/, 'garbage collection'],
];
const groupOf = (k) => GROUPS.find(([re]) => re.test(k))?.[1] ?? 'other';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => (Math.round(n * 10) / 10).toFixed(1);

// ---- bytes ----
const js = startJs(dist);
const builtPages = readdirSync(dist, { recursive: true })
  .filter((f) => f.endsWith('index.html'))
  .map(
    (f) =>
      '/' +
      f
        .split(sep)
        .join('/')
        .replace(/index\.html$/, ''),
  );
const base = js.baseline(builtPages);

// ---- time ----
const site = await serve(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

async function traceOnce(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, timezoneId: zone });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__visible = new Map();
    w.__hydrated = [];
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    // Islands are display: contents; Astro watches their children, and so does this.
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const island = e.target.closest('astro-island');
        if (e.isIntersecting && !w.__visible.has(island)) w.__visible.set(island, performance.now());
      }
    });
    new MutationObserver((records) => {
      for (const el of document.querySelectorAll('astro-island > *:not([data-traced])')) {
        el.setAttribute('data-traced', '');
        io.observe(el);
      }
      for (const r of records) {
        if (r.type === 'attributes' && r.attributeName === 'ssr' && !r.target.hasAttribute('ssr')) {
          w.__hydrated.push({
            island: r.target.getAttribute('component-url').split('/').pop().replace(/\..*$/, ''),
            ms: performance.now() - (w.__visible.get(r.target) ?? NaN),
          });
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['ssr'] });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(site.origin + path, { waitUntil: 'load' });
  const n = await page.locator('astro-island').count();
  for (let i = 0; i < n; i++) {
    const island = page.locator('astro-island').nth(i);
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle());
  }
  await page.waitForLoadState('networkidle');
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return { hydrated: w.__hydrated, longTasks: w.__longTasks };
  });
  await context.close();

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  /** A sample in a native function counts for the nearest script above it. */
  const keyOf = (id) => {
    const own = byId.get(id).callFrame.functionName;
    if (['(program)', '(idle)', '(root)'].includes(own)) return null;
    if (own === '(garbage collector)') return own;
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const key = moduleOf(byId.get(x).callFrame);
      if (key) return key;
    }
    return '(test driver)'; // Playwright's own page-side calls have no script URL
  };
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const key = keyOf(id);
    if (key && key !== '(test driver)') self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return { self, ...marks };
}

for (const path of pages) {
  console.log(`\n== ${path}`);
  console.log(`JS at start beyond the lightest content page: ${fmt((js.total(path) - base) / 1024)} KiB gz`);
  for (const [file, gz] of [...js.files(path)].sort((a, b) => b[1] - a[1])) {
    const mods = Object.entries(chunkModules[file] ?? {});
    const sum = mods.reduce((a, [, l]) => a + l, 0) || 1;
    const parts = mods
      .sort((a, b) => b[1] - a[1])
      .map(([id, l]) => `${id.replace(/^node_modules\//, '')} ~${Math.round((gz * l) / sum)}`)
      .join(', ');
    console.log(`${String(gz).padStart(7)} ${file}${parts ? `: ${parts}` : ''}`);
  }
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await traceOnce(path));
  const keys = new Set(all.flatMap((r) => [...r.self.keys()]));
  const byGroup = new Map();
  const byModule = [];
  for (const k of keys) {
    const ms = median(all.map((r) => r.self.get(k) ?? 0));
    byGroup.set(groupOf(k), (byGroup.get(groupOf(k)) ?? 0) + ms);
    if (k.startsWith('src/')) byModule.push([k, ms]);
  }
  console.log(`Script self time, CPU 4× slower, median of ${runs} loads (ms), device zone ${zone}:`);
  for (const [g, ms] of [...byGroup].sort((a, b) => b[1] - a[1])) console.log(`${fmt(ms).padStart(8)} ${g}`);
  for (const [k, ms] of byModule.sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${fmt(ms).padStart(12)} ${k}`);
  const blocking = all.map((r) => r.longTasks.reduce((s, d) => s + Math.max(0, d - 50), 0));
  console.log(
    `Long tasks: blocking time beyond 50 ms per load ${blocking.map(Math.round).join(', ')} (median ${Math.round(median(blocking))})`,
  );
  for (const island of new Set(all.flatMap((r) => r.hydrated.map((h) => h.island)))) {
    const ms = all.map((r) => r.hydrated.find((h) => h.island === island)?.ms ?? NaN);
    console.log(
      `Visible → hydrated, ${island}: median ${Math.round(median(ms))} ms (${ms.map(Math.round).join(', ')})`,
    );
  }
}
await browser.close();
site.server.close();
