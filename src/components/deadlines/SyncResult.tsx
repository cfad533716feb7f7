/**
 * 期限计算 · 结果同步, the answer inside ./SyncWindow's live region once a valid 核验完成时间 is given (fetched on first
 * use, when the field first holds a time): when a successful verification should show up at the 接入商, by each
 * provider's own figure, the reader's local time when their device is not on UTC+8, and a warning when the
 * verification came after the SMS's 24 hours. Rules: src/lib/deadlines (sync, beijing, zone); words: the `deadlines`
 * dictionary slice.
 */
import { Show, createMemo } from 'solid-js';
import { fill } from '../../i18n/fill';
import { smsDeadline } from '../../lib/deadlines/sms-window';
import { syncWindow } from '../../lib/deadlines/sync';
import { localTime } from '../../lib/deadlines/zone';
import { beijingText, partsText, type DeadlinesCopy } from './format';

export interface SyncResultProps {
  copy: Pick<DeadlinesCopy, 'common' | 'sync'>;
  /** When the verification was completed (null when the field holds no valid time: then nothing is shown). */
  verifiedAt: () => Date | null;
  /** When the SMS arrived, as given in the 短信核验截止 calculator (null when not given). */
  receivedAt: () => Date | null;
  /** The device's zone when it is not on UTC+8. */
  zone: () => string | null;
}

export default function SyncResult(props: SyncResultProps) {
  const time = (d: Date) => beijingText(props.copy.common, d);
  const win = createMemo(() => {
    const v = props.verifiedAt();
    return v ? syncWindow(v) : null;
  });
  const late = createMemo(() => {
    const v = props.verifiedAt();
    const r = props.receivedAt();
    const d = r && smsDeadline(r);
    return v && d && v.getTime() > d.getTime() ? fill(props.copy.sync.afterDeadline, { time: time(d) }) : '';
  });
  const local = createMemo(() => {
    const w = win();
    const z = props.zone();
    return w && z ? localTime(w.aliyun, z) : null;
  });
  return (
    <Show when={win()}>
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
          <Show when={local()}>
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
  );
}
