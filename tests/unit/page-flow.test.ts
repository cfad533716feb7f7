/**
 * How pages read from one to the next (issue 24, from the independent tester): a badge does not sit between a
 * statement and the colon that introduces its list (“Some provinces accept it, some do not Varies by province:”),
 * and the tools' previous/next links stay among the tools (the sidebar puts the 31 province pages right before them,
 * so the first tool's “previous” would be the last province).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const DOCS = join(__dirname, '../../src/content/docs');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

/** A badge, with an optional MDX comment after it, right before a colon that ends a paragraph's line. */
const BADGE_THEN_COLON = /<Badge\b[^>]*\/>\s*(?:\{\/\*.*?\*\/\})?\s*[:：]\s*$/;

describe('badges read as separate from the sentence', () => {
  test('no paragraph puts a badge between its statement and the colon introducing a list', () => {
    const found: string[] = [];
    for (const file of mdxFiles(DOCS)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // In a list item the badge is a status the sentence names (the console shows “待验证”): not an annotation.
          if (/^\s*(?:[-*]|\d+\.)\s/.test(line)) return;
          if (BADGE_THEN_COLON.test(line)) found.push(`${relative(DOCS, file)}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});

describe('pagination of the tool pages', () => {
  const frontmatter = (file: string) => /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const order = (fm: string) => Number(/order:\s*(\d+)/.exec(fm)?.[1] ?? Infinity);

  test.each(['tools', 'en/tools'])(
    'the first page of %s has no “previous” link (it would be a province page)',
    (dir) => {
      const pages = mdxFiles(join(DOCS, dir)).map((f) => ({ f, fm: frontmatter(f) }));
      const first = Math.min(...pages.map((p) => order(p.fm)));
      const firsts = pages.filter((p) => order(p.fm) === first);
      expect(firsts.length).toBeGreaterThan(0);
      for (const p of firsts) expect(p.fm, relative(DOCS, p.f)).toMatch(/^prev: false$/m);
      // The other tools keep their previous and next among the tools.
      for (const p of pages.filter((x) => order(x.fm) !== first)) expect(p.fm).not.toMatch(/^(prev|next):/m);
    },
  );
});
