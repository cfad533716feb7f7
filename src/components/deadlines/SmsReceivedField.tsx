/**
 * The field for when the MIIT SMS arrived, as both tools show it (期限计算 and 短信核验信息自查): empty until the
 * reader types the time from their phone or presses 刚收到 (nothing is counted before that). Read in Beijing time;
 * on a device not on UTC+8 the reader may say it is their own zone's time instead (a filer abroad reads local time
 * on the phone: ./ZoneChoice, fetched only on such a device). State is shared on the page (./sms-time.ts); words from the `deadlines` dictionary slice
 * ({@link SmsCopy}).
 */
import { Show } from 'solid-js';
import { fill, say } from '../../i18n/fill';
import DateField from './DateField';
import type { SmsCopy } from './format';
import { useSmsTime } from './sms-time';

export interface SmsReceivedFieldProps {
  copy: SmsCopy;
}

export default function SmsReceivedField(props: SmsReceivedFieldProps) {
  const sms = useSmsTime();
  /** Nothing to say about an empty field: it only means no time has been given yet. */
  const message = () => {
    const c = sms.check();
    if (!sms.mounted() || !c) return '';
    if (!c.ok) return say(props.copy.common.dateErrors, c.error);
    return c.normalized ? fill(props.copy.common.normalizedNote, { value: sms.inputValue(c.value) }) : '';
  };
  return (
    <>
      <Show when={sms.zone() ? sms.zoneClock() : undefined}>
        {(zc) => zc().default({ copy: props.copy, sms, zone: sms.zone()! })}
      </Show>
      <DateField
        label={fill(props.copy.sms.receivedLabel, {
          zone: sms.inputZone() ? props.copy.common.localTime : props.copy.common.beijingTime,
        })}
        hint={props.copy.sms.receivedHint}
        type="datetime-local"
        value={sms.text()}
        onValue={sms.setText}
        message={message()}
        invalid={sms.check()?.ok === false}
      >
        <button type="button" class="icp-deadlines-button" onClick={() => sms.setText(sms.inputValue(new Date()))}>
          {props.copy.sms.nowButton}
        </button>
      </DateField>
    </>
  );
}
