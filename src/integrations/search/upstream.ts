/**
 * What the search integration relies on in Starlight and Pagefind, named once. None of it is a public API of those
 * packages, so tests/unit/search-upstream.test.ts checks each item against the installed versions: an upgrade that
 * moves one fails that test (in a second), not the search in a reader's browser.
 */

/** The module Starlight's search component imports (`import('@pagefind/default-ui')`): we alias it to pagefind-ui.ts. */
export const STARLIGHT_UI_IMPORT = '@pagefind/default-ui';

/** The element Starlight mounts Pagefind UI in (Starlight passes it as `element`). */
export const SEARCH_ROOT = '#starlight__search';

/** Starlight's search button (the custom element `site-search` holds a button with `data-open-modal`). */
export const SEARCH_BUTTON = 'site-search button[data-open-modal]';

/** Starlight's search dialog (a `<dialog>` inside `site-search`). */
export const SEARCH_DIALOG = 'site-search dialog';

/** Where Starlight tells Pagefind UI the bundle is (its `bundlePath`, under the site's base), and where we rewrite it. */
export const BUNDLE_DIR = 'pagefind';

/** Pagefind UI options we set or wrap (see pagefind-ui.ts): each must still be one Pagefind UI reads. */
export const UI_OPTIONS = ['debounceTimeoutMs', 'excerptLength', 'processTerm', 'processResult'] as const;

/** Class prefix of Pagefind UI's elements, whose styles carry the search icons decoded ahead of time. */
export const UI_CLASS_PREFIX = 'pagefind-ui';
