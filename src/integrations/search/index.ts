import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { TRAD_TABLE } from '../../lib/search';
import { prepareForIndex } from './index-html';
import { BUNDLE_DIR, STARLIGHT_UI_IMPORT } from './upstream';

export interface SearchOptions {
  /**
   * Pages made from one template, as paths under the output folder (`*` = one folder name), e.g. `provinces/*`:
   * their repeated section headings weigh as body text (see `IndexOptions.templated`).
   */
  templatePages?: string[];
}

function matcher(patterns: string[]): (sourcePath: string) => boolean {
  const res = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/\/+$/, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]+')}/index\\.html$`,
      ),
  );
  return (path) => res.some((re) => re.test(path.split(sep).join('/')));
}

/**
 * Search that understands how people type Chinese, on top of Starlight's own search (same UI, same Pagefind):
 * - queries and pages are respelled with the site's one traditional → simplified table (src/lib/text/trad-data.ts,
 *   the one every tool uses; `npm run trad-table` remakes it);
 * - Starlight's `import('@pagefind/default-ui')` resolves to pagefind-ui.ts, which subclasses Pagefind's UI to
 *   normalise queries, trim snippets to sentences and load Pagefind early;
 * - after the build (after Starlight has indexed), the index is built again from the same HTML with each section's
 *   search spelling and synonyms added (index-html.ts). The HTML files themselves are not changed.
 *
 * Must come after `starlight()` in `integrations`.
 */
export default function search(options: SearchOptions = {}): AstroIntegration {
  const templated = matcher(options.templatePages ?? []);
  return {
    name: 'icp-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            resolve: {
              alias: [
                {
                  find: new RegExp(`^${STARLIGHT_UI_IMPORT.replace(/[/.]/g, '\\$&')}$`),
                  replacement: fileURLToPath(new URL('./pagefind-ui.ts', import.meta.url)),
                },
              ],
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { withFileTypes: true, recursive: true });
        const files = entries
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          let pages = 0;
          for (const file of files) {
            const html = await readFile(file, 'utf8');
            const sourcePath = relative(out, file);
            const content = prepareForIndex(html, TRAD_TABLE, { templated: templated(sourcePath) });
            const r = await index.addHTMLFile({ sourcePath, content });
            if (r.errors.length) throw new Error(r.errors.join('; '));
            if (r.file?.url) pages++;
          }
          await rm(join(out, BUNDLE_DIR), { recursive: true, force: true });
          const w = await index.writeFiles({ outputPath: join(out, BUNDLE_DIR) });
          if (w.errors.length) throw new Error(w.errors.join('; '));
          logger.info(
            `Search index rebuilt with search spellings: ${pages} pages in ${Math.round(performance.now() - t0)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
