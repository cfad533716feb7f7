/**
 * The SMS deadline as both tools show it (期限计算 and 短信核验信息自查), from the receipt time given in
 * ./SmsReceivedField (shared on the page, ./sms-time.ts): a polite live region and, outside it, a live countdown (so
 * that the region is not re-announced every second). Until a receipt time is given it says so and counts nothing;
 * what it shows then (./SmsDeadlineShown: the time in Beijing and the reader's own, the status, the countdown's
 * text) is fetched on first use, when a time is first typed or 刚收到 pressed. Words from the `deadlines` dictionary
 * slice ({@link SmsCopy}).
 */
import { Show, createEffect } from 'solid-js';
import { firstUse } from '../shared/first-use';
import type { SmsCopy } from './format';
import { useSmsTime } from './sms-time';
import { loadSmsDeadlineShown } from './later';

export interface SmsDeadlineResultProps {
  copy: SmsCopy;
}

export default function SmsDeadlineResult(props: SmsDeadlineResultProps) {
  const sms = useSmsTime();
  const shown = firstUse(loadSmsDeadlineShown);
  // A time in the field: fetch what shows the deadline.
  createEffect(() => {
    if (sms.text()) void shown.use();
  });
  const countdown = () => {
    const m = shown.loaded();
    const r = sms.receivedAt();
    const n = sms.now();
    return m && r && n ? m.countdownText(props.copy, r, n) : '';
  };
  return (
    <>
      <div class="icp-deadlines-result" aria-live="polite" data-testid="sms-result">
        <Show when={sms.receivedAt() && shown.loaded()} fallback={<p>{props.copy.sms.waiting}</p>}>
          {(m) => m().default({ copy: props.copy, sms })}
        </Show>
      </div>
      <p class="icp-deadlines-timer" role="timer">
        {countdown()}
      </p>
    </>
  );
}
