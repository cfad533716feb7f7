import { describe, expect, test } from 'vitest';
import { LOCALES, localeOf } from '../../locales';
import { builtPages, htmlOf } from './site';

/**
 * Checks over the built pages in dist/ (run after `npm run build`): what a reader sees must not
 * - name our source note behind the scenes (原指南, 源指南, …): that filing is "一位用户 2025 年 3 月在京东云的备案记录";
 * - show internal MIIT status codes (状态 3, 状态码 …): pages quote the message the reader sees;
 * - link a source to a repository root (github.com/owner/repo, …/tree/<branch>) instead of the file that says it;
 * - lack its reviewed date (Starlight's footer "内容核对于： <time datetime=…>", from `lastUpdated` in the frontmatter).
 * Plain string and regex parsing of the HTML Astro writes; no HTML parser dependency.
 */

/** Names for our source note that must never reach a reader. */
export const BEHIND_THE_SCENES =
  /原指南|源指南|原笔记|来源指南|原始参考指南|参考指南|\b(?:the|our) (?:seed|source note|original guide|source guide)\b/gi;
/** Internal status codes of the MIIT verification page. */
export const STATUS_CODE = /状态\s*\d+|状态码/g;
/**
 * A GitHub link that stops at an account, a repository, or a branch's tree root,
 * e.g. https://github.com/jdcloudcom/cn or https://github.com/jdcloudcom/cn/tree/edit/.
 */
export const REPOSITORY_ROOT =
  /^https?:\/\/(?:www\.)?github\.com\/[^/?#]+(?:\/[^/?#]+(?:\/tree\/[^/?#]+)?)?\/?(?:[?#].*)?$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML character references Astro writes (named few, decimal and hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The text a reader meets on the page: the body's text nodes plus the attributes that are read out or shown
 * (alt, title, aria-label, placeholder, meta description). Scripts, styles and island props are left out:
 * they are code, and whatever an island shows is also rendered as HTML on the server.
 *
 * @example
 * readerText('<body><p>看<b>状态</b> 3</p><script>状态 4</script><img alt="原笔记"></body>')
 * // → includes '状态 3' and '原笔记', not '状态 4'
 */
export function readerText(html: string): string {
  const description = [...html.matchAll(/<meta\s[^>]*name="description"[^>]*content="([^"]*)"/g)].map((m) => m[1]);
  const title = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
  const body = (html.match(/<body[\s>][\s\S]*<\/body>/) ?? [html])[0]
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<template[\s\S]*?<\/template>/g, ' ');
  const attributes = [...body.matchAll(/\s(?:alt|title|aria-label|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  // Tags become nothing (so "<b>状态</b> 3" reads "状态 3"), block boundaries a space.
  const text = body
    .replace(/<\/?(?:p|div|li|td|th|tr|h[1-6]|br|section|figcaption|dd|dt)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities([...title, ...description, ...attributes, text].join('\n'));
}

/** Every href on the page, decoded. */
export function links(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

/** The label Starlight puts before the reviewed date, from our zh-CN strings. */
const reviewedLabel: string = LOCALES['zh-CN'].reviewed;

/** The reviewed date in Starlight's footer, e.g. "2026-11-28", or undefined when the page has none. */
export function reviewedDate(html: string, label = reviewedLabel): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = html.match(new RegExp(`${escaped}\\s*<time datetime="(\\d{4}-\\d{2}-\\d{2})T`));
  return m?.[1];
}

/** What is wrong with one built page, in words that say where to look. */
export function problems(html: string, label = reviewedLabel): string[] {
  const found: string[] = [];
  const text = readerText(html);
  for (const m of text.matchAll(BEHIND_THE_SCENES)) {
    found.push(`names the source note behind the scenes: “${context(text, m.index!, m[0].length)}”`);
  }
  for (const m of text.matchAll(STATUS_CODE)) {
    found.push(`shows an internal status code: “${context(text, m.index!, m[0].length)}”`);
  }
  for (const href of links(html)) {
    if (REPOSITORY_ROOT.test(href)) found.push(`links a repository root instead of the file: ${href}`);
  }
  if (!reviewedDate(html, label)) found.push(`has no reviewed date (“${label} <time datetime=…>”): set lastUpdated`);
  return found;
}

function context(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 15), index + length + 15)
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the checks themselves', () => {
  test('catch each kind of problem and pass a clean page', () => {
    const clean =
      '<html><head><title>页 | ICP 备案指南</title></head><body><p>一位用户 2025 年 3 月在京东云的备案记录</p>' +
      '<a href="https://github.com/jdcloudcom/cn/blob/edit/documentation/a.md">文件</a>' +
      `<p>${reviewedLabel} <time datetime="2026-11-28T00:00:00.000Z">2026年11月28日</time></p></body></html>`;
    expect(problems(clean)).toEqual([]);
    const bad = clean
      .replace('一位用户', '原指南 说 <b>状态</b> 3，见状态码')
      .replace('blob/edit/documentation/a.md', 'tree/edit/')
      .replace(/<time[^>]*>/, '<time>');
    const found = problems(bad).join('\n');
    expect(found).toMatch(/behind the scenes/);
    expect(found).toMatch(/状态 3/);
    expect(found).toMatch(/状态码/);
    expect(found).toMatch(/repository root/);
    expect(found).toMatch(/no reviewed date/);
  });

  test('a repository root is any depth up to the tree root, a file is not', () => {
    for (const url of [
      'https://github.com/jdcloudcom/cn',
      'https://github.com/jdcloudcom/cn/',
      'https://github.com/tencentyun/qcloud-documents/tree/master',
      'https://github.com/huaweicloud',
    ]) {
      expect(REPOSITORY_ROOT.test(url), url).toBe(true);
    }
    expect(REPOSITORY_ROOT.test('https://github.com/huaweicloud/huaweicloud-skills/blob/master/kb/a.md')).toBe(false);
    expect(REPOSITORY_ROOT.test('https://github.com/owner/repo/tree/master/docs')).toBe(false);
  });

  test('script, style and island code is not reader text; attributes and entities are', () => {
    const text = readerText('<body><script>原笔记</script><img alt="原&#x7B14;记"><p>状态&nbsp;4</p></body>');
    expect(text).toContain('原笔记');
    expect(text.match(/原笔记/g)).toHaveLength(1);
    expect(text).toMatch(/状态\s4/);
  });
});

// The 404 page has no content to review.
const pages = builtPages().filter((p) => !/^(\/en)?\/404\/$/.test(p));

describe('built pages in dist/', () => {
  test.each(pages)('%s', (path) => {
    expect(problems(htmlOf(path), LOCALES[localeOf(path)].reviewed), path).toEqual([]);
  });
});
