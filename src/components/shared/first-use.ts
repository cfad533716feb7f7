/**
 * A module an island fetches on first use (a focus, a first value), not with the page: what the first view does not
 * show. The import itself is cached by the browser; this keeps, per island, a signal that is empty until the module
 * has arrived, so that the island renders exactly its server HTML until then.
 */
import { createSignal, type Accessor } from 'solid-js';

/**
 * `loaded()` is the module once `use()` has fetched it (undefined before); `use()` may be called any number of
 * times (on every focus) and fetches once.
 *
 * @example
 * const results = firstUse(() => import('./Results')); // <input onFocus={results.use} />
 */
export function firstUse<T>(load: () => Promise<T>): { loaded: Accessor<T | undefined>; use: () => Promise<T> } {
  const [loaded, setLoaded] = createSignal<T>();
  let loading: Promise<T> | undefined;
  const use = () =>
    (loading ??= load().then((m) => {
      setLoaded(() => m);
      return m;
    }));
  return { loaded, use };
}
