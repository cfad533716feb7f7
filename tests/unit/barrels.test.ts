/**
 * Each domain's barrel (`src/lib/<domain>/index.ts`) exports only what README's "`src/lib` 的公开接口" list names for
 * it: the contract and the data tables pages render. Everything else is imported by path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## `src/lib` 的公开接口'));
/** The list: its first item up to the first blank line (the notes after it name modules too). */
const start = section.indexOf('\n- `src/lib/');
const list = section.slice(start, section.indexOf('\n\n', start));
const rows = [...list.matchAll(/^- `src\/lib\/([a-z-]+)`：(.*)$/gm)].map(([, domain, cell]) => ({
  domain: domain!,
  // Every identifier inside the row's code spans (so `pickBureau(input, toPickerData(PROVINCES))` names three).
  names: new Set([...cell!.matchAll(/`([^`]+)`/g)].flatMap(([, code]) => code!.match(/[A-Za-z_]\w*/g) ?? [])),
}));

describe("README's API table", () => {
  test('has a row for every domain of src/lib', () => {
    expect(rows.map((r) => r.domain).sort()).toEqual(
      [
        'csp',
        'deadlines',
        'domains',
        'footer',
        'issues',
        'messages',
        'miit-sms',
        'provinces',
        'routes',
        'search',
        'site-name',
        'text',
        'verification',
      ].sort(),
    );
  });

  for (const { domain, names } of rows) {
    test(`src/lib/${domain}/index.ts exports only what the table names`, async () => {
      const barrel = (await import(join(root, 'src', 'lib', domain, 'index.ts'))) as Record<string, unknown>;
      expect(Object.keys(barrel).filter((name) => !names.has(name))).toEqual([]);
    });
  }
});
