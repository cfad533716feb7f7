/**
 * 期限计算 · 管局审核期限: the first and the last working day of the 管局 review, with the holidays in between.
 * The province list (name and review limit) comes from the `.astro` wrapper (src/lib/provinces at build time), so
 * the island carries no copy of the rules.
 */
import { For, Show, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import { todayInBeijing } from '../../lib/deadlines/beijing';
import { holidaysBetween, reviewWindow, REVIEW_DAYS_BY_LAW } from '../../lib/deadlines/calendar';
import { addDays, formatDay } from '../../lib/deadlines/days';
import { validateDay } from '../../lib/deadlines/validate';
import { downloadFile } from '../shared/download';
import { restoreOnMount } from '../shared/restore';
import DateField from './DateField';
import { fill } from '../shared/format';
import type { ReviewWindowLabels } from './ReviewWindow.labels';

/** One choice of the province select: its name and its 管局审核 limit in working days. */
export interface ReviewProvince {
  name: string;
  days: number;
}

export interface ReviewWindowProps {
  labels: ReviewWindowLabels;
  provinces: readonly ReviewProvince[];
}

export default function ReviewWindow(props: ReviewWindowProps) {
  const L = () => props.labels;
  const selectId = createUniqueId();
  const [mounted, setMounted] = createSignal(false);
  const [submitted, setSubmitted] = createSignal('');
  const [province, setProvince] = createSignal('');
  const restoreProvince = restoreOnMount(setProvince);
  onMount(() => {
    if (!submitted()) setSubmitted(todayInBeijing(new Date()));
    setMounted(true);
  });
  const sub = createMemo(() => validateDay(submitted()));
  const maxDays = () => props.provinces.find((p) => p.name === province())?.days ?? REVIEW_DAYS_BY_LAW;
  const review = createMemo(() => {
    const s = sub();
    if (!mounted() || !s.ok) return null;
    const w = reviewWindow(s.value, maxDays());
    return { ...w, submitted: s.value, n: maxDays(), spans: holidaysBetween(addDays(s.value, 1), w.last) };
  });
  const message = () => {
    const s = sub();
    if (!mounted()) return '';
    return s.ok ? (s.normalized ? fill(L().normalizedNote, { value: s.value }) : '') : s.error;
  };
  const saveIcs = async () => {
    const r = review();
    if (!r) return;
    const { buildIcs, dayEvent, dayIcsFileName } = await import('../../lib/deadlines/ics'); // first use only
    const summary = fill(L().icsSummary, { n: r.n }) + (r.estimated ? L().estimatedTag : '');
    const description = fill(L().icsDescription, { submitted: formatDay(r.submitted), first: formatDay(r.first) });
    const ics = buildIcs([dayEvent(r.last, summary, description)], new Date());
    downloadFile(dayIcsFileName(`review-day${r.n}`, r.last), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{L().intro}</p>
      <DateField
        label={L().submittedLabel}
        hint={L().submittedHint}
        type="date"
        value={submitted()}
        onValue={setSubmitted}
        message={message()}
        invalid={mounted() && !sub().ok}
      />
      <div class="icp-deadlines-field">
        <label for={selectId}>{L().provinceLabel}</label>
        <select
          id={selectId}
          ref={restoreProvince}
          aria-describedby={`${selectId}-hint`}
          onChange={(e) => setProvince(e.currentTarget.value)}
        >
          <option value="">{L().provinceNone}</option>
          <For each={props.provinces}>
            {(p) => (
              <option value={p.name} selected={p.name === province()}>
                {fill(L().provinceOption, { name: p.name, n: p.days })}
              </option>
            )}
          </For>
        </select>
        <p id={`${selectId}-hint`} class="icp-deadlines-hint">
          {L().provinceHint}
        </p>
      </div>
      <div class="icp-deadlines-result" aria-live="polite" data-testid="review-result">
        <Show when={review()} fallback={<p>{L().waiting}</p>}>
          {(r) => (
            <>
              <dl class="icp-deadlines-dl">
                <dt>{L().firstLabel}</dt>
                <dd data-testid="review-first">{formatDay(r().first)}</dd>
                <dt>{fill(L().lastLabel, { n: r().n })}</dt>
                <dd data-testid="review-last">
                  <strong class="icp-deadlines-big">{formatDay(r().last)}</strong>
                  {r().estimated ? L().estimatedTag : ''}
                </dd>
              </dl>
              <p class="icp-deadlines-subhead">{L().holidaysHeading}</p>
              <Show when={r().spans.length} fallback={<p>{L().noHolidays}</p>}>
                <ul>
                  <For each={r().spans}>
                    {(s) => (
                      <li class={s.kind === 'work' ? 'icp-deadlines-work' : undefined}>
                        {fill(s.kind === 'work' ? L().workDay : s.days > 1 ? L().offRange : L().offDay, {
                          name: s.name,
                          from: formatDay(s.from),
                          to: formatDay(s.to),
                          days: s.days,
                        })}
                        {s.estimated ? L().estimatedTag : ''}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={r().estimated}>
                <p class="icp-deadlines-status icp-deadlines-urgent">{L().estimateNotice}</p>
              </Show>
            </>
          )}
        </Show>
      </div>
      <button type="button" class="icp-deadlines-button" disabled={!review()} onClick={saveIcs}>
        {L().icsButton}
      </button>
    </div>
  );
}
