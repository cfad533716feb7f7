/**
 * 期限计算 · 管局审核期限: the first and the last working day of the 管局 review, with the holidays in between.
 * The province list (name and review limit) comes from the `.astro` wrapper (src/lib/provinces at build time), so
 * the island carries no copy of the rules. Words: the `deadlines` dictionary slice.
 */
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import { fill } from '../../i18n/fill';
import { holidaysAround, reviewWindow, REVIEW_DAYS_BY_LAW } from '../../lib/deadlines/calendar';
import { addDays, yearOf } from '../../lib/deadlines/days';
import { restoreOnMount } from '../shared/restore';
import DateField from './DateField';
import { useDayInput } from './date-checks';
import { dayText, type DeadlinesCopy } from './format';
import { loadIcsFiles } from './later';

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
  const submitted = useDayInput();
  const [province, setProvince] = createSignal('');
  const restoreProvince = restoreOnMount(setProvince);
  const day = (d: string) => dayText(props.copy.common, d);
  const maxDays = () => props.provinces.find((p) => p.name === province())?.days ?? REVIEW_DAYS_BY_LAW;
  const review = createMemo(() => {
    const s = submitted.day();
    if (!s) return null;
    const w = reviewWindow(s, maxDays());
    return { ...w, submitted: s, n: maxDays(), spans: holidaysAround(addDays(s, 1), w.last) };
  });
  /** The last day, or the range from the earlier to the later end when 春节 of a year without a notice is in it. */
  const lastText = (r: { last: string; lastLikely?: string }) => {
    if (!r.lastLikely) return day(r.last);
    const [from, to] = [r.last, r.lastLikely].sort();
    return fill(props.copy.review.lastRange, { from: day(from!), to: day(to!) });
  };
  const saveIcs = async () => {
    const r = review();
    if (r) (await loadIcsFiles()).saveReviewIcs(props.copy, r); // first use only
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{props.copy.review.intro}</p>
      <DateField
        label={props.copy.review.submittedLabel}
        hint={props.copy.review.submittedHint}
        type="date"
        value={submitted.value()}
        onValue={submitted.setValue}
        message={submitted.message(props.copy.common)}
        invalid={submitted.invalid()}
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
