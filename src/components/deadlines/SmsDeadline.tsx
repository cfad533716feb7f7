/**
 * 期限计算 · 短信核验截止: when the 24 hours of the MIIT SMS end, in Beijing time. Thin island over
 * src/lib/deadlines; nothing is stored, and nothing is counted until the reader gives the receipt time (or presses
 * 刚收到). Words: the `deadlines` dictionary slice ({@link SmsCopy}).
 */
import SmsDeadlineResult from './SmsDeadlineResult';
import SmsReceivedField from './SmsReceivedField';
import type { SmsCopy } from './format';
import { useSmsTime } from './sms-time';
import { loadIcsFiles } from './later';

export interface SmsDeadlineProps {
  copy: SmsCopy;
}

export default function SmsDeadline(props: SmsDeadlineProps) {
  const { receivedAt } = useSmsTime();
  const saveIcs = async () => {
    const r = receivedAt();
    if (r) (await loadIcsFiles()).saveSmsIcs(props.copy, r); // first use only
  };
  return (
    <div class="icp-deadlines not-content">
      <p>{props.copy.sms.intro}</p>
      <p>{props.copy.sms.twoPeople}</p>
      <SmsReceivedField copy={props.copy} />
      <SmsDeadlineResult copy={props.copy} />
      <button type="button" class="icp-deadlines-button" disabled={!receivedAt()} onClick={saveIcs}>
        {props.copy.sms.icsButton}
      </button>
    </div>
  );
}
