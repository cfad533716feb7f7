/**
 * The device clock for the islands: one `now` signal, ticking once a second while an island that uses it is on the
 * page, and `null` on the server and before hydration (no build-time clock leaks into the HTML). The device's time
 * zone is read once, only to show a local time beside Beijing time. UI plumbing only: every rule is in src/lib.
 * Beside it in this folder: the SMS receipt time shared between islands (sms-received.ts), fields restored by the
 * browser (restore.ts), file downloads (download.ts) and the patch that lets several islands hydrate (solid-hydration.ts).
 */
import { createSignal, onCleanup, onMount } from 'solid-js';
import { sharedSmsReceived } from './sms-received';
import './solid-hydration';

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
    smsReceived: () => (mounted() ? sharedSmsReceived() : ''),
  };
}
