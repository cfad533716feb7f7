/**
 * 短信核验信息自查: checks what will be typed into the MIIT verification form before a try is spent.
 * Thin UI over src/lib/verification (the fields) and src/lib/deadlines (the one Beijing clock, for the 24 hours);
 * every sentence comes from `copy`, the dictionary's `smsCheck` section (src/i18n), handed in by the wrapper; src/lib's
 * codes are said through its `issues` table. Nothing is stored or sent: state lives in signals only. Whatever the browser already put in the fields when the island starts is read and checked.
 * Hydration only wires the form: the field checks, the SMS parsing and the document helper are fetched on first use
 * (a focus or a first value), since the first paint shows no verdict.
 */
import { Show, createEffect, createMemo, createSignal, createUniqueId, on, untrack } from 'solid-js';
import type { DocumentTypeOption } from '../../lib/verification';
import { capInput } from '../../lib/verification/types';
import { restoreOnMount } from '../shared/restore';
import { useClock } from '../shared/clock';
import { bringIntoView } from '../shared/into-view';
import SmsCheckField, { readText, type FieldChecks, type SmsCheckCopy } from './SmsCheckField';
import { CheckList } from '../shared/CheckVerdict';
import SmsDeadlineResult from '../deadlines/SmsDeadlineResult';
import SmsReceivedField from '../deadlines/SmsReceivedField';
import type { SmsCopy } from '../deadlines/format';
import { useSmsTime } from '../deadlines/sms-time';
import { fill } from '../../i18n/fill';

type Props = {
  /** The dictionary's 短信核验信息自查 section. */
  copy: SmsCheckCopy;
  /** The deadline's words, shared with the 期限计算 tool (the dictionary's `deadlines` slice). */
  deadlines: SmsCopy;
  /** The lib's DOCUMENT_TYPES, passed in by the wrapper so that the list is not shipped twice. */
  documentTypes: readonly DocumentTypeOption[];
};

/** Longest SMS worth reading: a real one is under 200 characters. */
const MAX_SMS = 2000;

/**
 * The SMS parsing (src/lib/verification/sms, with the MIIT SMS parser and the text tables), fetched when the reader
 * first reaches for the SMS box or puts something the code check reads as a whole SMS into the code field: the first
 * paint shows neither.
 */
const loadSms = () => import('../../lib/verification/sms');
type ReadSms = Awaited<ReturnType<typeof loadSms>>['extractSmsInfo'];

/**
 * The checks of the three fields (src/lib/verification/field), fetched when the reader first reaches for a field or
 * a field gets a value: the first paint shows no verdict.
 */
const loadChecks = (): Promise<FieldChecks> => import('../../lib/verification/field');

/** The document helper and its rules, fetched when the reader first reaches for the helper (not with the page). */
const loadDocument = () => import('./SmsCheckDocument');
type DocumentHelper = Awaited<ReturnType<typeof loadDocument>>['default'];

