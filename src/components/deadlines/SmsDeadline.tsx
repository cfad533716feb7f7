/**
 * 期限计算 · 短信核验截止: when the 24 hours of the MIIT SMS end, in Beijing time. Thin island over
 * src/lib/deadlines; nothing is stored, and nothing is counted until the reader gives the receipt time (or presses
 * 刚收到). Words: the `deadlines` dictionary slice ({@link SmsCopy}).
 */
import { fill } from '../../i18n/fill';
import { smsDeadline } from '../../lib/deadlines/beijing';
import { downloadFile } from '../shared/download';
import SmsDeadlineResult from './SmsDeadlineResult';
import SmsReceivedField from './SmsReceivedField';
import { beijingText, type SmsCopy } from './format';
import { useSmsTime } from './sms-time';

export interface SmsDeadlineProps {
  copy: SmsCopy;
}

export default function SmsDeadline(props: SmsDeadlineProps) {
  const { receivedAt } = useSmsTime();
  const saveIcs = async () => {
    const r = receivedAt();
    if (!r) return;
    const { buildIcs, deadlineEvent, smsIcsFileName } = await import('../../lib/deadlines/ics'); // first use only
    const d = smsDeadline(r);
    const summary = fill(props.copy.sms.icsSummary, { time: beijingText(props.copy.common, d) });
    const ics = buildIcs([deadlineEvent(d, summary, props.copy.sms.icsDescription)], new Date());
    downloadFile(smsIcsFileName(d), ics, 'text/calendar;charset=utf-8');
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
