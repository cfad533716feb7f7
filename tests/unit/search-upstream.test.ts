/**
 * The search integration (src/integrations/search) reaches into Starlight and Pagefind: it aliases the module
 * Starlight's search imports, subclasses Pagefind UI from a file inside its package, queries Starlight's search
 * markup, and rebuilds the index with Pagefind's Node API. None of that is a public API. This test reads the
 * installed packages and fails, in about a second, when an upgrade moves any of it (then read the package's changelog
 * and adjust src/integrations/search/upstream.ts and pagefind-ui.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_DIR,
  SEARCH_BUTTON,
  SEARCH_DIALOG,
  SEARCH_ROOT,
  STARLIGHT_UI_IMPORT,
  UI_CLASS_PREFIX,
  UI_OPTIONS,
} from '../../src/integrations/search/upstream';

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(join(ROOT, 'package.json'));

/** The folder of a package as Node finds it from `from` (its package.json need not be in its `exports`). */
function packageDir(name: string, from = ROOT): string {
  const paths = createRequire(join(from, 'package.json')).resolve.paths(name) ?? [];
  const dir = paths.map((p) => join(p, name)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed`);
  return dir;
}

/** Starlight's files that import Pagefind UI (its search component). */
function starlightSearchComponents(): { file: string; text: string }[] {
  const dir = packageDir('@astrojs/starlight');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !f.includes('node_modules') && /\.(astro|[jt]s|mjs)$/.test(f))
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }))
    .filter(({ text }) => text.includes(`import('${STARLIGHT_UI_IMPORT}')`));
}

/** The deep import of pagefind-ui.ts (the file of Pagefind UI it subclasses). */
const PAGEFIND_UI_SOURCE = readFileSync(join(ROOT, 'src/integrations/search/pagefind-ui.ts'), 'utf8');
const DEEP_IMPORT = new RegExp(`from '(${STARLIGHT_UI_IMPORT}/[^']+)'`).exec(PAGEFIND_UI_SOURCE)?.[1];

describe('what the search integration relies on upstream', () => {
  const components = starlightSearchComponents();

  it(`Starlight imports '${STARLIGHT_UI_IMPORT}' (the module we alias) and constructs PagefindUI with our hooks`, () => {
    expect(components.map((c) => c.file)).toHaveLength(1);
    const text = components[0]!.text;
    expect(text).toMatch(/new PagefindUI\(/);
    expect(text).toContain(`element: '${SEARCH_ROOT}'`);
    expect(text).toMatch(new RegExp(`bundlePath:.*'/${BUNDLE_DIR}/'`));
    // Starlight's own processResult, which ours wraps.
    expect(text).toMatch(/processResult:/);
  });

  it('the search button and dialog are where pagefind-ui.ts looks for them', () => {
    const text = components[0]!.text;
    const start = text.search(/<site-search\b/);
    const end = text.indexOf('</site-search>');
    expect(start).toBeGreaterThanOrEqual(0);
    const markup = text.slice(start, end);
    expect(SEARCH_BUTTON).toBe('site-search button[data-open-modal]');
    expect(markup).toMatch(/<button\b[^>]*\bdata-open-modal\b/);
    expect(SEARCH_DIALOG).toBe('site-search dialog');
    expect(markup).toMatch(/<dialog\b/);
    expect(markup).toContain(`id="${SEARCH_ROOT.slice(1)}"`);
  });

  it('the Pagefind UI file pagefind-ui.ts subclasses exists, exports PagefindUI, and reads the options we set', async () => {
    expect(DEEP_IMPORT).toBeDefined();
    const pkg = JSON.parse(readFileSync(join(packageDir(STARLIGHT_UI_IMPORT), 'package.json'), 'utf8')) as {
      exports?: unknown;
    };
    // A package without an `exports` map lets us import any file; one with it must list this one.
    if (pkg.exports) expect(JSON.stringify(pkg.exports)).toContain(DEEP_IMPORT!.slice(STARLIGHT_UI_IMPORT.length + 1));
    const mod = (await import(DEEP_IMPORT!)) as { PagefindUI?: unknown };
    expect(typeof mod.PagefindUI).toBe('function');
    const source = readFileSync(require.resolve(DEEP_IMPORT!), 'utf8');
    for (const option of UI_OPTIONS) expect(source, option).toContain(option);
    // Its styles name the classes whose icons pagefind-ui.ts decodes ahead of time.
    const css = readFileSync(join(packageDir(STARLIGHT_UI_IMPORT), 'css', 'ui.css'), 'utf8');
    expect(css).toContain(`.${UI_CLASS_PREFIX}`);
  });

  it("Pagefind's Node API has what the index rebuild calls", async () => {
    const pagefind = (await import('pagefind')) as Record<string, unknown>;
    expect(typeof pagefind.createIndex).toBe('function');
    expect(typeof pagefind.close).toBe('function');
    const pkg = JSON.parse(readFileSync(join(packageDir('pagefind'), 'package.json'), 'utf8')) as { types: string };
    const types = readFileSync(join(packageDir('pagefind'), pkg.types), 'utf8');
    for (const method of ['addHTMLFile', 'writeFiles']) expect(types, method).toMatch(new RegExp(`\\b${method}\\b`));
  });

  it('the versions declared in package.json are the ones Starlight resolves', () => {
    const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const starlight = packageDir('@astrojs/starlight');
    for (const name of ['pagefind', STARLIGHT_UI_IMPORT]) {
      const version = (
        JSON.parse(readFileSync(join(packageDir(name, starlight), 'package.json'), 'utf8')) as { version: string }
      ).version;
      expect(ours.dependencies[name], name).toBe(`^${version}`);
    }
  });
});
