/**
 * The glossary (/guide/glossary/) promises that the guide's pages link a term to it where they first use it. This
 * checks that promise on every built /guide/ page: the first use of each glossary term in the page's prose must sit
 * inside a link to that term's entry.
 *
 * What counts as a use: the term in running text or a table cell. Headings, table headers, code, figures, the title of
 * a callout, badges, the tools' islands and text that is already a link to somewhere else are not places to put a
 * link, so a term there is skipped and its next use counts; so is quoted wording (“…”), which is someone else's. The page's 资料来源 section is not read.
 *
 * Link cards are skipped too (their description cannot hold a link).
 *
 * Terms are matched longest first, so that 接入商 is not read as 接入, and a few compounds are read as the term they
 * name (主体备案号 → 备案号, 注销网站 → 注销) or as no term at all (图形验证码 is the page's captcha, 公安备案号 is a
 * police number, 接入单位 is a word of the police regulation).
 */
import { describe, expect, test } from 'vitest';
import { builtPages, documentOf } from './site';

const GLOSSARY = '/guide/glossary/';

/** Compounds read as the glossary entry they belong to. */
const ALIASES: Record<string, string> = {
  主体备案号: '备案号',
  网站备案号: '备案号',
  变更主体: '变更',
  变更网站: '变更',
  注销网站: '注销',
  注销主体: '注销',
  公安备案: '公安联网备案',
  接入备案: '新增接入',
  短信验证码: '验证码',
};

/** Compounds that contain a term but do not mean it. */
const NOT_TERMS = ['图形验证码', '公安备案号', '公网安备', '接入单位', '网络接入', '接入服务', '接入信息', '主体号'];

/** Places where a term is not linked (and is skipped). */
const SKIP =
  'h1, h2, h3, h4, h5, h6, th, code, pre, kbd, svg, figure, a, astro-island, script, style, template, ' +
  '.starlight-aside__title, .sl-badge, .expressive-code, .sl-link-card';

/** Elements whose text does not run on into the next one's. */
const BLOCK = /^(P|LI|TD|TH|DIV|SECTION|ASIDE|TABLE|TR|UL|OL|H[1-6]|BLOCKQUOTE|DETAILS|SUMMARY)$/;

type Mark = { skip: boolean; anchor?: string };

/** The text of the page's prose, each character marked with where it stands. */
function markedText(doc: Document): { text: string; marks: Mark[] } {
  const content = doc.querySelector('.sl-markdown-content');
  if (!content) return { text: '', marks: [] };
  let text = '';
  const marks: Mark[] = [];
  let stop = false;
  const walk = (node: Node): void => {
    if (stop) return;
    if (node.nodeType === 3) {
      const el = node.parentElement!;
      const link = el.closest('a');
      const href = link?.getAttribute('href') ?? '';
      const glossaryLink = href.startsWith(GLOSSARY + '#') ? decodeURIComponent(href.slice(GLOSSARY.length + 1)) : '';
      // A link to the glossary is what we look for; any other skipped place is skipped.
      const skipped = glossaryLink ? !!el.closest(SKIP.replace(', a,', ',')) : !!el.closest(SKIP);
      for (const ch of node.textContent ?? '') {
        text += ch;
        marks.push(glossaryLink && !skipped ? { skip: false, anchor: glossaryLink } : { skip: skipped });
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'H2' && el.textContent?.trim() === '资料来源') {
      stop = true;
      return;
    }
    const block = BLOCK.test(el.tagName);
    if (block) {
      text += '\n';
      marks.push({ skip: true });
    }
    for (const child of el.childNodes) walk(child);
    if (block) {
      text += '\n';
      marks.push({ skip: true });
    }
  };
  walk(content);
  // Quoted wording (“…”) is someone else's: a term inside it is not ours to link.
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') quoted = true;
    if (quoted) marks[i] = { skip: true };
    if (text[i] === '”' || text[i] === '\n') quoted = false;
  }
  return { text, marks };
}

/** The glossary's entries (each h3 is a term, its id the anchor). */
function glossaryTerms(): string[] {
  return [...documentOf(GLOSSARY).querySelectorAll('.sl-markdown-content h3[id]')].map((h) => h.id);
}

/**
 * The terms whose first use on the page is not a link to their entry, each with a few characters around it.
 *
 * @example
 * // a page whose first 管局 is plain text → [['管局', '…交给管局审核…']]
 */
export function unlinkedFirstUses(doc: Document, terms: string[]): [string, string][] {
  const { text, marks } = markedText(doc);
  const words = [...terms, ...Object.keys(ALIASES), ...NOT_TERMS].sort((a, b) => b.length - a.length);
  const done = new Set<string>();
  const found: [string, string][] = [];
  for (let i = 0; i < text.length;) {
    const word = words.find((w) => text.startsWith(w, i));
    if (!word) {
      i++;
      continue;
    }
    const term = NOT_TERMS.includes(word) ? undefined : (ALIASES[word] ?? word);
    if (term && !done.has(term)) {
      const span = marks.slice(i, i + word.length);
      if (!span.some((m) => m.skip)) {
        done.add(term);
        if (!span.every((m) => m.anchor === term)) {
          found.push([term, text.slice(Math.max(0, i - 12), i + word.length + 12).replace(/\s+/g, ' ')]);
        }
      }
    }
    i += word.length;
  }
  return found;
}

describe('the check itself', () => {
  test('a linked first use passes, a plain one fails, skipped places and later uses do not count', async () => {
    const { JSDOM } = await import('jsdom');
    const page = (body: string) =>
      new JSDOM(`<div class="sl-markdown-content">${body}</div>`).window.document as unknown as Document;
    const terms = ['管局', '接入商', '接入', '备案号'];
    expect(
      unlinkedFirstUses(
        page(
          '<h2>管局</h2><p>交给<a href="/guide/glossary/#管局">管局</a>，管局审核。<a href="/x/">接入</a>' +
            '挂<a href="/guide/glossary/#%E5%A4%87%E6%A1%88%E5%8F%B7">主体备案号</a></p>',
        ),
        terms,
      ),
    ).toEqual([]);
    expect(unlinkedFirstUses(page('<p>接入商和<a href="/guide/glossary/#接入">接入</a></p>'), terms)).toEqual([
      ['接入商', ' 接入商和接入 '],
    ]);
    expect(unlinkedFirstUses(page('<p>图形验证码</p><h2>资料来源</h2><p>管局</p>'), [...terms, '验证码'])).toEqual([]);
  });
});

const guidePages = builtPages().filter((p) => p.startsWith('/guide/') && p !== GLOSSARY);

describe('each guide page links a glossary term where it first uses it', () => {
  const terms = glossaryTerms();
  test('the glossary has its entries', () => {
    expect(terms.length).toBeGreaterThan(30);
    expect(terms).toContain('管局');
  });
  test.each(guidePages)('%s', (path) => {
    expect(unlinkedFirstUses(documentOf(path), terms), path).toEqual([]);
  });
});
