import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, withCspMeta } from '../lib/csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build: give every page a strict CSP `<meta>` tag (its inline scripts allowed by hash) and write
 * `dist/_headers` with the same policy, for hosts that read one, plus the other security headers.
 */
export default function csp(): AstroIntegration {
  return {
    name: 'icp-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const all = new Set<string>();
        const files = await htmlFiles(out);
        for (const file of files) {
          const { html, hashes } = withCspMeta(await readFile(file, 'utf8'));
          hashes.forEach((h) => all.add(h));
          await writeFile(file, html);
        }
        await writeFile(join(out, '_headers'), headersFile(all));
        logger.info(`CSP added to ${files.length} pages (${all.size} inline script hashes); wrote _headers`);
      },
    },
  };
}
