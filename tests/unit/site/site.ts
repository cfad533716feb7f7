/**
 * The built site for the static checks: what tests/dist.ts reads from disk, and each page as a DOM.
 */
import { JSDOM } from 'jsdom';
import { htmlOf } from '../../dist';

export { DIST, TEST_SITE_URL, builtPages, htmlOf, requireDist, sitemapPaths } from '../../dist';

const documents = new Map<string, Document>();

/** The page as a DOM, parsed once per test worker (the checks only read it). */
export function documentOf(path: string): Document {
  if (!documents.has(path)) documents.set(path, new JSDOM(htmlOf(path)).window.document);
  return documents.get(path)!;
}
