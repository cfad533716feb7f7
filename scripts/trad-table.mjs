#!/usr/bin/env node
/**
 * npm run trad-table — writes src/lib/text/trad-data.ts, the site's one traditional → simplified table, used by the
 * text normalisation of every tool (src/lib/text) and by search (src/lib/search, src/integrations/search).
 *
 * For every simplified character in the site's sources (pages, province data, dictionaries, code under src/), each
 * traditional, Taiwan or Hong Kong form that OpenCC (opencc-js, a development dependency: the site never loads it)
 * turns into it, unless that form may also stay as it is (著 in 显著 is not 着, 乾 in 乾坤 is not 干): the table maps
 * single characters, without the words around them. A traditional character whose simplified form the site never uses cannot match anything, so
 * it is left out: the table stays a few KB. tests/unit/trad-table.test.ts fails when a page brings a character the
 * table lacks; run this script then. `--check` prints what is missing and exits 1 instead of writing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as OpenCC from 'opencc-js';
import ST from 'opencc-js/dict/STCharacters';
import TS from 'opencc-js/dict/TSCharacters';
import HKRev from 'opencc-js/dict/HKVariantsRev';
import TWRev from 'opencc-js/dict/TWVariantsRev';

const ROOT = join(import.meta.dirname, '..');
export const OUTPUT = 'src/lib/text/trad-data.ts';

/**
 * Simplified characters that filing messages (what people paste into the tools) may hold in traditional form although
 * no page uses them yet.
 */
const MESSAGE_CHARS = '亿园谱欢斗';

/** Characters simplified text uses in their own right although OpenCC's character table simplifies them: 乾 (乾坤). */
const KEEP_CHARS = '乾';

/** Pairs OpenCC does not give: 陜 (a character of its own) is a common wrong spelling of 陝 (陕) in pasted text. */
const EXTRA_PAIRS = '陜陕';

/** Han characters (BMP) in a text. */
function hanChars(text, into) {
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) into.add(ch);
  }
}

/**
 * Files whose words no normalisation compares against: the table itself, and the picker's city names (its search by
 * typing takes simplified characters only, to stay light).
 */
const SKIPPED = [OUTPUT, 'src/lib/provinces/cities-data.ts'];

/** The site's sources: every page, data file, dictionary and module under src/, except SKIPPED. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(mdx?|astro|tsx?|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !SKIPPED.includes(relative(ROOT, f).split('\\').join('/')));
}

/**
 * The table for the characters of the sources under `srcDir`, as pairs (traditional then simplified: '備备號号…'),
 * sorted by the traditional character.
 *
 * @param {string} srcDir
 * @returns {string}
 */
export function buildTradTable(srcDir = join(ROOT, 'src')) {
  const chars = new Set();
  for (const file of sourceFiles(srcDir)) hanChars(readFileSync(file, 'utf8'), chars);
  hanChars(MESSAGE_CHARS, chars);
  // Every form OpenCC knows: traditional for each simplified character (发 → 發 髮), simplified for each traditional
  // one, and the Taiwan and Hong Kong variants.
  const candidates = new Set();
  for (const dict of [ST, TS, HKRev, TWRev])
    for (const entry of dict.split('|'))
      for (const form of entry.split(' ')) if (form.length === 1) candidates.add(form);
  // Characters that may stay as they are: simplified characters themselves (ST's keys), and traditional ones that
  // OpenCC simplifies only in some words (TS lists the character itself among its simplified forms: 乾 in 乾坤).
  const keeps = new Set([...KEEP_CHARS, ...ST.split('|').map((entry) => entry.split(' ')[0])]);
  for (const entry of TS.split('|')) {
    const [t, ...s] = entry.split(' ');
    if (s.includes(t)) keeps.add(t);
  }
  const toCn = OpenCC.Converter({ from: 't', to: 'cn' });
  const back = [toCn, OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  const pairs = new Map();
  for (const t of candidates) {
    if (keeps.has(t) || toCn(t) === t) continue;
    const s = back.map((conv) => conv(t)).find((x) => x.length === 1 && x !== t && chars.has(x));
    if (s) pairs.set(t, s);
  }
  for (let i = 0; i + 1 < EXTRA_PAIRS.length; i += 2) pairs.set(EXTRA_PAIRS[i], EXTRA_PAIRS[i + 1]);
  // A simplified character is never also a traditional one here, so converting twice changes nothing.
  for (const s of pairs.values()) if (pairs.has(s)) throw new Error(`${s} is both a target and a source`);
  return [...pairs]
    .sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0))
    .map(([t, s]) => t + s)
    .join('');
}

/**
 * The module text of src/lib/text/trad-data.ts for a table.
 *
 * @param {string} pairs
 * @returns {string}
 */
export function tradDataModule(pairs) {
  const lines = pairs.match(/.{1,100}/gu) ?? [''];
  return `/**
 * The site's one traditional → simplified table: pairs of characters, traditional then simplified ('備备號号…'), one
 * UTF-16 unit each. Made by \`npm run trad-table\` (scripts/trad-table.mjs) from OpenCC and the characters the site
 * uses; do not edit by hand. Read by src/lib/text (every tool's normalisation) and src/lib/search.
 */
export const TRAD_PAIRS =
${lines.map((l, i) => `  '${l}'${i < lines.length - 1 ? ' +' : ';'}`).join('\n')}
`;
}

if (process.argv[1] === import.meta.filename) {
  const pairs = buildTradTable();
  const path = join(ROOT, OUTPUT);
  if (process.argv.includes('--check')) {
    const now = readFileSync(path, 'utf8');
    if (now !== tradDataModule(pairs)) {
      console.error(`${OUTPUT} is out of date: run npm run trad-table`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date (${pairs.length / 2} pairs)`);
  } else {
    writeFileSync(path, tradDataModule(pairs));
    console.log(`${OUTPUT}: ${pairs.length / 2} pairs`);
  }
}
