import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

/**
 * Byte budget (not a timing): each island's own JavaScript, gzip level 9, on top of Solid — the renderer
 * (`renderer-url`) and the chunks it imports are Solid's runtime, shared by every island on a page.
 * `npm run bench` reports the same figure from what Chromium actually loads.
 */
const BUDGET = 8 * 1024;
const dist = join(import.meta.dirname, '..', '..', 'dist');
const file = (url: string) => readFileSync(join(dist, new URL(url, 'http://x').pathname));
const imports = (url: string) =>
  [...file(url).toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)].map((m) => new URL(m[1]!, new URL(url, 'http://x')).pathname);

function closure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  for (const dep of imports(url)) closure(dep, seen);
  return seen;
}

for (const page of ['/tools/sms-check/', '/tools/message-decoder/', '/tools/deadlines/', '/tools/province-picker/']) {
  test(`the island on ${page} adds at most 8 KB gz of JavaScript on top of Solid`, async ({ page: p }) => {
    await p.goto(page);
    const island = p.locator('astro-island').first();
    const component = (await island.getAttribute('component-url'))!;
    const renderer = (await island.getAttribute('renderer-url'))!;
    const solid = closure(renderer);
    const own = [...closure(component)].filter((u) => !solid.has(u));
    const bytes = own.reduce((sum, u) => sum + gzipSync(file(u), { level: 9 }).length, 0);
    console.log(`${page}: ${own.join(', ')} = ${bytes} B gz`);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes, `${own.join(', ')}`).toBeLessThanOrEqual(BUDGET);
  });
}
