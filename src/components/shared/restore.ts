/**
 * Fields the browser filled before an island started: a value restored by Back, bfcache or form restore, or typed
 * before hydration, is handed to the island once it has hydrated.
 */
import { onCleanup, onMount } from 'solid-js';
import './solid-hydration';

/**
 * Read what the browser already put in a field when the island starts and hand it to `apply` once the island has
 * hydrated (changing state during hydration would break it). Call in a component body; pass the result as the
 * field's `ref`.
 *
 * After Back, Chrome restores form fields in a task of its own once the HTML is parsed, without an event; an island
 * whose scripts come from the cache can start before that. So when the island starts before the page has loaded, the
 * field is read again when the page is shown (`pageshow`, after `load`), and a value that appeared is applied too.
 *
 * @example
 * const restore = restoreOnMount(setValue); // <input ref={restore} … />
 */
export function restoreOnMount(
  apply: (value: string) => void,
): (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) => void {
  let field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | undefined;
  let value = '';
  onMount(() => {
    // After the hydrate() call has returned: a state change inside it would make islands hydrating next
    // miss their server-rendered nodes.
    if (value) queueMicrotask(() => apply(value));
    if (document.readyState === 'complete') return;
    const readAgain = () => {
      const now = field?.value ?? '';
      if (now && now !== value) apply(now);
    };
    window.addEventListener('pageshow', readAgain, { once: true });
    onCleanup(() => window.removeEventListener('pageshow', readAgain));
  });
  return (el) => {
    field = el;
    value = el.value;
  };
}
