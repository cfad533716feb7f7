/**
 * 期限计算 · 公安联网备案期限: the last day of the 30 days after the site goes live (公安部令第33号 第十二条).
 * Thin island over src/lib/deadlines/police.ts; nothing is stored. Words: the `deadlines` dictionary slice.
 */
import { Show, createMemo } from 'solid-js';
import { policeFilingDeadline } from '../../lib/deadlines/police';
import DateField from './DateField';
import { useDayInput } from './date-checks';
import { dayText, type DeadlinesCopy } from './format';
import { loadIcsFiles } from './later';

export interface PoliceDeadlineProps {
  copy: Pick<DeadlinesCopy, 'common' | 'police'>;
}

export default function PoliceDeadline(props: PoliceDeadlineProps) {
  const live = useDayInput();
  const result = createMemo(() => {
    const d = live.day();
    return d ? { live: d, ...policeFilingDeadline(d) } : null;
  });
  const saveIcs = async () => {
    const r = result();
    if (r) (await loadIcsFiles()).savePoliceIcs(props.copy, r); // first use only
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{props.copy.police.intro}</p>
      <DateField
        label={props.copy.police.liveLabel}
        hint={props.copy.police.liveHint}
        type="date"
        value={live.value()}
        onValue={live.setValue}
        message={live.message(props.copy.common)}
        invalid={live.invalid()}
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
