/**
 * scripts/serve.mjs, the static server of `npm start`, the browser tests and the bench: it serves a built folder as a
 * real static host does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../../scripts/serve.mjs';

let dir = '';
let server: Server;
let origin = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'icp-serve-'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'guide'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>首页</title>'.repeat(20));
  writeFileSync(join(dir, 'guide', 'index.html'), '<!doctype html><title>指南</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>页面没有找到</title>');
  mkdirSync(join(dir, 'en', '404'), { recursive: true });
  writeFileSync(join(dir, 'en', '404', 'index.html'), '<!doctype html><title>Page not found</title>');
  writeFileSync(join(dir, '_astro', 'island.Ab12Cd34.js'), 'export const x = 1;\n'.repeat(20));
  ({ server, origin } = await serve(dir, { port: 0 }));
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a folder is served as its index.html, revalidated on each visit (no-cache with an ETag)', async () => {
  const res = await fetch(`${origin}/guide/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(res.headers.get('etag')).toMatch(/^W\/".+"$/);
  expect(await res.text()).toContain('指南');
});

test('an unchanged file answers 304 to its ETag, without a body', async () => {
  const first = await fetch(`${origin}/`);
  const etag = first.headers.get('etag')!;
  const again = await fetch(`${origin}/`, { headers: { 'if-none-match': etag } });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
  const other = await fetch(`${origin}/`, { headers: { 'if-none-match': 'W/"something-else"' } });
  expect(other.status).toBe(200);
});

test("Astro's content-hashed files are cached for a year", async () => {
  const res = await fetch(`${origin}/_astro/island.Ab12Cd34.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
});

test('text is sent gzipped when the browser asks, the same bytes each time', async () => {
  const get = () => fetch(`${origin}/`, { headers: { 'accept-encoding': 'gzip' } });
  const [a, b] = [await get(), await get()];
  expect(a.headers.get('content-encoding')).toBe('gzip');
  expect(a.headers.get('vary')).toBe('Accept-Encoding');
  expect(await a.text()).toBe(await b.text());
});

test('an unknown address gets the 404 page with status 404; a path out of the folder is refused', async () => {
  const missing = await fetch(`${origin}/no-such-page/`);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('etag')).toBeNull();
  expect(await missing.text()).toContain('页面没有找到');
  const english = await fetch(`${origin}/en/no-such-page/`);
  expect(english.status).toBe(404);
  expect(await english.text()).toContain('Page not found');
  const out = await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`);
  expect([403, 404]).toContain(out.status);
});
