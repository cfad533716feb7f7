import { indexTerms, normalizeSearchText, type TradTable } from '../../lib/search';

/** Weight of the words added for a section's body: below the page's own words (1), so exact wording ranks first. */
export const ADDED_WEIGHT = 0.5;
/** Weight of the added spelling of a heading, as Pagefind weighs an `h3`. */
export const HEADING_WEIGHT = 5;
/**
 * Weight of the page's description (frontmatter `description`, written with the words people search for), indexed
 * with the page title's section: above body text, below headings.
 */
export const DESCRIPTION_WEIGHT = 2;

const SENTENCE = /[^。！？；\n]+[。！？；]?/g;

function decode(text: string): string {
  return text
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&amp;/g, '&');
}

function encode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sentences whose search spelling differs from how the page writes them, in that spelling. */
function respelled(text: string, table: TradTable): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (!s) continue;
    const n = normalizeSearchText(s, table);
    if (n.replace(/ /g, '') !== s.replace(/\s/g, '')) out.push(n);
  }
  return out;
}

/** How one page is indexed. */
export interface IndexOptions {
  /**
   * The page is one of many made from one template (/provinces/<slug>/): its section headings (跨省备案与居住证,
   * 页脚备案号格式 …) repeat on every such page, so they weigh as body text there. Otherwise 31 pages with the same
   * heading would fill every result list on that topic; the title (the province) keeps its weight.
   */
  templated?: boolean;
}

/** Weight of a templated page's section headings: body text. */
export const TEMPLATE_HEADING_WEIGHT = 1;

/**
 * The HTML Pagefind indexes for a page: the page as built, plus, at the end of each section (before each heading
 * with an `id`, which starts a Pagefind sub-result, and before `</main>`), an element holding
 * - the section's sentences in the search spelling where it differs from the page's (二十个 → 20 个, 審核 → 审核),
 *   the heading's own at heading weight;
 * - the guide's words for other spellings the section uses, and related words (驳回 → 退回), at a lower weight;
 * and, with the first section (the page title's), the page's `<meta name="description">` in the search spelling.
 * Only Pagefind reads this HTML: the pages served to readers are not changed.
 *
 * @example
 * prepareForIndex('<main data-pagefind-body><h2 id="a">审核要二十个工作日</h2><p>页脚</p></main>', new Map())
 * // '…<p>页脚</p><p data-pagefind-weight="5">审核要 20 个工作日</p><p data-pagefind-weight="0.5">底部</p></main>'
 */
export function prepareForIndex(html: string, table: TradTable, options: IndexOptions = {}): string {
  const start = html.search(/<main\b[^>]*data-pagefind-body/);
  if (start === -1) return html;
  const parts = html.slice(start).split(/(<[^>]+>)/);
  let out = html.slice(0, start);
  const meta = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html.slice(0, start));
  // A templated page's description is a template too: it would repeat the same topics on every such page.
  let description = meta && !options.templated ? normalizeSearchText(decode(meta[1]!), table) : '';
  let headings = 0;
  let skip = 0; // inside <script>/<style>
  let inHeading = false;
  let heading = '';
  let body = '';
  const flush = () => {
    let added = '';
    if (headings > 0 && description) {
      added += `<p data-pagefind-weight="${DESCRIPTION_WEIGHT}">${encode(description)}</p>`;
      description = '';
    }
    const h = respelled(heading, table);
    if (h.length) added += `<p data-pagefind-weight="${HEADING_WEIGHT}">${encode(h.join(' '))}</p>`;
    const b = [...respelled(body, table), ...indexTerms(normalizeSearchText(heading + '\n' + body, table))];
    if (b.length) added += `<p data-pagefind-weight="${ADDED_WEIGHT}">${encode(b.join(' '))}</p>`;
    heading = '';
    body = '';
    return added;
  };
  for (const part of parts) {
    if (part.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z0-9]+)/.exec(part)?.[1]?.toLowerCase() ?? '';
      const closing = part.startsWith('</');
      if (tag === 'script' || tag === 'style') skip += closing ? -1 : part.endsWith('/>') ? 0 : 1;
      else if (/^h[1-6]$/.test(tag)) {
        // Starlight's own headings ("本页内容" of the mobile table of contents) are not page sections.
        if (!closing && /\sid=/.test(part) && !/\sid="starlight__/.test(part)) {
          out += flush();
          inHeading = true;
          headings++;
          if (options.templated && tag !== 'h1' && !/data-pagefind-weight/.test(part)) {
            out += part.replace(/^<h[1-6]/, `$& data-pagefind-weight="${TEMPLATE_HEADING_WEIGHT}"`);
            continue;
          }
        } else if (closing) inHeading = false;
      } else if (tag === 'main' && closing) out += flush();
      else if (tag === 'br' || tag === 'p' || tag === 'li' || tag === 'div' || tag === 'td') {
        if (inHeading) heading += '\n';
        else body += '\n';
      }
      out += part;
    } else {
      out += part;
      if (skip > 0) continue;
      if (inHeading) heading += decode(part);
      else body += decode(part);
    }
  }
  return out;
}
