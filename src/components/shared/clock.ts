/**
 * The device clock for the islands: one `now` signal, ticking once a second while an island that uses it is on the
 * page, and `null` on the server and before hydration (no build-time clock leaks into the HTML). The device's time
 * zone is read once, only to show a local time beside Beijing time. UI plumbing only: every rule is in src/lib.
 */
import { createSignal, onCleanup, onMount, sharedConfig } from 'solid-js';

/*
 * Several islands on one page, each hydrated on its own (client:visible). Solid assumes one hydration root per page:
 * the first click or input it handles after any island has hydrated marks the whole page as hydrated
 * (`sharedConfig.done`, `_$HY.done`), and every island that hydrates later is then rendered afresh instead — its
 * server HTML thrown away with whatever the browser restored or the reader typed into it. Keep both flags false so
 * that each island hydrates its own HTML (nothing else reads them: the islands use no Suspense or resources).
 */
if (typeof window !== 'undefined') {
  const never = { get: () => false, set: () => {}, configurable: true };
  Object.defineProperty(sharedConfig, 'done', never);
  const hy = (globalThis as { _$HY?: object })._$HY;
  if (hy) Object.defineProperty(hy, 'done', never);
}

const [now, setNow] = createSignal<Date | null>(null);
/** The device's IANA zone when it is not on Beijing's offset; null while it is (or is not known yet). */
const [zone, setZone] = createSignal<string | null>(null);
let zoneRead = false;

/**
 * Read the device's zone once per page. Its offset costs nothing (`getTimezoneOffset`); its name needs `Intl`, whose
 * first use loads the browser's time-zone data (tens of milliseconds on a phone). So the name is read only when the
 * device is not on UTC+8 (on UTC+8 no local time is shown), and in a task of its own after the islands have
 * hydrated, so that it does not lengthen the hydration.
 */
function readZone(): void {
  if (zoneRead) return;
  zoneRead = true;
  if (new Date().getTimezoneOffset() === -480) return;
  setTimeout(() => {
    try {
      setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || null);
    } catch {
      /* no local time then */
    }
  }, 0);
}

/**
 * The SMS receipt time typed in the 短信核验截止 calculator, shared with the 结果同步 calculator on the same page so
 * that its 核验完成时间 starts from it (a `datetime-local` value, '' when empty).
 */
const [smsReceived, setSmsReceived] = createSignal('');
export { setSmsReceived };
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Subscribe the calling component to the shared clock. The accessors read the shared state only once this island
 * has mounted: an island that hydrates after another one has started must render exactly the server's HTML first
 * (null / Beijing / the empty SMS time), or hydration breaks.
 *
 * @example
 * const { now, mounted } = useClock(); // now() is null until this island has mounted
 */
export function useClock(): {
  now: () => Date | null;
  /** The device's IANA zone, or null when it is on Beijing's offset (then nothing local is shown). */
  zone: () => string | null;
  mounted: () => boolean;
  smsReceived: () => string;
} {
  const [mounted, setMounted] = createSignal(false);
  onMount(() => {
    setMounted(true);
    setNow(new Date());
    readZone();
    if (users++ === 0) timer = setInterval(() => setNow(new Date()), 1000);
    onCleanup(() => {
      if (--users === 0) clearInterval(timer);
    });
  });
  return {
    now: () => (mounted() ? now() : null),
    zone: () => (mounted() ? zone() : null),
    mounted,
    smsReceived: () => (mounted() ? smsReceived() : ''),
  };
}

/**
 * Read what the browser already put in a field when the island starts — a value restored by Back, bfcache or form
 * restore, or typed before hydration — and hand it to `apply` once the island has hydrated (changing state during
 * hydration would break it). Call in a component body; pass the result as the field's `ref`.
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

/**
 * Offer a text file for download (the .ics reminders). Nothing leaves the browser: a Blob URL, revoked later.
 *
 * @example
 * downloadFile('a.ics', 'BEGIN:VCALENDAR…', 'text/calendar;charset=utf-8');
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
