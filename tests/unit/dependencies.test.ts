/**
 * Every package the code imports is declared in package.json: an import that only works because another package
 * happens to bring it along (as `pagefind` and `@pagefind/default-ui` did through Starlight) breaks the day that
 * package stops bringing it. Reads src/, scripts/, tests/ and the config files: import and export declarations,
 * dynamic `import()`, `require()`, `import.meta.resolve()`, the imports of .astro and .mdx files, and tsconfig's
 * `extends`. Node's built-in modules, `astro:*` (Astro's) and `virtual:*` (our own Vite plugins) are not packages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CONFIG_FILES = [
  'astro.config.mjs',
  'vitest.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
  'src/content.config.ts',
];
const CODE = /\.(?:[cm]?[jt]sx?|astro|mdx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => CODE.test(f) && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join(dir, f));
}

/** The script parts of a file: the whole file, an .astro file's frontmatter and <script> bodies, an .mdx's imports. */
function scriptsOf(file: string, text: string): string[] {
  if (file.endsWith('.astro')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    return [front, ...scripts];
  }
  if (file.endsWith('.mdx')) return [[...text.matchAll(/^(?:import|export)\s.*$/gm)].map((m) => m[0]).join('\n')];
  return [text];
}

/** Calls that load or locate a module by name: require, require.resolve, createRequire(…).resolve, import.meta.resolve. */
const RESOLVING_CALL = /^(?:require(?:\.resolve)?|import\.meta\.resolve|createRequire\([^)]*\)\.resolve)$/;

/** Every module specifier a script names. */
function specifiers(file: string, script: string): string[] {
  const source = ts.createSourceFile(file, script, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression.getText(source);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || RESOLVING_CALL.test(callee))
        out.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) out.push(lit.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Code run in a child process is a string: `spawnSync(node, ['-e', "require('chinese-days')"])`.
  for (const m of script.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The package a bare specifier belongs to, or undefined for a relative path, a built-in or a virtual module. */
function packageOf(spec: string): string | undefined {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) return undefined;
  if (spec.startsWith('virtual:') || spec.startsWith('\0')) return undefined;
  if (spec.startsWith('astro:')) return 'astro';
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

/** package → the files that import it. */
function importedPackages(): Map<string, string[]> {
  const files = [...filesUnder('src'), ...filesUnder('scripts'), ...filesUnder('tests'), ...CONFIG_FILES];
  const used = new Map<string, string[]>();
  const note = (name: string, file: string) => used.set(name, [...(used.get(name) ?? []), file]);
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const script of scriptsOf(file, text))
      for (const spec of specifiers(file, script)) {
        const name = packageOf(spec);
        if (name) note(name, relative(ROOT, join(ROOT, file)));
      }
  }
  // Packages named in configuration rather than imported: tsconfig's base, Prettier's plugins, vitest's environments.
  const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { extends?: string };
  if (tsconfig.extends && packageOf(tsconfig.extends)) note(packageOf(tsconfig.extends)!, 'tsconfig.json');
  const prettier = JSON.parse(readFileSync(join(ROOT, '.prettierrc.json'), 'utf8')) as { plugins?: string[] };
  for (const plugin of prettier.plugins ?? []) note(packageOf(plugin)!, '.prettierrc.json');
  for (const m of readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8').matchAll(/environment: '([\w-]+)'/g))
    if (m[1] !== 'node') note(m[1]!, 'vitest.config.ts');
  return used;
}

describe('dependencies', () => {
  const used = importedPackages();

  it('finds the imports (the walk itself works)', () => {
    for (const name of ['astro', 'solid-js', 'zod', 'vitest', 'pagefind', '@pagefind/default-ui'])
      expect(used.has(name), name).toBe(true);
  });

  it('every package imported in src/, scripts/, tests/ and the config files is declared in package.json', () => {
    const undeclared = [...used].filter(([name]) => !declared.has(name)).map(([name, files]) => `${name}: ${files}`);
    expect(undeclared).toEqual([]);
  });

  it('declares no package nothing uses, except tools run as commands', () => {
    const byName = new Set([
      // Commands of the npm scripts: the Node that runs them all, `astro check` (and the TypeScript it checks with),
      // `eslint`, `prettier`.
      'node',
      '@astrojs/check',
      'typescript',
      'eslint',
      'prettier',
      // Types only.
      '@types/jsdom',
      // The pages are MDX: Starlight adds its integration, we declare it because our content depends on it.
      '@astrojs/mdx',
    ]);
    const unused = [...declared].filter((name) => !used.has(name) && !byName.has(name));
    expect(unused).toEqual([]);
  });
});
