/**
 * The site's one traditional → simplified table (src/lib/text/trad-data.ts), made by `npm run trad-table` from OpenCC,
 * in two parts: the tools' normalisation (src/lib/text) maps the pairs for the characters of filing messages, search
 * (src/lib/search) maps all of them.
 */
import { describe, expect, test } from 'vitest';
import { buildTradTable } from '../../scripts/trad-table.mjs';
import { foldChar, normalizeText } from '../../src/lib/text';
import { MESSAGE_PAIRS } from '../../src/lib/text/trad-data';
import { PAGE_PAIRS } from '../../src/lib/text/trad-pages-data';
import { TRAD_TABLE } from '../../src/lib/search';

const pairs = (s: string) => new Map(Array.from({ length: s.length / 2 }, (_, i) => [s[2 * i]!, s[2 * i + 1]!]));

describe('one traditional → simplified table', () => {
  test('holds every pair the site’s characters need (else: npm run trad-table)', () => {
    const built = buildTradTable();
    const missing = (want: string, have: string) =>
      [...pairs(want)].filter(([t, s]) => pairs(have).get(t) !== s).map(([t, s]) => t + s);
    const hint = 'run `npm run trad-table` to remake src/lib/text/trad-data.ts and trad-pages-data.ts';
    expect(missing(built.messages, MESSAGE_PAIRS), hint).toEqual([]);
    expect(missing(built.pages, PAGE_PAIRS), hint).toEqual([]);
  });

  test('is pairs of single characters; no simplified character is also a traditional one; the parts do not overlap', () => {
    const all = MESSAGE_PAIRS + PAGE_PAIRS;
    expect(all.length % 2).toBe(0);
    const map = pairs(all);
    expect(map.size).toBe(all.length / 2);
    for (const [t, s] of map) {
      expect(t).not.toBe(s);
      expect(map.has(s), s).toBe(false);
    }
  });

  test('search maps the whole table; the tools map the part for filing messages, and nothing else', () => {
    expect(TRAD_TABLE.size).toBe((MESSAGE_PAIRS.length + PAGE_PAIRS.length) / 2);
    for (const [t, s] of pairs(MESSAGE_PAIRS)) {
      expect(TRAD_TABLE.get(t)).toBe(s);
      expect(foldChar(t)).toBe(s);
      expect(normalizeText(t)).toBe(s);
    }
    for (const [t] of pairs(PAGE_PAIRS)) expect(normalizeText(t)).toBe(t);
  });

  test('filing messages in traditional characters, as before the tables were one', () => {
    expect(normalizeText('驗證碼：１２３４５６【工信部 ICP 備案】')).toBe('验证码:123456[工信部ICP备案]');
    expect(normalizeText('您的網站備案已註銷，請聯繫接入商')).toBe('您的网站备案已注销,请联系接入商');
    expect(normalizeText('新疆維吾爾自治區')).toBe('新疆维吾尔自治区');
    expect(normalizeText('陜西')).toBe('陕西');
    expect(normalizeText('乾坤')).toBe('乾坤');
  });
});
