/**
 * Starlight's search, unchanged on screen, with three things added (Starlight imports `@pagefind/default-ui`, and the
 * search integration points that import here):
 * - each query is searched in the site's spelling (`normaliseQuery` in src/lib/search: traditional characters,
 *   Chinese numerals, full-width letters, synonyms), while the box and the "results for …" line keep what was typed;
 * - snippets are trimmed to the sentence holding the match;
 * - Pagefind starts loading (worker, WebAssembly, index metadata, common index chunks) as soon as the reader shows
 *   intent to search
 *   (pointer over or focus on the search button, Ctrl/⌘ K, opening the dialog), not at the first keystroke, and
 *   results follow a keystroke after 40 ms instead of Pagefind UI's default 300 ms.
 */
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI as DefaultPagefindUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import tradPairs from 'virtual:icp-search/trad-table';
import { normaliseQuery, parseTradTable, sentenceExcerpts, type ExcerptHolder } from '../../lib/search';

const TRAD = parseTradTable(tradPairs);

type Options = {
  bundlePath?: string;
  processResult?: (result: ExcerptHolder) => ExcerptHolder | void;
  [key: string]: unknown;
};

/** Words in nearly every query; preloading them fetches the index chunks most queries need. */
const WARM_WORDS = '备案 管局 短信 网站 接入商 核验';

/** Load Pagefind once, at the first sign the reader is about to search. */
function warmUpOnIntent(bundlePath: string): void {
  let started = false;
  const warm = () => {
    if (started) return;
    started = true;
    // The same module URL the UI imports, so the UI gets this very instance, already loading.
    import(/* @vite-ignore */ `${bundlePath}pagefind.js`)
      .then(async (pagefind) => {
        await pagefind.init();
        // The index chunks holding the site's most common words, so that the first query rarely waits for one.
        await pagefind.preload(WARM_WORDS);
      })
      .catch(() => {
        started = false;
      });
  };
  const button = document.querySelector('site-search button[data-open-modal]');
  for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focus', 'click']) {
    button?.addEventListener(type, warm, { once: true, passive: true });
  }
  window.addEventListener('keydown', (e) => {
    if ((e.metaKey || e.ctrlKey) && e.key === 'k') warm();
  });
  const dialog = document.querySelector('site-search dialog');
  if (dialog?.hasAttribute('open')) warm();
}

export class PagefindUI extends DefaultPagefindUI {
  constructor(options: Options) {
    const starlightProcessResult = options.processResult;
    super({
      debounceTimeoutMs: 40,
      excerptLength: 24,
      ...options,
      processTerm: (term: string) => normaliseQuery(term, TRAD),
      processResult: (result: ExcerptHolder) => sentenceExcerpts(starlightProcessResult?.(result) ?? result),
    });
    warmUpOnIntent(options.bundlePath ?? '/pagefind/');
  }
}
