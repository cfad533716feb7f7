/**
 * Several islands on one page, each hydrated on its own (client:visible / client:idle), while Solid assumes one
 * hydration root per page: the first event it handles after any island has hydrated marks the whole page as
 * hydrated (`sharedConfig.done`, `_$HY.done`; solid-js/web's event handler), and every island that hydrates later is
 * then rendered afresh instead (`hydrate` checks `_$HY.done`) — its server HTML thrown away with whatever the browser
 * restored or the reader typed into it. This keeps both flags false so that each island hydrates its own HTML
 * (nothing else reads them: the islands use no Suspense or resources).
 *
 * It depends on Solid's internals: tests/component/solid-hydration.test.tsx reads the installed solid-js and fails
 * when the flags it pins change name or meaning. Every shared module an island uses when it starts imports this one,
 * so the patch is in place before the first island hydrates.
 */
import { sharedConfig } from 'solid-js';

const NEVER: PropertyDescriptor = { get: () => false, set: () => {}, configurable: true };

/**
 * Pin Solid's "page hydrated" flags to false: on `sharedConfig`, and on `_$HY` (the page's hydration state, made by
 * the inline script Astro's Solid renderer adds before any island loads) when it exists. Idempotent.
 *
 * @example
 * keepIslandsHydrating(); // sharedConfig.done = true now leaves it false
 */
export function keepIslandsHydrating(hy = (globalThis as { _$HY?: object })._$HY): void {
  Object.defineProperty(sharedConfig, 'done', NEVER);
  if (hy) Object.defineProperty(hy, 'done', NEVER);
}

if (typeof window !== 'undefined') keepIslandsHydrating();
