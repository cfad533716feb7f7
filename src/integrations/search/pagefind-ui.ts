/**
 * Starlight's search, unchanged on screen, with three things added (Starlight imports `@pagefind/default-ui`, and the
 * search integration points that import here):
 * - each query is searched in the site's spelling (`normalizeQuery` in src/lib/search: traditional characters,
 *   Chinese numerals, full-width letters, synonyms), while the box and the "results for …" line keep what was typed;
 * - snippets are trimmed to the sentence holding the match;
 * - Pagefind starts loading (worker, WebAssembly, index metadata, common index chunks) 3 s after the page has loaded,
 *   once the browser is idle (unless the reader's browser asks to save data: `preloadSearchWhenIdle`), or earlier as soon
 *   as the reader shows intent to search (pointer over or focus on the search button, Ctrl/⌘ K, opening the dialog),
 *   so that the dialog opens on a ready engine; results follow a keystroke after 40 ms instead of Pagefind UI's
 *   default 300 ms.
 *
 * Performance marks, for the bench and the tests: `icp-search:background` when the UI is built (`detail`: `scheduled`
 * when Pagefind will load in the background, `off` when it waits for the reader), `icp-search:load` when loading
 * starts (`detail`: `idle` or `intent`) and `icp-search:ready` when Pagefind is initialised, the common chunks are in, and the number formatting
 * and icons its UI uses are ready.
 */
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI as DefaultPagefindUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import {
  normalizeQuery,
  TRAD_TABLE,
  preloadSearchWhenIdle,
  sentenceExcerpts,
  type ConnectionHints,
  type ExcerptHolder,
} from '../../lib/search';
import { BUNDLE_DIR, SEARCH_BUTTON, SEARCH_DIALOG, UI_CLASS_PREFIX } from './upstream';

type Options = {
  bundlePath?: string;
  processResult?: (result: ExcerptHolder) => ExcerptHolder | void;
  [key: string]: unknown;
};

/** Words in nearly every query; preloading them fetches the index chunks most queries need. */
const WARM_WORDS = '备案 管局 短信 网站 接入商 核验';

/** How long after `load` the background load waits before asking for an idle moment. */
const IDLE_DELAY_MS = 3000;

/** Run `task` when the browser is idle (or within 5 s), or after 1 s where it cannot tell. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 1000);
}

/** The decoded icons, kept so that the browser keeps them. */
const icons: HTMLImageElement[] = [];

/**
 * Decode the SVG icons Starlight's search styles draw (`data:image/svg+xml` masks on the search box, on each result
 * and on its sub-results). The browser builds a document for each SVG image the first time it is styled, which
 * would land on the dialog's opening and on the first results (tens of ms each on a slow phone); decoded now, the
 * styles find them ready.
 */
async function decodeSearchIcons(): Promise<void> {
  const urls = new Set<string>();
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      if (!(rule instanceof CSSStyleRule) || !rule.selectorText.includes(UI_CLASS_PREFIX)) continue;
      for (const m of rule.cssText.matchAll(/url\("?(data:image\/svg\+xml[^")]*)"?\)/g)) urls.add(m[1]!);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      walk(sheet.cssRules);
    } catch {
      // A style sheet the page may not read (none on this site): its icons load when styled, as before.
    }
  }
  await Promise.all(
    [...urls].map(async (url) => {
      const img = new Image();
      img.src = url;
      icons.push(img);
      await img.decode().catch(() => undefined);
    }),
  );
}

/**
 * Load Pagefind once: when the browser is idle after the page has loaded, or at the first sign the reader is about to
 * search, whichever comes first.
 */
function warmUp(bundlePath: string, input: HTMLInputElement | null): void {
  let started = false;
  const warm = (why: 'idle' | 'intent') => {
    if (started) return;
    started = true;
    performance.mark('icp-search:load', { detail: why });
    // Pagefind UI imports Pagefind and sets its options when its box gets focus, and its first search otherwise waits
    // for that in 50 ms steps: a focus event (the box does not take focus) has it do so now.
    input?.dispatchEvent(new FocusEvent('focus'));
    // The same module URL the UI imports, so the UI gets this very instance, already loading.
    import(/* @vite-ignore */ `${bundlePath}pagefind.js`)
      .then(async (pagefind) => {
        await pagefind.init();
        // The index chunks holding the site's most common words, so that the first query rarely waits for one.
        await pagefind.preload(WARM_WORDS);
        // Pagefind UI formats the result count with Intl.NumberFormat; the browser's first one in a page loads its
        // number formatting data (tens of ms, 4× that on a slow phone), which would land on the first results.
        await new Promise<void>((resolve) => whenIdle(() => resolve()));
        new Intl.NumberFormat(document.documentElement.lang || undefined).format(1);
        await new Promise<void>((resolve) => whenIdle(() => resolve()));
        await decodeSearchIcons();
        performance.mark('icp-search:ready');
      })
      .catch(() => {
        started = false;
      });
  };
  const onIntent = () => warm('intent');
  const button = document.querySelector(SEARCH_BUTTON);
  for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focus', 'click']) {
    button?.addEventListener(type, onIntent, { once: true, passive: true });
  }
  window.addEventListener('keydown', (e) => {
    if ((e.metaKey || e.ctrlKey) && e.key === 'k') onIntent();
  });
  const dialog = document.querySelector(SEARCH_DIALOG);
  if (dialog?.hasAttribute('open')) onIntent();

  const connection = (navigator as Navigator & { connection?: ConnectionHints }).connection;
  const background = preloadSearchWhenIdle(connection);
  performance.mark('icp-search:background', { detail: background ? 'scheduled' : 'off' });
  if (!background) return;
  // A few seconds after `load` (the page's own images, styles and islands, and its first interactions, come first),
  // when the main thread has nothing to do.
  const idle = () => setTimeout(() => whenIdle(() => warm('idle')), IDLE_DELAY_MS);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

export class PagefindUI extends DefaultPagefindUI {
  constructor(options: Options) {
    const starlightProcessResult = options.processResult;
    super({
      debounceTimeoutMs: 40,
      excerptLength: 24,
      ...options,
      processTerm: (term: string) => normalizeQuery(term, TRAD_TABLE),
      processResult: (result: ExcerptHolder) => sentenceExcerpts(starlightProcessResult?.(result) ?? result),
    });
    const element = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
    warmUp(options.bundlePath ?? `/${BUNDLE_DIR}/`, element instanceof Element ? element.querySelector('input') : null);
  }
}
