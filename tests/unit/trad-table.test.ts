/**
 * The site's one traditional → simplified table (src/lib/text/trad-data.ts), made by `npm run trad-table` from OpenCC
 * for the characters the site uses, read by every tool's normalisation (src/lib/text) and by search (src/lib/search).
 */
import { describe, expect, test } from 'vitest';
import { buildTradTable } from '../../scripts/trad-table.mjs';
import { foldChar, normalizeText } from '../../src/lib/text';
import { TRAD_PAIRS } from '../../src/lib/text/trad-data';
import { TRAD_TABLE } from '../../src/lib/search';

const pairs = (s: string) => new Map(Array.from({ length: s.length / 2 }, (_, i) => [s[2 * i]!, s[2 * i + 1]!]));

describe('one traditional → simplified table', () => {
  test('holds every pair the site’s characters need (else: npm run trad-table)', () => {
    const current = pairs(TRAD_PAIRS);
    const missing = [...pairs(buildTradTable())].filter(([t, s]) => current.get(t) !== s).map(([t, s]) => t + s);
    expect(missing, 'run `npm run trad-table` to remake src/lib/text/trad-data.ts').toEqual([]);
  });

  test('is pairs of single characters, no simplified character is also a traditional one', () => {
    expect(TRAD_PAIRS.length % 2).toBe(0);
    const map = pairs(TRAD_PAIRS);
    expect(map.size).toBe(TRAD_PAIRS.length / 2);
    for (const [t, s] of map) {
      expect(t).not.toBe(s);
      expect(map.has(s), s).toBe(false);
    }
  });

  test('the tools and search read the same table', () => {
    expect(TRAD_TABLE.size).toBe(TRAD_PAIRS.length / 2);
    for (const [t, s] of TRAD_TABLE) {
      expect(foldChar(t)).toBe(s);
      expect(normalizeText(t)).toBe(s);
    }
  });

  test('filing messages in traditional characters, as before the tables were one', () => {
    expect(normalizeText('驗證碼：１２３４５６【工信部 ICP 備案】')).toBe('验证码:123456[工信部ICP备案]');
    expect(normalizeText('您的網站備案已註銷，請聯繫接入商')).toBe('您的网站备案已注销,请联系接入商');
    expect(normalizeText('陜西')).toBe('陕西');
    expect(normalizeText('乾坤')).toBe('乾坤');
  });
});