export default function SmsCheck(props: Props) {
  const id = createUniqueId();
  const { now } = useClock();
  const [sms, setSms] = createSignal('');
  const [helper, setHelper] = createSignal<DocumentHelper>();
  const useHelper = () => {
    if (!helper()) void loadDocument().then((m) => setHelper(() => m.default));
    void useChecks(); // the helper fills the tail
  };
  const [readSms, setReadSms] = createSignal<ReadSms>();
  let loadingSms: Promise<ReadSms> | undefined;
  const useSms = () =>
    (loadingSms ??= loadSms().then((m) => {
      setReadSms(() => m.extractSmsInfo);
      return m.extractSmsInfo;
    }));
  const [checks, setChecks] = createSignal<FieldChecks>();
  let loadingChecks: Promise<FieldChecks> | undefined;
  const useChecks = () =>
    (loadingChecks ??= loadChecks().then((m) => {
      setChecks(() => m);
      return m;
    }));
  const [code, setCode] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [tail, setTail] = createSignal('');
  // A field with a value (typed, restored, filled from the SMS or the helper) is checked: fetch the checks.
  createEffect(() => {
    if (code() || phone() || tail()) void useChecks();
  });
  // A whole SMS in the code field is read with the SMS parsing: fetch it too.
  createEffect(() => {
    const c = checks();
    if (c && !readSms() && c.readsAsSms(code())) void useSms();
  });
  let tailInput: HTMLInputElement | undefined;

  // Restored by the browser: read the SMS, but let a restored code field keep its own value.
  const restoreSms = restoreOnMount((v) => onSms(capInput(v, MAX_SMS).text, false));

  const info = createMemo(() => {
    const read = readSms();
    return read && sms().trim() ? read(sms()) : null;
  });

  // The receipt time and the deadline belong to one SMS: the MIIT SMS in the box (by its code) when the time was
  // given, or, for a time given with no MIIT SMS in the box, the next one pasted. Another MIIT SMS clears the time
  // (and says so); any other text (a login code, a look-alike…) gets no deadline at all while it is in the box.
  const smsTime = useSmsTime();
  /** What the box holds, for the deadline: nothing (or not read yet), the MIIT SMS, or something else. */
  const boxKind = createMemo(() => {
    const i = info();
    return !i ? 'none' : i.verificationSms ? 'miit' : 'other';
  });
  /** The code of the MIIT SMS in the box, or null. */
  const miitCode = createMemo(() => (boxKind() === 'miit' ? (info()?.code ?? null) : null));
  let timeFor: string | null = null; // the code of the SMS the time was given for; null: none known
  const [cleared, setCleared] = createSignal<{ code: string; old: string } | null>(null);
  createEffect(
    on(smsTime.text, (text) => {
      timeFor = text ? untrack(miitCode) : null;
      if (text) setCleared(null);
    }),
  );
  createEffect(
    on(miitCode, (code) => {
      if (untrack(cleared)?.code !== code) setCleared(null); // the note is about the SMS in the box only
      if (code === null || !untrack(smsTime.text)) return;
      if (timeFor === null) timeFor = code;
      else if (timeFor !== code) {
        setCleared({ code, old: timeFor });
        smsTime.setText('');
      }
    }),
  );

  // after a paste into the SMS box, what was read from it is brought into view if below the fold (typing never)
  let smsOut: HTMLDivElement | undefined;
  let smsPasted = false;
  createEffect(() => {
    if (info() && smsPasted) {
      smsPasted = false;
      bringIntoView(smsOut);
    }
  });

  let latestSms = '';
  const onSms = (text: string, fillCode = true) => {
    setSms((latestSms = text));
    if (!text.trim()) return;
    const fill = (read: ReadSms) => {
      const got = read(text);
      // an SMS for a filing type that has none (取消接入): its code is not filled in; the note says why
      if (got.noCodeToType) return;
      if (got.code && (fillCode || !untrack(code))) setCode(got.code);
    };
    const read = readSms();
    if (read) fill(read);
    else void useSms().then((r) => latestSms === text && fill(r)); // unless the box changed meanwhile
  };

  return (
    <div class="icp-smscheck not-content">
      <p class="icp-smscheck-note icp-smscheck-note-tries">{props.copy.triesNote}</p>
      <p class="icp-smscheck-note">{props.copy.privacyNote}</p>

      <fieldset class="icp-smscheck-step">
        <legend>{props.copy.smsLegend}</legend>
        <div class="icp-tool-field">
          <label for={`${id}-sms`}>{props.copy.smsLabel}</label>
          <textarea
            id={`${id}-sms`}
            ref={restoreSms}
            class="icp-tool-input"
            rows={3}
            spellcheck={false}
            aria-describedby={`${id}-sms-hint`}
            value={sms()}
            onFocus={() => {
              void useSms();
              void useChecks(); // a pasted SMS fills the code
            }}
            onInput={(e) => onSms(readText(e.currentTarget, MAX_SMS))}
            onPaste={() => (smsPasted = true)}
          />
          <p class="icp-tool-hint" id={`${id}-sms-hint`}>
            {props.copy.smsHint}
          </p>
        </div>
        <div ref={smsOut} class="icp-smscheck-result" aria-live="polite">
          <Show when={info()}>
            {(i) => (
              <>
                <Show when={i().filingType}>
                  {(type) => (
                    <p>
                      {props.copy.smsFilingType}
                      <strong>{props.copy.filingTypes[type()]}</strong>
                    </p>
                  )}
                </Show>
                <CheckList issues={i().notes} table={props.copy.issues} kind="warnings" />
              </>
            )}
          </Show>
          <Show when={boxKind() === 'other'}>
            <p>{props.copy.noDeadline}</p>
          </Show>
          <Show when={cleared()}>{(c) => <p>{fill(props.copy.timeCleared, c())}</p>}</Show>
        </div>
        {/* The receipt time and the deadline are 期限计算's, shared with it on a page; only for the MIIT SMS. */}
        <Show when={boxKind() !== 'other'}>
          {/* of several MIIT SMS pasted, the latest one's (its code is the one filled in) */}
          <Show when={miitCode()}>
            {(code) => (
              <p>
                {fill(info()?.olderCodes.length ? props.copy.deadlineForLatest : props.copy.deadlineFor, {
                  code: code(),
                })}
              </p>
            )}
          </Show>
          <SmsReceivedField copy={props.deadlines} />
          <SmsDeadlineResult copy={props.deadlines} />
        </Show>
      </fieldset>

      <fieldset class="icp-smscheck-step">
        <legend>{props.copy.fieldsLegend}</legend>
        <SmsCheckField
          kind="code"
          label={props.copy.codeLabel}
          hint={props.copy.codeHint}
          value={code()}
          onValue={setCode}
          checks={checks()}
          onFocus={useChecks}
          readSms={readSms()}
          inputMode="numeric"
          autocomplete="one-time-code"
          copy={props.copy}
        />
        <SmsCheckField
          kind="phone"
          label={props.copy.phoneLabel}
          hint={props.copy.phoneHint}
          value={phone()}
          onValue={setPhone}
          checks={checks()}
          onFocus={useChecks}
          inputMode="tel"
          autocomplete="tel-national"
          copy={props.copy}
        />
        <SmsCheckField
          kind="tail"
          label={props.copy.tailLabel}
          hint={props.copy.tailHint}
          value={tail()}
          onValue={setTail}
          checks={checks()}
          onFocus={useChecks}
          inputMode="text"
          autocomplete="off"
          copy={props.copy}
          inputRef={(el) => (tailInput = el)}
        >
          <details
            class="icp-smscheck-helper"
            aria-labelledby={`${id}-helper`}
            onToggle={(e) => e.currentTarget.open && useHelper()}
          >
            <summary id={`${id}-helper`} onFocus={useHelper} onClick={useHelper}>
              {props.copy.helperSummary}
            </summary>
            <Show when={helper()}>
              {(Helper) =>
                Helper()({
                  copy: props.copy,
                  documentTypes: props.documentTypes,
                  today: now,
                  onTail: (v) => {
                    setTail(v);
                    tailInput?.focus();
                    // the filled field's verdict, if below the fold
                    bringIntoView(
                      tailInput?.closest('.icp-tool-field')?.querySelector<HTMLElement>('.icp-smscheck-result') ??
                        undefined,
                    );
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
