/**
 * 期限计算 · 公安联网备案期限: the last day of the 30 days after the site goes live (公安部令第33号 第十二条).
 * Thin island over src/lib/deadlines/police.ts; nothing is stored. Words: the `deadlines` dictionary slice.
 */
import { Show, createMemo, createSignal, onMount } from 'solid-js';
import { fill, say } from '../../i18n/fill';
import { todayInBeijing } from '../../lib/deadlines/beijing';
import { policeFilingDeadline } from '../../lib/deadlines/police';
import { validateDay } from '../../lib/deadlines/validate';
import { downloadFile } from '../shared/download';
import DateField from './DateField';
import { dayText, type DeadlinesCopy } from './format';

export interface PoliceDeadlineProps {
  copy: Pick<DeadlinesCopy, 'common' | 'police'>;
}

export default function PoliceDeadline(props: PoliceDeadlineProps) {
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
    if (!d.ok) return say(props.copy.common.dateErrors, d.error);
    return d.normalized ? fill(props.copy.common.normalizedNote, { value: d.value }) : '';
  };
  const saveIcs = async () => {
    const r = result();
    if (!r) return;
    const { buildIcs, dayEvent, dayIcsFileName } = await import('../../lib/deadlines/ics'); // first use only
    const { common, police } = props.copy;
    const description = fill(police.icsDescription, { live: dayText(common, r.live) });
    const ics = buildIcs([dayEvent(r.last, police.icsSummary, description, 'police')], new Date());
    downloadFile(dayIcsFileName('police', r.last), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{props.copy.police.intro}</p>
      <DateField
        label={props.copy.police.liveLabel}
        hint={props.copy.police.liveHint}
        type="date"
        value={live()}
        onValue={setLive}
        message={message()}
        invalid={mounted() && !day().ok}
      />
      <div class="icp-deadlines-result" aria-live="polite" data-testid="police-result">
        <Show when={result()} fallback={<p>{props.copy.police.waiting}</p>}>
          {(r) => (
            <>
              <p>
                {props.copy.police.lastLabel}
                <strong class="icp-deadlines-big">{dayText(props.copy.common, r().last)}</strong>
              </p>
              <Show when={r().onRestDay}>
                <p>{props.copy.police.restDayNote}</p>
              </Show>
            </>
          )}
        </Show>
      </div>
      <button type="button" class="icp-deadlines-button" disabled={!result()} onClick={saveIcs}>
        {props.copy.police.icsButton}
      </button>
    </div>
  );
}
