import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
// @ts-expect-error: opencc-js ships no types for its raw dictionaries ("简 繁1 繁2|…").
import ST from 'opencc-js/dict/STCharacters';

/** Han characters (BMP) in a text. */
function hanChars(text: string, into: Set<string>): void {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) into.add(ch);
  }
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(mdx?|astro|tsx?|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The traditional → simplified table search needs, as pairs of characters (`'備备號号…'`, read by
 * `parseTradTable` in src/lib/search): for every simplified character in the site's sources (pages, data and labels
 * under `srcDir`), each traditional or regional form that OpenCC (opencc-js, at build time only) converts back to
 * it, unless that form is also a simplified character of its own. A traditional character whose simplified form the site never uses cannot match anything, so it is left out:
 * the table stays a few KB and follows the site as pages are added.
 */
export async function buildTradTable(srcDir: string): Promise<string> {
  const chars = new Set<string>();
  for (const file of await sourceFiles(srcDir)) hanChars(await readFile(file, 'utf8'), chars);
  // Every traditional form OpenCC knows for each character (发 → 發 髮), plus its Taiwan and Hong Kong forms.
  const forms = new Map<string, string[]>();
  for (const entry of (ST as string).split('|')) {
    const [s, ...ts] = entry.split(' ');
    if (s && chars.has(s)) forms.set(s, ts);
  }
  const regional = [OpenCC.Converter({ from: 't', to: 'tw' }), OpenCC.Converter({ from: 't', to: 'hk' })];
  const back = [
    OpenCC.Converter({ from: 't', to: 'cn' }),
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
  ];
  const pairs = new Map<string, string>();
  for (const [s, ts] of [...forms].sort()) {
    const all = new Set(ts.flatMap((t) => [t, ...regional.map((conv) => conv(t))]));
    for (const t of all) {
      // Skip forms that are simplified characters in their own right (著 in 显著 is not 着, 乾 in 乾坤 is not 干).
      if (t.length !== 1 || t === s || back[0]!(t) === t) continue;
      if (back.some((conv) => conv(t) === s)) pairs.set(t, s);
    }
  }
  return [...pairs].map(([t, s]) => t + s).join('');
}
