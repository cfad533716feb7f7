/**
 * What a device that is not on UTC+8 adds to the SMS time (fetched by ./sms-time.ts only on such a device, once the
 * clock has read its zone): the choice between Beijing time and the reader's own (a filer abroad reads local time on
 * the phone), shown above the receipt-time field by ./SmsReceivedField; and the functions of
 * src/lib/deadlines/zone that speak about that zone. Words from the `deadlines` dictionary slice ({@link SmsCopy}).
 */
import { createUniqueId } from 'solid-js';
import { fill } from '../../i18n/fill';
import { formatOffset, zoneOffsetMinutes } from '../../lib/deadlines/zone';
import type { SmsCopy } from './format';
import type { SmsTime } from './sms-time';

export { localTime, toZonedInputValue } from '../../lib/deadlines/zone';

export interface ZoneChoiceProps {
  copy: SmsCopy;
  sms: SmsTime;
  /** The device's zone (an IANA name). */
  zone: string;
}

export default function ZoneChoice(props: ZoneChoiceProps) {
  const name = createUniqueId();
  /** The device's offset now, as `UTC−8`. */
  const offset = () => {
    const n = props.sms.now();
    const off = n ? zoneOffsetMinutes(n, props.zone) : null;
    return off == null ? '' : formatOffset(off);
  };
  return (
    <fieldset class="icp-deadlines-zone">
      <legend>{props.copy.sms.zoneLegend}</legend>
      <label class="icp-deadlines-check">
        <input type="radio" name={name} checked={!props.sms.ownZone()} onChange={() => props.sms.setOwnZone(false)} />
        {props.copy.common.beijingTime}
      </label>
      <label class="icp-deadlines-check">
        <input type="radio" name={name} checked={props.sms.ownZone()} onChange={() => props.sms.setOwnZone(true)} />
        {fill(props.copy.sms.zoneLocal, { zone: props.zone, offset: offset() })}
      </label>
    </fieldset>
  );
}
