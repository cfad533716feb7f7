/**
 * 期限计算 · 结果同步: when a successful verification should show up at the 接入商, by each provider's own figure.
 * 核验完成时间 follows the SMS receipt time typed in the 短信核验截止 calculator until the reader edits it.
 */
import { Show, createMemo, createSignal } from 'solid-js';
import { formatBeijing, localTime, smsDeadline, toBeijingInputValue } from '../../lib/deadlines/beijing';
import { formatDay } from '../../lib/deadlines/days';
import { syncWindow } from '../../lib/deadlines/sync';
import { validateDateTime, validateOrder } from '../../lib/deadlines/validate';
import { useClock } from '../shared/clock';
import DateField from './DateField';
import { fill } from '../shared/format';
import type { SyncWindowLabels } from './SyncWindow.labels';

export interface SyncWindowProps {
  labels: SyncWindowLabels;
}

export default function SyncWindow(props: SyncWindowProps) {
  const L = () => props.labels;
  const { zone, mounted, smsReceived } = useClock();
  /** null until the reader types here: then the field shows the SMS time from the calculator above. */
  const [own, setOwn] = createSignal<string | null>(null);
  const verified = () => own() ?? smsReceived();
  const ver = createMemo(() => validateDateTime(verified()));
  const rec = createMemo(() => validateDateTime(smsReceived()));
  const error = createMemo(() => {
    const v = ver();
    if (!v.ok) return verified() || own() !== null ? v.error : '';
    const r = rec();
    return r.ok ? (validateOrder(r.value, v.value, L().receivedName, L().verifiedName) ?? '') : '';
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
    return v.value.getTime() > d.getTime() ? fill(L().afterDeadline, { time: formatBeijing(d) }) : '';
  });
  const message = () => {
    if (!mounted()) return '';
    const v = ver();
    return error() || (v.ok && v.normalized ? fill(L().normalizedNote, { value: toBeijingInputValue(v.value) }) : '');
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{L().intro}</p>
      <DateField
        label={L().verifiedLabel}
        hint={L().verifiedHint}
        type="datetime-local"
        value={verified()}
        onValue={setOwn}
        message={message()}
        invalid={mounted() && !!error()}
      />
      <div class="icp-deadlines-result" aria-live="polite" data-testid="sync-result">
        <Show when={mounted() && win()} fallback={<p>{L().waiting}</p>}>
          {(w) => (
            <>
              <Show when={late()}>
                <p class="icp-deadlines-status icp-deadlines-passed">{late()}</p>
              </Show>
              <ul>
                <li>{fill(L().jd, { from: formatBeijing(w().jdcloud.from), to: formatBeijing(w().jdcloud.to) })}</li>
                <li>{fill(L().aliyun, { time: formatBeijing(w().aliyun) })}</li>
                <li>
                  {fill(L().tencent, {
                    time: formatBeijing(w().tencent.within6h),
                    day1: formatDay(w().tencent.workingDays[0]),
                    day2: formatDay(w().tencent.workingDays[1]),
                  })}
                </li>
              </ul>
              <Show when={zone() ? localTime(w().aliyun, zone()!) : null}>
                {(l) => <p class="icp-deadlines-local">{fill(L().local, { time: l().text, offset: l().offset })}</p>}
              </Show>
              <p>{L().note}</p>
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
