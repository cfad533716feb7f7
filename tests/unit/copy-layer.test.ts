/**
 * The copy layer (src/i18n): no sentence a reader sees is written outside the dictionaries. This walks src/lib and
 * src/components and lists every string literal, template literal and JSX text that holds a Chinese character
 * (regular expressions are patterns, not text), outside data files (`*-data.ts`, `*.data.ts`, JSON) and src/i18n. Word lists that src/lib
 * matches against belong in data files; sentences belong in the dictionary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fill, say, sayAll } from '../../src/i18n/fill';
import { DICTIONARIES, dictionary } from '../../src/i18n';
import { PAGES } from '../../src/lib/routes';

const ROOT = join(import.meta.dirname, '..', '..');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const DATA_FILE = /(?:[.-]data\.ts|\.json)$/;
/** A site address such as '/tools/deadlines/#公安联网备案期限' is not a sentence. */
const SITE_PATH = /^['"`]\/[^\s'"`]*['"`]$/;

/**
 * Files not yet moved to the copy layer. The list only shrinks: a file that no longer has a Chinese literal must leave
 * it (the second test says so), and a file not on it must have none.
 */
const PENDING: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** The Chinese literals of one file: "line: text". */
function chineseLiterals(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const value = node.getText(source);
      if (CJK.test(value) && !SITE_PATH.test(value)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push(`${line}: ${value.trim().slice(0, 40)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = [...sourceFiles('src/lib'), ...sourceFiles('src/components')]
  .map((f) => relative(ROOT, join(ROOT, f)))
  .filter((f) => !DATA_FILE.test(f));

describe('copy layer', () => {
  it('no Chinese sentence is written in src/lib or an island outside data files and the dictionaries', () => {
    const offenders = Object.fromEntries(
      files
        .filter((f) => !PENDING.includes(f))
        .map((f) => [f, chineseLiterals(f)] as const)
        .filter(([, lits]) => lits.length > 0),
    );
    expect(offenders).toEqual({});
  });

  it('the list of files still to move only names files that still hold Chinese literals', () => {
    const done = PENDING.filter((f) => chineseLiterals(f).length === 0);
    expect(done).toEqual([]);
  });

  it('every locale has a dictionary with a link text for every page src/lib links to', () => {
    for (const d of Object.values(DICTIONARIES)) {
      for (const key of Object.keys(PAGES)) expect(d.pages[key as keyof typeof PAGES]).toBeTruthy();
    }
  });

  it('the root locale is the fallback', () => {
    expect(dictionary('xx')).toBe(dictionary('zh-CN'));
    expect(dictionary(undefined).lang).toBe('zh-CN');
  });

  it('fills placeholders one way', () => {
    expect(fill('这里是 {length} 位。', { length: 5 })).toBe('这里是 5 位。');
    expect(fill('{a}、{b}', { a: 1 })).toBe('1、{b}');
    expect(say({ x: '甲{n}' }, { code: 'x', params: { n: 2 } })).toBe('甲2');
    expect(sayAll({ a: '甲', b: '乙' }, [{ code: 'a' }, { code: 'b' }])).toEqual(['甲', '乙']);
  });
});
