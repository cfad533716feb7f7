#!/usr/bin/env node
/**
 * npm run trad-table — writes src/lib/text/trad-data.ts, the site's one traditional → simplified table: its part for the
 * characters of filing messages is used by the text normalisation of every tool (src/lib/text), the whole by search
 * (src/lib/search, src/integrations/search).
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
/** The second part, in a module of its own so that a tool's bundle never carries it (only search imports it). */
export const OUTPUT_PAGES = 'src/lib/text/trad-pages-data.ts';

/**
 * The simplified characters of filing messages (what people paste into the tools: 验证码、备案号、审核通过、管局…,
 * province names, refused words): their traditional forms are what every tool's normalisation maps (src/lib/text,
 * `MESSAGE_PAIRS`). Search maps the traditional forms of every character the pages use as well (`PAGE_PAIRS`).
 */
const MESSAGE_CHARS =
  '验证码备号审过网变注销电话实驳资讯业务请输确联系无复发数达记录个体负责内时还应后败区机广东苏沪辽鲁赣晋陕闽贵粤宁琼云国门' +
  '湾护权链页显错误终经营许处单简称测试点击读检询户台为与于这里据库将会则络线签认凭订间条现开关闭统边访问际设范围类种报递说' +
  '协议写骤总办布传载图拟虚运级头两阅规罚态状并迟历节华准绝产轻邮赌场团组织构论坛购贸导闻视频医疗药诊训学游戏财贷险乐听价择' +
  '亿货买卖厅计装饰车书览旧员龄钱园艺术评维农热谱让转红斗远动欢龙肃尔壮庆陇汉';

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
const SKIPPED = [OUTPUT, OUTPUT_PAGES, 'src/lib/provinces/cities-data.ts'];

/** The site's sources: every page, data file, dictionary and module under src/, except SKIPPED. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(mdx?|astro|tsx?|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !SKIPPED.includes(relative(ROOT, f).split('\\').join('/')));
}

/**
 * The table for the characters of the sources under `srcDir`, as pairs (traditional then simplified: '備备號号…'),
 * sorted by the traditional character, in two parts: `messages`, the pairs whose simplified character is one of
 * MESSAGE_CHARS (what the tools map), and `pages`, the other pairs (what search maps as well).
 *
 * @param {string} srcDir
 * @returns {{ messages: string, pages: string }}
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
  const sorted = [...pairs].sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0));
  const join2 = (list) => list.map(([t, s]) => t + s).join('');
  return {
    messages: join2(sorted.filter(([, s]) => MESSAGE_CHARS.includes(s))),
    pages: join2(sorted.filter(([, s]) => !MESSAGE_CHARS.includes(s))),
  };
}

/** A string constant written over lines of 100 characters. */
const constant = (name, text) =>
  `export const ${name} =\n${(text.match(/.{1,100}/gu) ?? ['']).map((l, i, all) => `  '${l}'${i < all.length - 1 ? ' +' : ';'}`).join('\n')}\n`;

/**
 * The text of the two modules, src/lib/text/trad-data.ts and src/lib/text/trad-pages-data.ts, for a table.
 *
 * @param {{ messages: string, pages: string }} table
 * @returns {{ messages: string, pages: string }}
 */
export function tradDataModules(table) {
  const head = (what) => `/**
 * The site's one traditional → simplified table (pairs of characters, traditional then simplified: '備备號号…', one
 * UTF-16 unit each), made by \`npm run trad-table\` (scripts/trad-table.mjs) from OpenCC; do not edit by hand.
 * ${what}
 */
`;
  return {
    messages:
      head(
        "This part: the characters of filing messages (验证码、备案号、审核…, province names, refused words),\n * mapped by every tool's normalisation (src/lib/text) and by search.",
      ) + constant('MESSAGE_PAIRS', table.messages),
    pages:
      head(
        'This part: the other characters the pages use, mapped by search only (src/lib/search), kept apart so that\n * no tool carries it.',
      ) + constant('PAGE_PAIRS', table.pages),
  };
}

if (process.argv[1] === import.meta.filename) {
  const modules = tradDataModules(buildTradTable());
  const files = [
    [OUTPUT, modules.messages],
    [OUTPUT_PAGES, modules.pages],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, text]) => readFileSync(join(ROOT, file), 'utf8') !== text).map(([f]) => f);
    if (stale.length) {
      console.error(`${stale.join(', ')} out of date: run npm run trad-table`);
      process.exit(1);
    }
    console.log(`${OUTPUT} and ${OUTPUT_PAGES} are up to date`);
  } else {
    for (const [file, text] of files) writeFileSync(join(ROOT, file), text);
    console.log(`${OUTPUT}, ${OUTPUT_PAGES}: written`);
  }
}
