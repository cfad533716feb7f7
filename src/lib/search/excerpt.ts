/**
 * Search snippets that read as sentences: Pagefind cuts its excerpt a fixed number of words around the first match,
 * which in Chinese often starts in the middle of the previous sentence. These functions trim the excerpt to the
 * sentence(s) holding the highlighted words.
 */

/** Characters that end a sentence or clause in the guide's text. */
const ENDS = '。！？；!?;';

/** Whether a sentence ends at `i`: a Chinese or ASCII full stop, or the ". " Pagefind puts between blocks. */
function endsAt(text: string, i: number): boolean {
  const c = text[i]!;
  return ENDS.includes(c) || (c === '.' && (i + 1 === text.length || text[i + 1] === ' '));
}

/**
 * Trim a Pagefind excerpt (text with `<mark>` around the matches) to whole sentences: it starts at the first
 * sentence that begins inside the excerpt and holds a match (Pagefind's excerpt usually starts in the middle of
 * the sentence before), and stops at the end of the last sentence holding a match. Where no such boundary exists
 * the excerpt is kept as Pagefind cut it (at a word boundary). Never throws.
 *
 * @example
 * sentenceExcerpt('短信。管局审核一般需要 <mark>20</mark> 个工作日。接入商')
 * // '管局审核一般需要 <mark>20</mark> 个工作日。'
 * sentenceExcerpt('可达 <mark>30</mark> 天。快的 <mark>1</mark> 天就有结果，慢的要等满。后面')
 * // '快的 <mark>1</mark> 天就有结果，慢的要等满。'
 * sentenceExcerpt('没有标记的文字。后面') // '没有标记的文字。后面'
 */
export function sentenceExcerpt(excerpt: string): string {
  if (typeof excerpt !== 'string') return '';
  const first = excerpt.indexOf('<mark>');
  const last = excerpt.lastIndexOf('</mark>');
  if (first === -1 || last === -1) return excerpt;
  // Sentence starts: 0 and every position after a sentence end.
  const starts = [0];
  for (let i = 0; i < excerpt.length; i++) if (endsAt(excerpt, i)) starts.push(i + 1);
  let start = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (s <= first) start = s;
    else if (start === 0 && s < excerpt.length) {
      // A later sentence that starts in the excerpt and holds a match reads better than a cut-off first one.
      const mark = excerpt.indexOf('<mark>', s);
      if (mark !== -1 && mark < (starts[k + 1] ?? excerpt.length)) start = s;
      break;
    }
  }
  let end = excerpt.length;
  for (let i = Math.max(last + '</mark>'.length, start); i < excerpt.length; i++) {
    if (endsAt(excerpt, i)) {
      end = i + 1;
      break;
    }
  }
  const out = excerpt.slice(start, end).trim();
  return out.includes('<mark>') ? out : excerpt;
}

/**
 * The part of a Pagefind result the search UI shows, as far as snippets go.
 *
 * @example
 * const r: ExcerptHolder = { excerpt: '…', sub_results: [{ excerpt: '…' }] };
 */
export interface ExcerptHolder {
  excerpt?: string;
  sub_results?: Array<{ excerpt?: string }>;
}

/**
 * Apply {@link sentenceExcerpt} to a result and its sub-results, in place; returns the same object.
 *
 * @example
 * sentenceExcerpts({ excerpt: '甲。<mark>乙</mark>丙。丁' }).excerpt // '<mark>乙</mark>丙。'
 */
export function sentenceExcerpts<T extends ExcerptHolder>(result: T): T {
  if (!result || typeof result !== 'object') return result;
  if (typeof result.excerpt === 'string') result.excerpt = sentenceExcerpt(result.excerpt);
  if (Array.isArray(result.sub_results)) {
    for (const sub of result.sub_results) {
      if (sub && typeof sub.excerpt === 'string') sub.excerpt = sentenceExcerpt(sub.excerpt);
    }
  }
  return result;
}
