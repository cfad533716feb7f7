/**
 * 期限计算 · 短信核验截止: when the 24 hours of the MIIT SMS end, in Beijing time. Thin island over
 * src/lib/deadlines; nothing is stored. The receipt time defaults to now only when the field is empty at start.
 */
import { Show, createMemo, onMount } from 'solid-js';
import {
  formatBeijing,
  formatOffset,
  smsDeadline,
  toBeijingInputValue,
  zoneOffsetMinutes,
} from '../../lib/deadlines/beijing';
import { validateDateTime } from '../../lib/deadlines/validate';
import { useClock } from '../shared/clock';
import { downloadFile } from '../shared/download';
import { setSmsReceived } from '../shared/sms-received';
import DateField from './DateField';
import { fill } from '../shared/format';
import SmsDeadlineResult from './SmsDeadlineResult';
import type { SmsDeadlineLabels } from './SmsDeadline.labels';

export interface SmsDeadlineProps {
  labels: SmsDeadlineLabels;
}

export default function SmsDeadline(props: SmsDeadlineProps) {
  const L = () => props.labels;
  const { now, zone, mounted, smsReceived } = useClock();
  onMount(() => {
    // Shared state changes after hydrate() returns (see restoreOnMount); a restored value wins.
    queueMicrotask(() => {
      if (!smsReceived()) setSmsReceived(toBeijingInputValue(new Date()));
    });
  });
  const rec = createMemo(() => validateDateTime(smsReceived()));
  const zoneNote = createMemo(() => {
    const n = now();
    const z = zone();
    if (!n || !z) return '';
    const off = zoneOffsetMinutes(n, z);
    return off != null && off !== 480 ? fill(L().zoneNote, { zone: z, offset: formatOffset(off) }) : '';
  });
  const message = () => {
    const r = rec();
    if (!mounted()) return '';
    return r.ok ? (r.normalized ? fill(L().normalizedNote, { value: toBeijingInputValue(r.value) }) : '') : r.error;
  };
  const saveIcs = async () => {
    const r = rec();
    if (!r.ok) return;
    const { buildIcs, deadlineEvent, smsIcsFileName } = await import('../../lib/deadlines/ics'); // first use only
    const d = smsDeadline(r.value);
    const ics = buildIcs(
      [deadlineEvent(d, fill(L().icsSummary, { time: formatBeijing(d) }), L().icsDescription)],
      new Date(),
    );
    downloadFile(smsIcsFileName(d), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{L().intro}</p>
      <Show when={zoneNote()}>
        <p class="icp-deadlines-note">{zoneNote()}</p>
      </Show>
      <DateField
        label={L().receivedLabel}
        hint={L().receivedHint}
        type="datetime-local"
        value={smsReceived()}
        onValue={setSmsReceived}
        message={message()}
        invalid={mounted() && !rec().ok}
      >
        <button
          type="button"
          class="icp-deadlines-button"
          onClick={() => setSmsReceived(toBeijingInputValue(new Date()))}
        >
          {L().nowButton}
        </button>
      </DateField>
      <SmsDeadlineResult
        receivedAt={rec().ok ? (rec() as { value: Date }).value : null}
        now={now()}
        zone={zone()}
        labels={L()}
      />
      <button type="button" class="icp-deadlines-button" disabled={!mounted() || !rec().ok} onClick={saveIcs}>
        {L().icsButton}
      </button>
    </div>
  );
}
