/**
 * 期限计算 · 公安联网备案期限: the last day of the 30 days after the site goes live (公安部令第33号 第十二条).
 * Thin island over src/lib/deadlines/police.ts; nothing is stored.
 */
import { Show, createMemo, createSignal, onMount } from 'solid-js';
import { todayInBeijing } from '../../lib/deadlines/beijing';
import { formatDay } from '../../lib/deadlines/days';
import { policeFilingDeadline } from '../../lib/deadlines/police';
import { validateDay } from '../../lib/deadlines/validate';
import { downloadFile } from '../shared/download';
import DateField from './DateField';
import { fill } from '../shared/format';
import type { PoliceDeadlineLabels } from './PoliceDeadline.labels';

export interface PoliceDeadlineProps {
  labels: PoliceDeadlineLabels;
}

export default function PoliceDeadline(props: PoliceDeadlineProps) {
  const L = () => props.labels;
  const [mounted, setMounted] = createSignal(false);
  const [live, setLive] = createSignal('');
  onMount(() => {
    if (!live()) setLive(todayInBeijing(new Date()));
    setMounted(true);
  });
  const day = createMemo(() => validateDay(live()));
  const result = createMemo(() => {
    const d = day();
    return mounted() && d.ok ? { live: d.value, ...policeFilingDeadline(d.value) } : null;
  });
  const message = () => {
    const d = day();
    if (!mounted()) return '';
    return d.ok ? (d.normalized ? fill(L().normalizedNote, { value: d.value }) : '') : d.error;
  };
  const saveIcs = async () => {
    const r = result();
    if (!r) return;
    const { buildIcs, dayEvent, dayIcsFileName } = await import('../../lib/deadlines/ics'); // first use only
    const ics = buildIcs(
      [dayEvent(r.last, L().icsSummary, fill(L().icsDescription, { live: formatDay(r.live) }), 'police')],
      new Date(),
    );
    downloadFile(dayIcsFileName('police', r.last), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{L().intro}</p>
      <DateField
        label={L().liveLabel}
        hint={L().liveHint}
        type="date"
        value={live()}
        onValue={setLive}
        message={message()}
        invalid={mounted() && !day().ok}
      />
      <div class="icp-deadlines-result" aria-live="polite" data-testid="police-result">
        <Show when={result()} fallback={<p>{L().waiting}</p>}>
          {(r) => (
            <>
              <p>
                {L().lastLabel}：<strong class="icp-deadlines-big">{formatDay(r().last)}</strong>
              </p>
              <Show when={r().onRestDay}>
                <p>{L().restDayNote}</p>
              </Show>
            </>
          )}
        </Show>
      </div>
      <button type="button" class="icp-deadlines-button" disabled={!result()} onClick={saveIcs}>
        {L().icsButton}
      </button>
    </div>
  );
}
