/**
 * 期限计算 · 管局审核期限: the first and the last working day of the 管局 review, with the holidays in between.
 * The province list (name and review limit) comes from the `.astro` wrapper (src/lib/provinces at build time), so
 * the island carries no copy of the rules. Words: the `deadlines` dictionary slice.
 */
import { For, Show, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import { fill, say } from '../../i18n/fill';
import { todayInBeijing } from '../../lib/deadlines/beijing';
import { holidaysBetween, reviewWindow, REVIEW_DAYS_BY_LAW } from '../../lib/deadlines/calendar';
import { addDays, yearOf } from '../../lib/deadlines/days';
import { validateDay } from '../../lib/deadlines/validate';
import { downloadFile } from '../shared/download';
import { restoreOnMount } from '../shared/restore';
import DateField from './DateField';
import { dayText, type DeadlinesCopy } from './format';

/** One choice of the province select: its name and its 管局审核 limit in working days. */
export interface ReviewProvince {
  /** The Chinese short name: the option's value (kept when the browser restores the choice). */
  name: string;
  /** The name as the page shows it ('Guangdong (广东)'); `name` when absent. */
  label?: string;
  days: number;
}

export interface ReviewWindowProps {
  copy: Pick<DeadlinesCopy, 'common' | 'holidays' | 'review'>;
  provinces: readonly ReviewProvince[];
}

export default function ReviewWindow(props: ReviewWindowProps) {
  const selectId = createUniqueId();
  const [mounted, setMounted] = createSignal(false);
  const [submitted, setSubmitted] = createSignal('');
  const [province, setProvince] = createSignal('');
  const restoreProvince = restoreOnMount(setProvince);
  onMount(() => {
    if (!submitted()) setSubmitted(todayInBeijing(new Date()));
    setMounted(true);
  });
  const day = (d: string) => dayText(props.copy.common, d);
  const sub = createMemo(() => validateDay(submitted()));
  const maxDays = () => props.provinces.find((p) => p.name === province())?.days ?? REVIEW_DAYS_BY_LAW;
  const review = createMemo(() => {
    const s = sub();
    if (!mounted() || !s.ok) return null;
    const w = reviewWindow(s.value, maxDays());
    return { ...w, submitted: s.value, n: maxDays(), spans: holidaysBetween(addDays(s.value, 1), w.last) };
  });
  /** The last day, or the range from the earlier to the later end when 春节 of a year without a notice is in it. */
  const lastText = (r: { last: string; lastLikely?: string }) => {
    if (!r.lastLikely) return day(r.last);
    const [from, to] = [r.last, r.lastLikely].sort();
    return fill(props.copy.review.lastRange, { from: day(from!), to: day(to!) });
  };
  const message = () => {
    const s = sub();
    if (!mounted()) return '';
    if (!s.ok) return say(props.copy.common.dateErrors, s.error);
    return s.normalized ? fill(props.copy.common.normalizedNote, { value: s.value }) : '';
  };
  const saveIcs = async () => {
    const r = review();
    if (!r) return;
    const { buildIcs, dayEvent, dayIcsFileName } = await import('../../lib/deadlines/ics'); // first use only
    const c = props.copy.review;
    // On the more likely end when the last day is a range.
    const on = r.lastLikely ?? r.last;
    const summary = fill(c.icsSummary, { n: r.n }) + (r.estimated ? c.estimatedTag : '');
    const description =
      fill(c.icsDescription, { submitted: day(r.submitted), first: day(r.first) }) +
      (r.lastLikely ? fill(c.icsLikely, { year: yearOf(on), statutory: day(r.last) }) : '');
    const ics = buildIcs([dayEvent(on, summary, description)], new Date());
    downloadFile(dayIcsFileName(`review-day${r.n}`, on), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{props.copy.review.intro}</p>
      <DateField
        label={props.copy.review.submittedLabel}
        hint={props.copy.review.submittedHint}
        type="date"
        value={submitted()}
        onValue={setSubmitted}
        message={message()}
        invalid={mounted() && !sub().ok}
      />
      <div class="icp-deadlines-field">
        <label for={selectId}>{props.copy.review.provinceLabel}</label>
        <select
          id={selectId}
          ref={restoreProvince}
          aria-describedby={`${selectId}-hint`}
          onChange={(e) => setProvince(e.currentTarget.value)}
        >
          <option value="">{props.copy.review.provinceNone}</option>
          <For each={props.provinces}>
            {(p) => (
              <option value={p.name} selected={p.name === province()}>
                {fill(
                  // A limit other than the law's 20 working days is a provider's statement.
                  p.days === REVIEW_DAYS_BY_LAW
                    ? props.copy.review.provinceOption
                    : props.copy.review.provinceOptionStated,
                  { name: p.label ?? p.name, n: p.days },
                )}
              </option>
            )}
          </For>
        </select>
        <p id={`${selectId}-hint`} class="icp-deadlines-hint">
          {props.copy.review.provinceHint}
        </p>
      </div>
      <div class="icp-deadlines-result" aria-live="polite" data-testid="review-result">
        <Show when={review()} fallback={<p>{props.copy.review.waiting}</p>}>
          {(r) => (
            <>
              <dl class="icp-deadlines-dl">
                <dt>{props.copy.review.firstLabel}</dt>
                <dd data-testid="review-first">{day(r().first)}</dd>
                <dt>{fill(props.copy.review.lastLabel, { n: r().n })}</dt>
                <dd data-testid="review-last">
                  <strong class="icp-deadlines-big">{lastText(r())}</strong>
                  {r().estimated ? props.copy.review.estimatedTag : ''}
                </dd>
              </dl>
              <Show when={r().lastLikely}>
                {(likely) => (
                  <p>
                    {fill(props.copy.review.likelyNote, {
                      year: yearOf(likely()),
                      statutory: day(r().last),
                      likely: day(likely()),
                    })}
                  </p>
                )}
              </Show>
              <p class="icp-deadlines-subhead">{props.copy.review.holidaysHeading}</p>
              <Show when={r().spans.length} fallback={<p>{props.copy.review.noHolidays}</p>}>
                <ul>
                  <For each={r().spans}>
                    {(s) => (
                      <li class={s.kind === 'work' ? 'icp-deadlines-work' : undefined}>
                        {fill(
                          s.kind === 'work'
                            ? props.copy.review.workDay
                            : s.days > 1
                              ? props.copy.review.offRange
                              : props.copy.review.offDay,
                          { name: props.copy.holidays[s.name], from: day(s.from), to: day(s.to), days: s.days },
                        )}
                        {s.estimated ? props.copy.review.estimatedTag : ''}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={r().estimated}>
                <p class="icp-deadlines-status icp-deadlines-urgent">{props.copy.review.estimateNotice}</p>
              </Show>
            </>
          )}
        </Show>
      </div>
      <button type="button" class="icp-deadlines-button" disabled={!review()} onClick={saveIcs}>
        {props.copy.review.icsButton}
      </button>
    </div>
  );
}
