/**
 * The SMS receipt time as every island on a page shares it: the text typed (shared/clock.ts's `smsReceived`, so the
 * 结果同步 calculator starts from it) and whether it was read off a clock in Beijing time or in the reader's own zone
 * (a filer abroad reads local time on the phone). Nothing is filled in by default: until the reader types a time
 * or presses 刚收到, nothing is counted. UI state only; the rules are src/lib/deadlines'.
 */
import { createMemo, createSignal } from 'solid-js';
import { toBeijingInputValue, toZonedInputValue } from '../../lib/deadlines/beijing';
import { validateDateTime } from '../../lib/deadlines/validate';
import { setSmsReceived } from '../shared/sms-received';
import { useClock } from '../shared/clock';

/** True when the reader said the times they type are their own zone's, not Beijing's. */
const [ownZone, setOwnZone] = createSignal(false);

/**
 * Subscribe the calling island to the shared SMS time. Like {@link useClock}, everything reads as the server
 * rendered it (empty, Beijing time) until this island has mounted.
 *
 * @example
 * const sms = useSmsTime(); // sms.receivedAt() is null until a time is given
 */
export function useSmsTime() {
  const clock = useClock();
  /** The zone typed times are read in: the device's, when the reader chose it (and it is not on UTC+8). */
  const inputZone = () => (ownZone() && clock.zone()) || undefined;
  const check = createMemo(() => validateDateTime(clock.smsReceived(), inputZone()));
  return {
    ...clock,
    inputZone,
    ownZone: () => clock.mounted() && ownZone(),
    setOwnZone,
    text: clock.smsReceived,
    setText: setSmsReceived,
    /** The typed time checked; `dateTime.empty` while nothing is given. */
    check,
    /** When the SMS arrived, or null while the field is empty or invalid. */
    receivedAt: (): Date | null => {
      const c = check();
      return c.ok ? c.value : null;
    },
    /** An instant as a datetime-local value in the zone typed times are read in. */
    inputValue: (d: Date): string => {
      const z = inputZone();
      return z ? toZonedInputValue(d, z) : toBeijingInputValue(d);
    },
  };
}
