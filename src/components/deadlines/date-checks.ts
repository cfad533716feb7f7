/**
 * The checks of typed dates and times (src/lib/deadlines/validate, with the full-width folding of src/lib/text),
 * fetched on first use, once per page: when the reader reaches for a date field or a field holds something the
 * calculators did not put there themselves. A calculator's first view needs none of them: an empty field says
 * nothing, and the day a calculator fills in itself (today, from the Beijing clock) is a day by construction.
 */
import { createEffect, createMemo, createSignal, onMount } from 'solid-js';
import { fill, say } from '../../i18n/fill';
import { todayInBeijing } from '../../lib/deadlines/beijing';
import { firstUse } from '../shared/first-use';
import type { CommonCopy } from './format';
import { loadDateChecks } from './later';

const checks = firstUse(loadDateChecks);

/** The check functions, or undefined until they have arrived. */
export const dateChecks = checks.loaded;

/**
 * Fetch the checks (once per page; later calls do nothing).
 *
 * @example
 * <input onFocus={useDateChecks} />
 */
export function useDateChecks(): void {
  void checks.use();
}

/**
 * A day field of a calculator that starts from today (管局审核, 公安联网备案): the typed value, today in Beijing once
 * the island has mounted (the server HTML stays empty), the value checked, and what to say under the field. The day
 * filled in here is a day by construction, so the checks are fetched only for a day the reader typed or the browser
 * restored (or on focus, by DateField).
 *
 * @example
 * const day = useDayInput(); // <DateField value={day.value()} onValue={day.setValue} message={day.message(copy.common)} … />
 */
export function useDayInput() {
  const [mounted, setMounted] = createSignal(false);
  const [value, setValue] = createSignal('');
  let today = '';
  onMount(() => {
    today = todayInBeijing(new Date());
    if (!value()) setValue(today);
    setMounted(true);
  });
  createEffect(() => {
    if (mounted() && value() !== today) useDateChecks();
  });
  /** The value checked; null until the checks have arrived (today needs none). */
  const checked = createMemo(() => {
    const s = value();
    return s === today && s
      ? { ok: true as const, value: s, normalized: false }
      : (checks.loaded()?.validateDay(s) ?? null);
  });
  return {
    mounted,
    value,
    setValue,
    /** The day to compute from, once mounted and valid; null otherwise. */
    day: () => {
      const c = checked();
      return mounted() && c?.ok ? c.value : null;
    },
    invalid: () => mounted() && checked()?.ok === false,
    /** The error or the normalisation note under the field ('' for none). */
    message: (common: CommonCopy) => {
      const c = checked();
      if (!mounted() || !c) return '';
      if (!c.ok) return say(common.dateErrors, c.error);
      return c.normalized ? fill(common.normalizedNote, { value: c.value }) : '';
    },
  };
}
