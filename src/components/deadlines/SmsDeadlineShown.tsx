/**
 * The SMS deadline once a receipt time is given, inside ./SmsDeadlineResult's live region (fetched on first use, when
 * the reader first gives a time): the time in Beijing with its weekday, the reader's local time when their device is
 * not on UTC+8, a note when the receipt time lies in the future, and the status (ok / under two hours / passed); and
 * the countdown's text, which ./SmsDeadlineResult shows outside the live region. Rules come from
 * src/lib/deadlines/beijing.ts, words from the `deadlines` dictionary slice ({@link SmsCopy}).
 */
import { Show, createMemo } from 'solid-js';
import { fill } from '../../i18n/fill';
import { isInFuture, smsDeadline, timeLeft } from '../../lib/deadlines/sms-window';
import { localTime } from '../../lib/deadlines/zone';
import { beijingText, partsText, type SmsCopy } from './format';

export { countdownText } from './countdown';
import type { SmsTime } from './sms-time';

export interface SmsDeadlineShownProps {
  copy: SmsCopy;
  /** The page's SMS time, as ./SmsDeadlineResult reads it (a receipt time is given while this is shown). */
  sms: SmsTime;
}

export default function SmsDeadlineShown(props: SmsDeadlineShownProps) {
  /** The receipt time on both clocks, when the device is not on UTC+8. */
  const received = createMemo(() => {
    const r = props.sms.receivedAt();
    const z = props.sms.zone();
    const l = r && z && localTime(r, z);
    if (!r || !l) return '';
    const c = props.copy.common;
    return fill(props.copy.sms.receivedLine, {
      beijing: beijingText(c, r),
      local: partsText(c, l.parts),
      offset: l.offset,
    });
  });
  const deadline = createMemo(() => {
    const r = props.sms.receivedAt();
    return r ? smsDeadline(r) : null;
  });
  /** Changes only when the category changes, so the live region is not re-announced every second. */
  const status = createMemo(() => {
    const d = deadline();
    const n = props.sms.now();
    if (!d || !n) return '';
    const t = timeLeft(d, n);
    return t.passed ? 'passed' : t.urgent ? 'urgent' : 'ok';
  });
  const future = createMemo(() => {
    const r = props.sms.receivedAt();
    const n = props.sms.now();
    return !!(r && n && isInFuture(r, n));
  });
  const local = createMemo(() => {
    const d = deadline();
    const z = props.sms.zone();
    const l = d && z && localTime(d, z);
    return l ? fill(props.copy.sms.localLine, { time: partsText(props.copy.common, l.parts), offset: l.offset }) : '';
  });
  const statusText = () => {
    const s = props.copy.sms;
    return status() === 'passed' ? s.statusPassed : status() === 'urgent' ? s.statusUrgent : s.statusOk;
  };
  return (
    <Show when={deadline()}>
      {(d) => (
        <>
          <p>
            {props.copy.sms.deadlineLabel}
            <strong class="icp-deadlines-big">{beijingText(props.copy.common, d())}</strong>
          </p>
          <Show when={local()}>
            <p class="icp-deadlines-local">{local()}</p>
          </Show>
          <Show when={received()}>
            <p class="icp-deadlines-local">{received()}</p>
          </Show>
          <Show when={future()}>
            <p>{props.copy.sms.futureNote}</p>
          </Show>
          <Show when={status()}>
            <p class={`icp-deadlines-status icp-deadlines-${status()}`}>{statusText()}</p>
          </Show>
        </>
      )}
    </Show>
  );
}
