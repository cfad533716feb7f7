/**
 * 期限计算 · 结果同步: when a successful verification should show up at the 接入商, by each provider's own figure.
 * 核验完成时间 follows the SMS receipt time typed in the 短信核验截止 calculator until the reader edits it.
 * Words: the `deadlines` dictionary slice.
 */
import { Show, createMemo, createSignal } from 'solid-js';
import { fill, say } from '../../i18n/fill';
import { localTime, smsDeadline } from '../../lib/deadlines/beijing';
import { syncWindow } from '../../lib/deadlines/sync';
import { validateDateTime, validateOrder } from '../../lib/deadlines/validate';
import DateField from './DateField';
import { beijingText, partsText, type DeadlinesCopy } from './format';
import { useSmsTime } from './sms-time';

export interface SyncWindowProps {
  copy: Pick<DeadlinesCopy, 'common' | 'sync'>;
}

export default function SyncWindow(props: SyncWindowProps) {
  const { zone, mounted, text: smsReceived, check: rec, inputZone, inputValue } = useSmsTime();
  const time = (d: Date) => beijingText(props.copy.common, d);
  /** null until the reader types here: then the field shows the SMS time from the calculator above. */
  const [own, setOwn] = createSignal<string | null>(null);
  const verified = () => own() ?? smsReceived();
  /** Read on the same clock as the SMS time (Beijing, or the reader's own zone when they chose it). */
  const ver = createMemo(() => validateDateTime(verified(), inputZone()));
  const error = createMemo(() => {
    const v = ver();
    if (!v.ok) return verified() || own() !== null ? say(props.copy.common.dateErrors, v.error) : '';
    const r = rec();
    const order = r.ok ? validateOrder(r.value, v.value) : null;
    return order ? say(props.copy.sync.order, order) : '';
  });
  const win = createMemo(() => {
    const v = ver();
    return v.ok && !error() ? syncWindow(v.value) : null;
  });
  const late = createMemo(() => {
    const v = ver();
    const r = rec();
    if (!v.ok || !r.ok) return '';
    const d = smsDeadline(r.value);
    return v.value.getTime() > d.getTime() ? fill(props.copy.sync.afterDeadline, { time: time(d) }) : '';
  });
  const message = () => {
    if (!mounted()) return '';
    const v = ver();
    const note = v.ok && v.normalized ? fill(props.copy.common.normalizedNote, { value: inputValue(v.value) }) : '';
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
        <Show when={mounted() && win()} fallback={<p>{props.copy.sync.waiting}</p>}>
          {(w) => (
            <>
              <Show when={late()}>
                <p class="icp-deadlines-status icp-deadlines-passed">{late()}</p>
              </Show>
              <ul>
                <li>{fill(props.copy.sync.jd, { from: time(w().jdcloud.from), to: time(w().jdcloud.to) })}</li>
                <li>{fill(props.copy.sync.aliyun, { time: time(w().aliyun) })}</li>
                <li>{props.copy.sync.tencent}</li>
              </ul>
              <Show when={zone() ? localTime(w().aliyun, zone()!) : null}>
                {(l) => (
                  <p class="icp-deadlines-local">
                    {fill(props.copy.sync.local, { time: partsText(props.copy.common, l().parts), offset: l().offset })}
                  </p>
                )}
              </Show>
              <p>{props.copy.sync.note}</p>
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
