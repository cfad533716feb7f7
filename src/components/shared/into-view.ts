/**
 * Bringing a tool's answer into view after the reader asked for it (a paste, an example, a button): on a narrow
 * screen the answer often sits below the fold. One helper for every island, so that they all scroll the same way.
 */

/**
 * Scroll `el` into view when its start is not in the upper part of the window, instantly when the reader prefers
 * reduced motion. Focus stays where it is; the page's scroll-padding keeps it clear of the sticky header.
 *
 * @example
 * bringIntoView(resultElement) // scrolls only when the result starts below 60 % of the window's height (or above it)
 */
export function bringIntoView(el: HTMLElement | undefined): void {
  if (!el || typeof window === 'undefined') return;
  const top = el.getBoundingClientRect().top;
  if (top >= 0 && top <= window.innerHeight * 0.6) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
}
