/**
 * 期限计算 island: SMS verification deadline, result-sync window and 管局 review window, all in Beijing time.
 * Thin UI over src/lib/deadlines: every rule and every date calculation lives there. Nothing is stored.
 */
import { createMemo, createSignal, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { addDays, formatDay } from '../lib/deadlines/days';
import {
  FUTURE_TOLERANCE_MS,
  formatBeijing,
  formatDuration,
  formatOffset,
  localTime,
  smsDeadline,
  timeLeft,
  toBeijingInputValue,
  todayInBeijing,
  zoneOffsetMinutes,
} from '../lib/deadlines/beijing';
import { holidaysBetween, reviewWindow } from '../lib/deadlines/calendar';
import { syncWindow } from '../lib/deadlines/sync';
import { INPUT_YEARS, validateDateTime, validateDay, validateOrder, type Checked } from '../lib/deadlines/validate';
import { fill } from './format';
import { buildIcs, dayEvent, deadlineEvent } from '../lib/deadlines/ics';
import type { DeadlinesLabels } from './Deadlines.labels';

export interface DeadlinesProps {
  /** UI strings: the wrapper passes `deadlinesLabels` from Deadlines.labels.ts (kept out of the island's JS). */
  labels: DeadlinesLabels;
  /** Which calculators to show (all three by default): a guide page embeds only the ones it talks about. */
  parts?: ReadonlyArray<DeadlinePart>;
}

export type DeadlinePart = 'sms' | 'sync' | 'review';

const MIN_DAY = `${INPUT_YEARS.from}-01-01`;
const MAX_DAY = `${INPUT_YEARS.to}-12-31`;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function Deadlines(props: DeadlinesProps) {
  const L = () => props.labels;
  const shows = (part: DeadlinePart) => !props.parts || props.parts.includes(part);
  // `now` stays null on the server and until hydration: no build-time clock leaks into the HTML.
  const [now, setNow] = createSignal<Date | null>(null);
  const [zone, setZone] = createSignal('Asia/Shanghai');
  const [received, setReceived] = createSignal('');
  const [verified, setVerified] = createSignal('');
  const [submitted, setSubmitted] = createSignal('');
  const [zhejiang, setZhejiang] = createSignal(false);

  onMount(() => {
    const n = new Date();
    setNow(n);
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai');
    setReceived(toBeijingInputValue(n));
    setVerified(toBeijingInputValue(n));
    setSubmitted(todayInBeijing(n));
    const timer = setInterval(() => setNow(new Date()), 1000);
    onCleanup(() => clearInterval(timer));
  });
  const mounted = () => now() !== null;

  const local = (d: Date) => {
    const l = localTime(d, zone());
    return l && fill(L().localLine, { time: l.text, offset: l.offset });
  };
  const zoneNote = createMemo(() => {
    const n = now();
    const off = n && zoneOffsetMinutes(n, zone());
    return off != null && off !== 480 ? fill(L().zoneNote, { zone: zone(), offset: formatOffset(off) }) : '';
  });

  // 1. SMS deadline
  const rec = createMemo(() => validateDateTime(received()));
  const deadline = createMemo(() => {
    const r = rec();
    return r.ok ? smsDeadline(r.value) : null;
  });
  /** Changes only when the category changes, so the live region is not re-announced every second. */
  const status = createMemo(() => {
    const d = deadline();
    const n = now();
    if (!d || !n) return '';
    const t = timeLeft(d, n);
    return t.passed ? 'passed' : t.urgent ? 'urgent' : 'ok';
  });
  const inFuture = createMemo(() => {
    const r = rec();
    const n = now();
    return !!(r.ok && n && r.value.getTime() > n.getTime() + FUTURE_TOLERANCE_MS);
  });
  const countdown = () => {
    const d = deadline();
    const n = now();
    if (!d || !n) return '';
    const t = timeLeft(d, n);
    return fill(t.passed ? L().over : L().left, { d: formatDuration(t.ms) });
  };

  // 2. result sync
  const ver = createMemo(() => validateDateTime(verified()));
  const verError = createMemo(() => {
    const v = ver();
    if (!v.ok) return v.error;
    const r = rec();
    return r.ok ? validateOrder(r.value, v.value, L().receivedName, L().verifiedName) : null;
  });
  const sync = createMemo(() => {
    const v = ver();
    return v.ok && !verError() ? syncWindow(v.value) : null;
  });
  const late = createMemo(() => {
    const v = ver();
    const d = deadline();
    return v.ok && d && v.value.getTime() > d.getTime() ? fill(L().afterDeadline, { time: formatBeijing(d) }) : '';
  });

  // 3. review window
  const sub = createMemo(() => validateDay(submitted()));
  const maxDays = () => (zhejiang() ? 30 : 20);
  const review = createMemo(() => {
    const s = sub();
    if (!s.ok) return null;
    const w = reviewWindow(s.value, maxDays());
    return { ...w, submitted: s.value, spans: holidaysBetween(addDays(s.value, 1), w.last) };
  });

  const err = (c: Checked<unknown> | string | null) => (typeof c === 'string' ? c : c && !c.ok ? c.error : '');
  const note = (c: Checked<unknown>) => (c.ok && c.normalized ? fill(L().normalizedNote, { value: String(c.value) }) : '');

  const field = (
    id: string,
    label: string,
    hint: string,
    input: JSX.Element,
    error: () => string,
    extra?: JSX.Element,
  ) => (
    <div class="icpdl-field">
      <label for={id}>{label}</label>
      <div class="icpdl-row">
        {input}
        {extra}
      </div>
      <p id={`${id}-hint`} class="icpdl-hint">
        {hint}
      </p>
      <p id={`${id}-err`} class="icpdl-error">
        {mounted() ? error() : ''}
      </p>
    </div>
  );

  return (
    <div class="icpdl">
      <p class="icpdl-note">
        {L().beijingNote} {zoneNote()}
      </p>

      <Show when={shows('sms')}>
      <section class="icpdl-card" aria-labelledby="icpdl-sms-h">
        <h3 id="icpdl-sms-h">{L().smsHeading}</h3>
        <p>{L().smsIntro}</p>
        {field(
          'icpdl-received',
          L().receivedLabel,
          L().receivedHint,
          <input
            id="icpdl-received"
            type="datetime-local"
            min={`${MIN_DAY}T00:00`}
            max={`${MAX_DAY}T23:59`}
            value={received()}
            onInput={(e) => setReceived(e.currentTarget.value)}
            aria-describedby="icpdl-received-hint icpdl-received-err"
            aria-invalid={mounted() && !rec().ok}
          />,
          () => err(rec()) || note(rec()),
          <button type="button" class="icpdl-button" onClick={() => setReceived(toBeijingInputValue(new Date()))}>
            {L().nowButton}
          </button>,
        )}
        <div class="icpdl-result" aria-live="polite" data-testid="sms-result">
          <Show when={deadline()} fallback={<p>{L().waiting}</p>}>
            {(d) => (
              <>
                <p>
                  {L().deadlineLabel}：<strong class="icpdl-big">{formatBeijing(d())}</strong>
                </p>
                <Show when={local(d())}>{(t) => <p class="icpdl-local">{t()}</p>}</Show>
                <Show when={inFuture()}>
                  <p>{L().futureNote}</p>
                </Show>
                <Show when={status()}>
                  <p class={`icpdl-status icpdl-${status()}`}>
                    {status() === 'passed' ? L().statusPassed : status() === 'urgent' ? L().statusUrgent : L().statusOk}
                  </p>
                </Show>
              </>
            )}
          </Show>
        </div>
        {/* Always rendered (disabled until there is a deadline), so hydration does not shift the page. */}
        <p class="icpdl-timer" role="timer">
          {deadline() ? countdown() : ''}
        </p>
        <button
          type="button"
          class="icpdl-button"
          disabled={!deadline()}
          onClick={() => {
            const d = deadline();
            if (!d) return;
            const time = formatBeijing(d);
            const ics = buildIcs([deadlineEvent(d, fill(L().icsSmsSummary, { time }), L().icsSmsDescription)], new Date());
            download(`icp-sms-deadline-${toBeijingInputValue(d).replace(/\D/g, '')}.ics`, ics);
          }}
        >
          {L().icsSmsButton}
        </button>
      </section>
      </Show>

      <Show when={shows('sync')}>
      <section class="icpdl-card" aria-labelledby="icpdl-sync-h">
        <h3 id="icpdl-sync-h">{L().syncHeading}</h3>
        <p>{L().syncIntro}</p>
        {field(
          'icpdl-verified',
          L().verifiedLabel,
          L().verifiedHint,
          <input
            id="icpdl-verified"
            type="datetime-local"
            min={`${MIN_DAY}T00:00`}
            max={`${MAX_DAY}T23:59`}
            value={verified()}
            onInput={(e) => setVerified(e.currentTarget.value)}
            aria-describedby="icpdl-verified-hint icpdl-verified-err"
            aria-invalid={mounted() && !!verError()}
          />,
          () => err(verError()) || note(ver()),
        )}
        <div class="icpdl-result" aria-live="polite" data-testid="sync-result">
          <Show when={sync()} fallback={<p>{L().waiting}</p>}>
            {(w) => (
              <>
                <Show when={late()}>
                  <p class="icpdl-status icpdl-passed">{late()}</p>
                </Show>
                <ul>
                  <li>{fill(L().syncJd, { from: formatBeijing(w().jdcloud.from), to: formatBeijing(w().jdcloud.to) })}</li>
                  <li>{fill(L().syncAliyun, { time: formatBeijing(w().aliyun) })}</li>
                  <li>
                    {fill(L().syncTencent, {
                      time: formatBeijing(w().tencent.within6h),
                      day1: formatDay(w().tencent.workingDays[0]),
                      day2: formatDay(w().tencent.workingDays[1]),
                    })}
                  </li>
                </ul>
                <Show when={localTime(w().aliyun, zone())}>
                  {(l) => <p class="icpdl-local">{fill(L().syncLocal, { time: l().text, offset: l().offset })}</p>}
                </Show>
                <p>{L().syncNote}</p>
              </>
            )}
          </Show>
        </div>
      </section>
      </Show>

      <Show when={shows('review')}>
      <section class="icpdl-card" aria-labelledby="icpdl-review-h">
        <h3 id="icpdl-review-h">{L().reviewHeading}</h3>
        <p>{L().reviewIntro}</p>
        {field(
          'icpdl-submitted',
          L().submittedLabel,
          L().submittedHint,
          <input
            id="icpdl-submitted"
            type="date"
            min={MIN_DAY}
            max={MAX_DAY}
            value={submitted()}
            onInput={(e) => setSubmitted(e.currentTarget.value)}
            aria-describedby="icpdl-submitted-hint icpdl-submitted-err"
            aria-invalid={mounted() && !sub().ok}
          />,
          () => err(sub()) || note(sub()),
        )}
        <div class="icpdl-check">
          <input
            id="icpdl-zj"
            type="checkbox"
            checked={zhejiang()}
            onChange={(e) => setZhejiang(e.currentTarget.checked)}
          />
          <label for="icpdl-zj">{L().zhejiangLabel}</label>
        </div>
        <div class="icpdl-result" aria-live="polite" data-testid="review-result">
          <Show when={review()} fallback={<p>{L().waiting}</p>}>
            {(r) => (
              <>
                <dl class="icpdl-dl">
                  <dt>{L().firstLabel}</dt>
                  <dd data-testid="review-first">{formatDay(r().first)}</dd>
                  <dt>{fill(L().lastLabel, { n: maxDays() })}</dt>
                  <dd data-testid="review-last">
                    <strong class="icpdl-big">{formatDay(r().last)}</strong>
                    {r().estimated ? L().estimatedTag : ''}
                  </dd>
                </dl>
                <h4>{L().holidaysHeading}</h4>
                <Show when={r().spans.length} fallback={<p>{L().noHolidays}</p>}>
                  <ul>
                    <For each={r().spans}>
                      {(s) => (
                        <li class={s.kind === 'work' ? 'icpdl-work' : undefined}>
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
                  <p class="icpdl-status icpdl-urgent">{L().estimateNotice}</p>
                </Show>
              </>
            )}
          </Show>
        </div>
        <Show when={review()}>
          {(r) => (
            <button
              type="button"
              class="icpdl-button"
              onClick={() => {
                const n = maxDays();
                const ics = buildIcs(
                  [
                    dayEvent(
                      r().last,
                      fill(L().icsReviewSummary, { n }) + (r().estimated ? L().estimatedTag : ''),
                      fill(L().icsReviewDescription, { submitted: formatDay(r().submitted), first: formatDay(r().first) }),
                    ),
                  ],
                  new Date(),
                );
                download(`icp-review-day${n}-${r().last.replace(/-/g, '')}.ics`, ics);
              }}
            >
              {L().icsReviewButton}
            </button>
          )}
        </Show>
      </section>
      </Show>
    </div>
  );
}
