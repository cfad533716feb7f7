/**
 * Read pasted HTML as text, never as a document: no DOM, no parser that could run it, nothing fetched. One pass over
 * the string gives the words a reader would see (entities decoded, tags dropped, comments and scripts skipped) and,
 * for every stretch of them, the link it sits in; and the images with their `src`. Good enough for a footer: it is
 * not a conforming HTML parser, and it never throws. Linear in the input's length.
 */

/**
 * A link in the scanned text: `[start, end)` offsets into `text`, and its `href` as written (entities decoded).
 *
 * @example
 * const l: ScannedLink = { start: 0, end: 18, href: 'https://beian.miit.gov.cn/' };
 */
export type ScannedLink = { start: number; end: number; href: string };

/**
 * An image: its `src` (entities decoded), the offset in `text` where it stands, and the link it is in, if any.
 *
 * @example
 * const i: ScannedImage = { src: '/images/gongan-beian.png', at: 3, href: 'https://beian.mps.gov.cn/' };
 */
export type ScannedImage = { src: string; at: number; href: string | null };

/**
 * A stretch of the scanned text that a reader does not see: `[start, end)` offsets into `text`, and `how` it is
 * hidden: the `hidden` attribute or the inline style (`display:none`, `visibility:hidden`, `font-size:0`,
 * `opacity:0`) of the element it is in, or of one around it.
 *
 * @example
 * const h: HiddenText = { start: 0, end: 18, how: 'display:none' };
 */
export type HiddenText = { start: number; end: number; how: string };

/**
 * What {@link scanHtml} found. `hidden`: the stretches of text hidden by the paste itself (a style sheet or a script
 * that hides them is not seen).
 *
 * @example
 * const s: Scanned = scanHtml('<a href="/">首页</a>'); // { text: '首页', links: [{ start: 0, end: 2, href: '/' }], images: [], hidden: [] }
 */
export type Scanned = { text: string; links: ScannedLink[]; images: ScannedImage[]; hidden: HiddenText[] };

/** Elements with no end tag: one of them cannot hide what follows it. */
const VOID = /^(?:img|br|hr|input|meta|link|wbr|source|area|col|embed)$/;

/** Elements whose content a reader does not see as text. */
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'svg']);
/** Elements that start a new line of text: their words are not run together with their neighbours'. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'footer', 'header', 'section', 'article', 'aside', 'nav', 'main', 'table',
  'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'dd', 'dt', 'dl', 'address', 'blockquote', 'body',
  'html', 'head', 'center', 'form', 'figure', 'figcaption', 'pre',
]); // prettier-ignore

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  copy: '©',
  middot: '·',
  ndash: '–',
  mdash: '—',
  hyphen: '-',
  minus: '−',
};

/**
 * Decode the character references of HTML text: named ones a footer uses (`&amp;`, `&nbsp;`, `&copy;` …) and every
 * numeric one (`&#20140;`, `&#x4EAC;`); anything else is left as written.
 *
 * @example
 * decodeEntities('&#x4EAC;ICP&#22791;') // '京ICP备'
 * decodeEntities('a &amp; b') // 'a & b'
 */
export function decodeEntities(text: string): string {
  if (typeof text !== 'string' || !text.includes('&')) return typeof text === 'string' ? text : '';
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    const named = NAMED[ref.toLowerCase()];
    return named ?? m;
  });
}

/** The offset just past the tag that starts at `lt` (its `>`, outside quoted attribute values), or -1. */
function tagEnd(html: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return -1;
}

/** The value of one attribute of a tag's source, entities decoded; undefined when absent. */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  if (!m) return undefined;
  return decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
}

/**
 * How an element's tag hides its content: `hidden` (the attribute), or the inline style declaration that does
 * (display:none, visibility:hidden or collapse, font-size or opacity zero); '' when it does not.
 */
function hides(tag: string): string {
  // Quoted values are not attributes: class="hidden" is not the hidden attribute.
  if (/\shidden(?![\w-])/i.test(tag.replace(/"[^"]*"|'[^']*'/g, ''))) return 'hidden';
  const m =
    /(?:^|;)(display:none|visibility:(?:hidden|collapse)|(font-size|opacity):[+-]?(?:0+\.?0*|\.0+)(?:[a-z]+|%)?)(?=$|;|!)/.exec(
      (attribute(tag, 'style') ?? '').toLowerCase().replace(/\s+/g, ''),
    );
  return m ? (m[2] ? `${m[2]}:0` : m[1]!) : '';
}

/**
 * Scan pasted HTML: the visible text, the links over it and the images. Never throws; a string that is not HTML is
 * read as text.
 *
 * @example
 * scanHtml('<p><a href="https://beian.miit.gov.cn/">京ICP备12345678号</a></p>').links[0].href // 'https://beian.miit.gov.cn/'
 * scanHtml('<!-- 京ICP备12345678号 -->').text // ''
 */
export function scanHtml(html: string): Scanned {
  const out: Scanned = { text: '', links: [], images: [], hidden: [] };
  if (typeof html !== 'string') return out;
  const parts: string[] = [];
  let length = 0;
  let href: string | null = null;
  let linkStart = 0;
  // The element that hides what is inside it (its name, how, how many of its name are open, where hiding began).
  let hidingTag = '';
  let how = '';
  let depth = 0;
  let hiddenStart = 0;
  const endHidden = () => {
    if (hidingTag && length > hiddenStart) out.hidden.push({ start: hiddenStart, end: length, how });
    hidingTag = '';
  };
  const push = (s: string) => {
    if (s) {
      parts.push(s);
      length += s.length;
    }
  };
  const closeLink = () => {
    if (href !== null && length > linkStart) out.links.push({ start: linkStart, end: length, href });
    href = null;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 ? html.length : lt;
    if (stop > i) push(decodeEntities(html.slice(i, stop)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
    if (!name) {
      // A lone '<' is text.
      push('<');
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    if (end < 0) break;
    const tag = html.slice(lt, end);
    const tagName = name[1]!.toLowerCase();
    const closing = tag[1] === '/';
    i = end;
    if (!closing && SKIP_CONTENT.has(tagName) && !tag.endsWith('/>')) {
      const close = new RegExp(`</${tagName}`, 'gi');
      close.lastIndex = end;
      i = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (hidingTag) {
      if (tagName === hidingTag && !tag.endsWith('/>')) depth += closing ? -1 : 1;
      if (!depth) endHidden();
    } else if (!closing && !VOID.test(tagName) && (how = hides(tag))) {
      hidingTag = tagName;
      depth = 1;
      hiddenStart = length;
    }
    if (tagName === 'a') {
      closeLink();
      if (!closing) {
        href = attribute(tag, 'href') ?? '';
        linkStart = length;
      }
    } else if (tagName === 'img' && !closing) {
      out.images.push({ src: attribute(tag, 'src') ?? '', at: length, href });
    }
    if (BLOCK.has(tagName)) push('\n');
  }
  closeLink();
  endHidden();
  out.text = parts.join('');
  return out;
}
