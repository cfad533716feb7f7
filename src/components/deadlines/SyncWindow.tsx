/**
 * 期限计算 · 结果同步: when a successful verification should show up at the 接入商, by each provider's own figure.
 * 核验完成时间 follows the SMS receipt time typed in the 短信核验截止 calculator until the reader edits it. The form
 * and its checks; the answer (./SyncResult) is fetched on first use, when the field first holds a time, since until
 * then the first view shows only the waiting line. Words: the `deadlines` dictionary slice.
 */
import { Show, createEffect, createMemo, createSignal } from 'solid-js';
import { fill, say } from '../../i18n/fill';
import DateField from './DateField';
import type { DeadlinesCopy } from './format';
import { useSmsTime } from './sms-time';
import { dateChecks, useDateChecks } from './date-checks';
import { firstUse } from '../shared/first-use';
import { loadSyncResult } from './later';

export interface SyncWindowProps {
  copy: Pick<DeadlinesCopy, 'common' | 'sync'>;
}

export default function SyncWindow(props: SyncWindowProps) {
  const { zone, mounted, text: smsReceived, check: rec, receivedAt, inputZone, inputValue } = useSmsTime();
  const answer = firstUse(loadSyncResult);
  /** null until the reader types here: then the field shows the SMS time from the calculator above. */
  const [own, setOwn] = createSignal<string | null>(null);
  const verified = () => own() ?? smsReceived();
  // A time typed here is checked (the SMS time above fetches the checks too); a time in the field is answered.
  createEffect(() => {
    if (own()) useDateChecks();
    if (verified()) void answer.use();
  });
  /**
   * Read on the same clock as the SMS time (Beijing, or the reader's own zone when they chose it); null until the
   * checks have arrived.
   */
  const ver = createMemo(() => dateChecks()?.validateDateTime(verified(), inputZone()) ?? null);
  const error = createMemo(() => {
    const v = ver();
    if (!v) return '';
    if (!v.ok) return verified() || own() !== null ? say(props.copy.common.dateErrors, v.error) : '';
    const r = rec();
    const order = r?.ok ? dateChecks()?.validateOrder(r.value, v.value) : null;
    return order ? say(props.copy.sync.order, order) : '';
  });
  /** The verification time while it is valid and not before the SMS. */
  const verifiedAt = createMemo(() => {
    const v = ver();
    return v?.ok && !error() ? v.value : null;
  });
  const message = () => {
    if (!mounted()) return '';
    const v = ver();
    const note = v?.ok && v.normalized ? fill(props.copy.common.normalizedNote, { value: inputValue(v.value) }) : '';
    return error() || note;
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{props.copy.sync.intro}</p>
      <DateField
        label={fill(props.copy.sync.verifiedLabel, {
          zone: inputZone() ? props.copy.common.localTime : props.copy.common.beijingTime,
        })}
        hint={props.copy.sync.verifiedHint}
        type="datetime-local"
        value={verified()}
        onValue={setOwn}
        message={message()}
        invalid={mounted() && !!error()}
      />
      <div class="icp-deadlines-result" aria-live="polite" data-testid="sync-result">
        <Show when={mounted() && verifiedAt() && answer.loaded()} fallback={<p>{props.copy.sync.waiting}</p>}>
          {(m) => m().default({ copy: props.copy, verifiedAt, receivedAt, zone })}
        </Show>
      </div>
    </div>
  );
}
