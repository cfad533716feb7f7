import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * The link validator in the build checks links written in pages. Islands and src/lib also point users to pages
 * (next steps, "open the calculator"): this checks every such internal path names a page that exists.
 */
const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test('every internal path named in src/lib and src/components is a page', () => {
  const found = new Map<string, string>();
  for (const file of [...sources('src/lib'), ...sources('src/components')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`](\/(?:guide|tools)\/[a-z0-9-]+\/)/g)) {
      found.set(m[1]!, file);
    }
  }
  expect(found.size).toBeGreaterThanOrEqual(5);
  for (const [path, file] of found) {
    const page = join(root, 'src/content/docs', path.slice(1, -1));
    expect(existsSync(page + '.mdx') || existsSync(page + '.md'), `${path} (from ${file})`).toBe(true);
  }
});
