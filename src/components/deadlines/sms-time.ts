/**
 * The SMS receipt time as every island on a page shares it: the text typed (shared/clock.ts's `smsReceived`, so the
 * 结果同步 calculator starts from it) and whether it was read off a clock in Beijing time or in the reader's own zone
 * (a filer abroad reads local time on the phone). Nothing is filled in by default: until the reader types a time
 * or presses 刚收到, nothing is counted. UI state only; the rules are src/lib/deadlines'.
 */
import { createEffect, createMemo, createSignal } from 'solid-js';
import { toBeijingInputValue } from '../../lib/deadlines/beijing';
import { setSmsReceived } from '../shared/sms-received';
import { useClock } from '../shared/clock';
import { dateChecks, useDateChecks } from './date-checks';
import { firstUse } from '../shared/first-use';
import { loadZoneChoice } from './later';

/** True when the reader said the times they type are their own zone's, not Beijing's. */
const [ownZone, setOwnZone] = createSignal(false);

/**
 * The reader's own clock (./ZoneChoice: the choice of clock, and src/lib/deadlines/zone's offsets and wall-clock
 * times of their zone), fetched only on a device that is not on UTC+8, once the clock has read its zone (after
 * hydration): elsewhere nothing local is shown.
 */
const zoneClock = firstUse(loadZoneChoice);

/**
 * Subscribe the calling island to the shared SMS time. Like {@link useClock}, everything reads as the server
 * rendered it (empty, Beijing time) until this island has mounted.
 *
 * @example
 * const sms = useSmsTime(); // sms.receivedAt() is null until a time is given
 */
export function useSmsTime() {
  const clock = useClock();
  createEffect(() => {
    if (clock.zone()) void zoneClock.use();
  });
  /** The device's zone, once the functions that speak about it have arrived (null on UTC+8). */
  const zone = () => (zoneClock.loaded() ? clock.zone() : null);
  /** The zone typed times are read in: the device's, when the reader chose it (and it is not on UTC+8). */
  const inputZone = () => (ownZone() && zone()) || undefined;
  // A time in the field is checked: fetch the checks (the empty field needs none).
  createEffect(() => {
    if (clock.smsReceived()) useDateChecks();
  });
  const check = createMemo(() => {
    const text = clock.smsReceived();
    const c = dateChecks();
    return text && c ? c.validateDateTime(text, inputZone()) : null;
  });
  return {
    ...clock,
    zone,
    /** ./ZoneChoice (with the functions of src/lib/deadlines/zone), while {@link zone} is not null. */
    zoneClock: zoneClock.loaded,
    inputZone,
    ownZone: () => clock.mounted() && ownZone(),
    setOwnZone,
    text: clock.smsReceived,
    setText: setSmsReceived,
    /** The typed time checked; null while nothing is given (or until the checks have arrived). */
    check,
    /** When the SMS arrived, or null while the field is empty or invalid. */
    receivedAt: (): Date | null => {
      const c = check();
      return c?.ok ? c.value : null;
    },
    /** An instant as a datetime-local value in the zone typed times are read in. */
    inputValue: (d: Date): string => {
      const z = inputZone();
      const zc = zoneClock.loaded();
      return z && zc ? zc.toZonedInputValue(d, z) : toBeijingInputValue(d);
    },
  };
}

/** What {@link useSmsTime} gives an island. */
export type SmsTime = ReturnType<typeof useSmsTime>;
