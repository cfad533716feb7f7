/**
 * When search may load before the reader asks for it. The browser's hints about the connection
 * (`navigator.connection`, the Network Information API), where it gives them.
 */
export interface ConnectionHints {
  /** The reader turned on a data saver (the browser then also sends `Save-Data: on`). */
  saveData?: boolean;
  /** The connection's speed class: `slow-2g`, `2g`, `3g` or `4g`. */
  effectiveType?: string;
}

/**
 * Whether the search engine (Pagefind's script, worker, WebAssembly and the index chunks of the most common words:
 * about 320 KB, 180 KB of it index chunks) may load in the background a few seconds after a page has loaded, when
 * the browser is idle, so that the search dialog opens on a ready engine. Not when the reader asked the browser to
 * save data, nor on a 2G connection: there it loads at the first sign the reader is about to search (pointer over
 * the search button, Ctrl K …), as before.
 *
 * @example
 * preloadSearchWhenIdle(undefined) // true: the browser gives no hint
 * preloadSearchWhenIdle({ saveData: false, effectiveType: '4g' }) // true
 * preloadSearchWhenIdle({ saveData: true, effectiveType: '4g' }) // false
 * preloadSearchWhenIdle({ effectiveType: 'slow-2g' }) // false
 */
export function preloadSearchWhenIdle(connection?: ConnectionHints): boolean {
  if (!connection) return true;
  if (connection.saveData === true) return false;
  return connection.effectiveType !== '2g' && connection.effectiveType !== 'slow-2g';
}
