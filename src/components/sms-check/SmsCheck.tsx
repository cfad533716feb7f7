/**
 * 短信核验信息自查: checks what will be typed into the MIIT verification form before a try is spent.
 * Thin UI over src/lib/verification (the fields) and src/lib/deadlines (the one Beijing clock, for the 24 hours);
 * every string comes from `labels` (defaults in SmsCheck.labels.ts). Nothing is stored or sent: state lives in
 * signals only. Whatever the browser already put in the fields when the island starts is read and checked.
 */
import { Show, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import type { DocumentTypeOption } from '../../lib/verification';
import { extractSmsInfo } from '../../lib/verification/sms';
import { capInput } from '../../lib/verification/types';
import { toBeijingInputValue } from '../../lib/deadlines/beijing';
import { validateDateTime } from '../../lib/deadlines/validate';
import { useClock } from '../shared/clock';
import { restoreOnMount } from '../shared/restore';
import { setSmsReceived } from '../shared/sms-received';
import SmsCheckField, { readText } from './SmsCheckField';
import { CheckList, statusClass } from '../shared/CheckVerdict';
import SmsDeadlineResult from '../deadlines/SmsDeadlineResult';
import type { SmsCheckLabels } from './SmsCheck.labels';
import type { SmsDeadlineLabels } from '../deadlines/SmsDeadline.labels';

type Props = {
  labels: SmsCheckLabels;
  /** The deadline's strings, shared with the 期限计算 tool (SmsDeadline.labels.ts). */
  deadlineLabels: SmsDeadlineLabels;
  /** The lib's DOCUMENT_TYPES, passed in by the wrapper so that the list is not shipped twice. */
  documentTypes: readonly DocumentTypeOption[];
};

/** Longest SMS worth reading: a real one is under 200 characters. */
const MAX_SMS = 2000;

/** The document helper and its rules, fetched when the reader first reaches for the helper (not with the page). */
const loadDocument = () => import('./SmsCheckDocument');
type DocumentHelper = Awaited<ReturnType<typeof loadDocument>>['default'];

export default function SmsCheck(props: Props) {
  const L = props.labels;
  const id = createUniqueId();
  const { now, zone, smsReceived } = useClock();
  const [sms, setSms] = createSignal('');
  // Shared with the 结果同步 calculator when both are on a page (its 核验完成时间 starts from it).
  const received = smsReceived;
  const setReceived = setSmsReceived;
  const [helper, setHelper] = createSignal<DocumentHelper>();
  const useHelper = () => {
    if (!helper()) void loadDocument().then((m) => setHelper(() => m.default));
  };
  const [code, setCode] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [tail, setTail] = createSignal('');
  let tailInput: HTMLInputElement | undefined;

  onMount(() => {
    // Shared state changes after hydrate() returns (see restoreOnMount); a restored value wins.
    queueMicrotask(() => {
      if (!received()) setReceived(toBeijingInputValue(new Date()));
    });
  });
  // Restored by the browser: read the SMS, but let a restored code field keep its own value.
  const restoreSms = restoreOnMount((v) => onSms(capInput(v, MAX_SMS).text, false));
  const restoreReceived = restoreOnMount(setReceived);

  const info = createMemo(() => (sms().trim() ? extractSmsInfo(sms()) : null));
  const rec = createMemo(() => validateDateTime(received()));

  const onSms = (text: string, fillCode = true) => {
    setSms(text);
    const found = text.trim() ? extractSmsInfo(text).code : null;
    if (found && (fillCode || !code())) setCode(found);
  };

  return (
    <div class="icp-smscheck not-content">
      <p class="icp-smscheck-note icp-smscheck-note-tries">{L.triesNote}</p>
      <p class="icp-smscheck-note">{L.privacyNote}</p>

      <fieldset class="icp-smscheck-step">
        <legend>{L.smsLegend}</legend>
        <div class="icp-smscheck-field">
          <label for={`${id}-sms`}>{L.smsLabel}</label>
          <textarea
            id={`${id}-sms`}
            ref={restoreSms}
            rows={3}
            spellcheck={false}
            aria-describedby={`${id}-sms-hint`}
            value={sms()}
            onInput={(e) => onSms(readText(e.currentTarget, MAX_SMS))}
          />
          <p class="icp-smscheck-hint" id={`${id}-sms-hint`}>
            {L.smsHint}
          </p>
        </div>
        <div class="icp-smscheck-field">
          <label for={`${id}-received`}>{L.receivedLabel}</label>
          <input
            id={`${id}-received`}
            ref={restoreReceived}
            type="datetime-local"
            aria-describedby={`${id}-received-hint`}
            value={received()}
            onInput={(e) => setReceived(e.currentTarget.value)}
          />
          <p class="icp-smscheck-hint" id={`${id}-received-hint`}>
            {L.receivedHint}
          </p>
        </div>
        <div class="icp-smscheck-result" aria-live="polite">
          <Show when={info()}>
            {(i) => (
              <>
                <Show when={i().filingType}>
                  <p>
                    {L.smsFilingType}
                    <strong>{i().filingType}</strong>
                  </p>
                </Show>
                <CheckList items={i().notes} kind="warnings" />
              </>
            )}
          </Show>
          <Show when={now() && !rec().ok}>
            <p class={statusClass('bad')}>{L.receivedInvalid}</p>
          </Show>
        </div>
        <SmsDeadlineResult
          receivedAt={now() && rec().ok ? (rec() as { value: Date }).value : null}
          now={now()}
          zone={zone()}
          labels={props.deadlineLabels}
        />
      </fieldset>

      <fieldset class="icp-smscheck-step">
        <legend>{L.fieldsLegend}</legend>
        <SmsCheckField
          kind="code"
          label={L.codeLabel}
          hint={L.codeHint}
          value={code()}
          onValue={setCode}
          inputMode="numeric"
          autocomplete="one-time-code"
          labels={L}
        />
        <SmsCheckField
          kind="phone"
          label={L.phoneLabel}
          hint={L.phoneHint}
          value={phone()}
          onValue={setPhone}
          inputMode="tel"
          autocomplete="tel-national"
          labels={L}
        />
        <SmsCheckField
          kind="tail"
          label={L.tailLabel}
          hint={L.tailHint}
          value={tail()}
          onValue={setTail}
          inputMode="text"
          autocomplete="off"
          labels={L}
          inputRef={(el) => (tailInput = el)}
        >
          <details
            class="icp-smscheck-helper"
            aria-labelledby={`${id}-helper`}
            onToggle={(e) => e.currentTarget.open && useHelper()}
          >
            <summary id={`${id}-helper`} onFocus={useHelper} onClick={useHelper}>
              {L.helperSummary}
            </summary>
            <Show when={helper()}>
              {(Helper) =>
                Helper()({
                  labels: L,
                  documentTypes: props.documentTypes,
                  today: now,
                  onTail: (v) => {
                    setTail(v);
                    tailInput?.focus();
                  },
                })
              }
            </Show>
          </details>
        </SmsCheckField>
      </fieldset>
    </div>
  );
}
