/**
 * 期限计算 · 短信核验截止: when the 24 hours of the MIIT SMS end, in Beijing time. Thin island over
 * src/lib/deadlines; nothing is stored. The receipt time defaults to now only when the field is empty at start.
 * Words: the `deadlines` dictionary slice ({@link SmsCopy}).
 */
import { Show, createMemo, onMount } from 'solid-js';
import { fill, say } from '../../i18n/fill';
import { formatOffset, smsDeadline, toBeijingInputValue, zoneOffsetMinutes } from '../../lib/deadlines/beijing';
import { validateDateTime } from '../../lib/deadlines/validate';
import { downloadFile, setSmsReceived, useClock } from '../shared/clock';
import DateField from './DateField';
import SmsDeadlineResult from './SmsDeadlineResult';
import { beijingText, type SmsCopy } from './format';

export interface SmsDeadlineProps {
  copy: SmsCopy;
}

export default function SmsDeadline(props: SmsDeadlineProps) {
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
    return off != null && off !== 480 ? fill(props.copy.sms.zoneNote, { zone: z, offset: formatOffset(off) }) : '';
  });
  const message = () => {
    const r = rec();
    if (!mounted()) return '';
    if (!r.ok) return say(props.copy.common.dateErrors, r.error);
    return r.normalized ? fill(props.copy.common.normalizedNote, { value: toBeijingInputValue(r.value) }) : '';
  };
  const saveIcs = async () => {
    const r = rec();
    if (!r.ok) return;
    const { buildIcs, deadlineEvent, smsIcsFileName } = await import('../../lib/deadlines/ics'); // first use only
    const d = smsDeadline(r.value);
    const summary = fill(props.copy.sms.icsSummary, { time: beijingText(props.copy.common, d) });
    const ics = buildIcs([deadlineEvent(d, summary, props.copy.sms.icsDescription)], new Date());
    downloadFile(smsIcsFileName(d), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{props.copy.sms.intro}</p>
      <p>{props.copy.sms.twoPeople}</p>
      <Show when={zoneNote()}>
        <p class="icp-deadlines-note">{zoneNote()}</p>
      </Show>
      <DateField
        label={fill(props.copy.sms.receivedLabel, { zone: props.copy.common.beijingTime })}
        hint={props.copy.sms.receivedHint}
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
          {props.copy.sms.nowButton}
        </button>
      </DateField>
      <SmsDeadlineResult
        receivedAt={rec().ok ? (rec() as { value: Date }).value : null}
        now={now()}
        zone={zone()}
        copy={props.copy}
      />
      <button type="button" class="icp-deadlines-button" disabled={!mounted() || !rec().ok} onClick={saveIcs}>
        {props.copy.sms.icsButton}
      </button>
    </div>
  );
}
