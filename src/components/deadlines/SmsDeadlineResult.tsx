/**
 * The SMS deadline as both tools show it (期限计算 and 短信核验信息自查), from the receipt time given in
 * ./SmsReceivedField (shared on the page, ./sms-time.ts): the time in Beijing with its weekday, the reader's local
 * time when their device is not on UTC+8, a note when the receipt time lies in the future, the status (ok / under
 * two hours / passed) in a polite live region, and a live countdown outside it (so the region is not re-announced
 * every second). Until a receipt time is given it says so and counts nothing. Rules come from
 * src/lib/deadlines/beijing.ts, words from the `deadlines` dictionary slice ({@link SmsCopy}).
 */
import { Show, createMemo } from 'solid-js';
import { fill } from '../../i18n/fill';
import { isInFuture, localTime, smsDeadline, timeLeft } from '../../lib/deadlines/beijing';
import { beijingText, durationText, partsText, type SmsCopy } from './format';
import { useSmsTime } from './sms-time';

export interface SmsDeadlineResultProps {
  copy: SmsCopy;
}

export default function SmsDeadlineResult(props: SmsDeadlineResultProps) {
  const { receivedAt, now, zone } = useSmsTime();
  /** The receipt time on both clocks, when the device is not on UTC+8. */
  const received = createMemo(() => {
    const r = receivedAt();
    const z = zone();
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
    const r = receivedAt();
    return r ? smsDeadline(r) : null;
  });
  /** Changes only when the category changes, so the live region is not re-announced every second. */
  const status = createMemo(() => {
    const d = deadline();
    const n = now();
    if (!d || !n) return '';
    const t = timeLeft(d, n);
    return t.passed ? 'passed' : t.urgent ? 'urgent' : 'ok';
  });
  const future = createMemo(() => {
    const r = receivedAt();
    const n = now();
    return !!(r && n && isInFuture(r, n));
  });
  const local = createMemo(() => {
    const d = deadline();
    const z = zone();
    const l = d && z && localTime(d, z);
    return l ? fill(props.copy.sms.localLine, { time: partsText(props.copy.common, l.parts), offset: l.offset }) : '';
  });
  const countdown = () => {
    const d = deadline();
    const n = now();
    if (!d || !n) return '';
    const t = timeLeft(d, n);
    return fill(t.passed ? props.copy.sms.over : props.copy.sms.left, { d: durationText(props.copy.common, t.ms) });
  };
  const statusText = () => {
    const s = props.copy.sms;
    return status() === 'passed' ? s.statusPassed : status() === 'urgent' ? s.statusUrgent : s.statusOk;
  };
  return (
    <>
      <div class="icp-deadlines-result" aria-live="polite" data-testid="sms-result">
        <Show when={deadline()} fallback={<p>{props.copy.sms.waiting}</p>}>
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
      </div>
      <p class="icp-deadlines-timer" role="timer">
        {countdown()}
      </p>
    </>
  );
}
