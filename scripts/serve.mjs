#!/usr/bin/env node
/**
 * The one static server of the project: serves a built folder (`dist/`) the way a real static host does
 * (directory → index.html, unknown path → 404.html with status 404, text compressed with gzip when asked, Astro's
 * content-hashed files under /_astro/ cached for a year, everything else revalidated with an ETag, as dist/_headers
 * asks of a real host).
 * Used by `npm start` (port 4321), by the browser tests (a free port of their own, so they never clash with a
 * running `npm start`) and by `npm run bench`.
 *
 *   node scripts/serve.mjs [dir] [--port N] [--host H]     (defaults: dist, $PORT or 4321, localhost)
 *   node scripts/serve.mjs --check                         (only check that the port is free; npm start runs it
 *                                                           before building, so a second npm start leaves the
 *                                                           running one's files alone)
 *
 * When the port is taken it says so in Chinese, with what to do, and exits with status 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.txt']);

/** Files whose names carry a hash of their content: they never change under the same name. */
const IMMUTABLE = /^\/_astro\//;

/** Gzipped bodies by file, kept while the file is unchanged (same size and modification time). */
const gzipped = new Map();

/** The gzipped body of `file`, compressed once per version of the file. */
function gzipOf(file, body, tag) {
  const hit = gzipped.get(file);
  if (hit?.tag === tag) return hit.body;
  const zipped = gzipSync(body, { level: 6 });
  gzipped.set(file, { tag, body: zipped });
  return zipped;
}

/**
 * Serve `dir` on `host:port` (port 0 picks a free one).
 *
 * @param {string} dir
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
export function serve(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    // An unknown address under a language's folder gets that language's 404 page (/en/… → en/404/index.html).
    const localized = join(base, path.split('/')[1] ?? '', '404', 'index.html');
    if (!found) file = existsSync(localized) ? localized : join(base, '404.html');
    if (!existsSync(file)) return res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('404');
    const ext = extname(file);
    const stat = statSync(file);
    const tag = `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    const headers = {
      'content-type': TYPES[ext] || 'application/octet-stream',
      'cache-control': found && IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'Accept-Encoding',
      ...(found ? { etag: tag } : {}),
    };
    if (found && req.headers['if-none-match'] === tag) return res.writeHead(304, headers).end();
    let body = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipOf(file, body, tag);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({ server, origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}` });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const port = Number(flag('--port') ?? process.env.PORT ?? 4321);
  const host = flag('--host') ?? 'localhost';
  const checkOnly = args.includes('--check');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  if (!checkOnly && !existsSync(join(dir, 'index.html'))) {
    console.error(
      `没有找到构建好的站点（${dir}/index.html）。先运行 npm run build，或直接用 npm start（构建并预览）。`,
    );
    process.exit(1);
  }
  try {
    const { server, origin } = await serve(dir, { port, host });
    if (checkOnly) return void server.close();
    console.log(`站点已在 ${origin.replace('127.0.0.1', 'localhost')}/ 上提供（按 Ctrl+C 停止）。`);
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === 'EADDRINUSE') {
      console.error(
        `端口 ${port} 已被占用：可能已经有一个 npm start 在运行，打开 http://localhost:${port}/ 看看。\n` +
          `要重新构建并预览，先在运行它的终端按 Ctrl+C 停止，再运行 npm start；` +
          `要同时再开一个，换一个端口：PORT=${port + 1} npm start。`,
      );
      process.exit(1);
    }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
