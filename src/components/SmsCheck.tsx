/**
 * 短信核验信息自查: checks what will be typed into the MIIT verification form before a try is spent.
 * Thin UI over src/lib/verification; every string comes from `labels` (defaults in SmsCheck.labels.ts).
 * Nothing is stored or sent: state lives in signals only.
 */
import { For, Show, createMemo, createSignal, onMount, type JSX } from 'solid-js';
import {
  checkField,
  copyableValue,
  extractSmsInfo,
  idTail,
  type DocumentType,
  type DocumentTypeOption,
  type FieldCheck,
  type FieldKind,
} from '../lib/verification';
import { formatBeijing, smsDeadline, toBeijingInputValue as toBeijingInput } from '../lib/deadlines/beijing';
import { validateDateTime } from '../lib/deadlines/validate';
import type { SmsCheckLabels } from './SmsCheck.labels';

type Props = {
  labels: SmsCheckLabels;
  /** The lib's DOCUMENT_TYPES, passed in by the wrapper so that the list is not shipped twice. */
  documentTypes: readonly DocumentTypeOption[];
};

/** A bulleted list of messages, or nothing when empty. */
function List(p: { items: string[]; kind: 'errors' | 'warnings' }) {
  return (
    <Show when={p.items.length}>
      <ul class={`smsck-list smsck-${p.kind}`}>
        <For each={p.items}>{(m) => <li>{m}</li>}</For>
      </ul>
    </Show>
  );
}

const ICON = { ok: '✓ ', warn: '! ', bad: '✗ ' };

/** Status line plus errors and warnings of one check result; `children` go at the end of the status line. */
function Verdict(p: { check: FieldCheck; ok: string; warn: string; bad: string; children?: JSX.Element }) {
  const level = () => (p.check.ok ? (p.check.warnings.length ? 'warn' : 'ok') : 'bad');
  return (
    <>
      <p class={`smsck-status smsck-${level()}`}>
        <span aria-hidden="true">{ICON[level()]}</span>
        {p[level()]}
        {p.children}
      </p>
      <List items={p.check.errors} kind="errors" />
      <List items={p.check.warnings} kind="warnings" />
    </>
  );
}

/** One form field: input, live verdict, corrected value with a copy button. */
function Field(p: {
  kind: FieldKind;
  label: string;
  hint: string;
  value: string;
  onValue: (v: string) => void;
  inputMode: 'numeric' | 'tel' | 'text';
  autocomplete: string;
  labels: SmsCheckLabels;
  inputRef?: (el: HTMLInputElement) => void;
  children?: JSX.Element;
}) {
  const L = p.labels;
  const id = 'smsck-' + p.kind;
  const [touched, setTouched] = createSignal(false);
  // What was last copied, and how: the feedback disappears as soon as the suggested value changes.
  const [copyState, setCopyState] = createSignal<[string, 'done' | 'manual'] | null>(null);
  const check = createMemo(() => (touched() || p.value !== '' ? checkField(p.kind, p.value) : null));
  const suggestion = createMemo(() => {
    const c = check();
    return c ? copyableValue(p.kind, c) : null;
  });
  const copied = () => {
    const st = copyState();
    return st && st[0] === suggestion() ? st[1] : '';
  };
  let valueEl: HTMLElement | undefined;

  const copy = async (text: string) => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopyState([text, 'done']);
    } catch {
      const sel = window.getSelection();
      if (valueEl && sel) {
        const range = document.createRange();
        range.selectNodeContents(valueEl);
        sel.removeAllRanges();
        sel.addRange(range);
      }
      setCopyState([text, 'manual']);
    }
  };

  return (
    <div class="smsck-field">
      <label for={`${id}-in`}>{p.label}</label>
      <input
        id={`${id}-in`}
        ref={p.inputRef}
        type="text"
        inputmode={p.inputMode}
        autocomplete={p.autocomplete}
        autocapitalize="characters"
        spellcheck={false}
        aria-describedby={`${id}-hint ${id}-out`}
        value={p.value}
        onInput={(e) => p.onValue(e.currentTarget.value)}
        onBlur={() => setTouched(true)}
      />
      <p class="smsck-hint" id={`${id}-hint`}>
        {p.hint}
      </p>
      <div class="smsck-result" id={`${id}-out`} aria-live="polite">
        <Show when={check()}>{(c) => <Verdict check={c()} ok={L.okText} warn={L.okWarnText} bad={L.badText} />}</Show>
      </div>
      <Show when={suggestion()}>
        {(s) => (
          <p class="smsck-copy">
            {L.typeThis}
            <code ref={valueEl}>{s()}</code>
            <button type="button" class="smsck-button" onClick={() => copy(s())}>
              {copied() === 'done' ? L.copied : L.copy}
              <span class="sr-only">{p.label}</span>
            </button>
            <span role="status" class="smsck-copied">
              {copied() === 'done' ? L.copied : copied() === 'manual' ? L.copyManual : ''}
            </span>
          </p>
        )}
      </Show>
      {p.children}
    </div>
  );
}

export default function SmsCheck(props: Props) {
  const L = props.labels;
  const [sms, setSms] = createSignal('');
  const [received, setReceived] = createSignal('');
  const [now, setNow] = createSignal(0);
  const [code, setCode] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [tail, setTail] = createSignal('');
  const [docType, setDocType] = createSignal<DocumentType>('resident-id');
  const [docNumber, setDocNumber] = createSignal('');
  let tailInput: HTMLInputElement | undefined;

  onMount(() => {
    const t = Date.now();
    setNow(t);
    setReceived(toBeijingInput(new Date(t)));
  });

  const info = createMemo(() => (sms().trim() ? extractSmsInfo(sms()) : null));
  const deadline = createMemo(() => {
    if (!now()) return null; // not mounted yet: the server knows no "now"
    const at = validateDateTime(received());
    return at.ok ? smsDeadline(at.value) : undefined;
  });
  const doc = createMemo(() => (docNumber().trim() ? idTail(docType(), docNumber(), { today: new Date(now() || Date.now()) }) : null));
  const example = createMemo(() => props.documentTypes.find((d) => d.value === docType())?.example ?? '');

  const onSms = (text: string) => {
    setSms(text);
    const found = text.trim() ? extractSmsInfo(text).code : null;
    if (found) setCode(found);
  };

  return (
    <div class="smsck not-content">
      <p class="smsck-note smsck-note-tries">{L.triesNote}</p>
      <p class="smsck-note">{L.privacyNote}</p>

      <fieldset class="smsck-step">
        <legend>{L.smsLegend}</legend>
        <div class="smsck-field">
          <label for="smsck-sms">{L.smsLabel}</label>
          <textarea
            id="smsck-sms"
            rows={3}
            spellcheck={false}
            aria-describedby="smsck-sms-hint"
            value={sms()}
            onInput={(e) => onSms(e.currentTarget.value)}
          />
          <p class="smsck-hint" id="smsck-sms-hint">
            {L.smsHint}
          </p>
        </div>
        <div class="smsck-field">
          <label for="smsck-received">{L.receivedLabel}</label>
          <input
            id="smsck-received"
            type="datetime-local"
            aria-describedby="smsck-received-hint"
            value={received()}
            onInput={(e) => setReceived(e.currentTarget.value)}
          />
          <p class="smsck-hint" id="smsck-received-hint">
            {L.receivedHint}
          </p>
        </div>
        <div class="smsck-result" aria-live="polite">
          <Show when={info()}>
            {(i) => (
              <>
                <Show when={i().filingType}>
                  <p>
                    {L.smsFilingType}
                    <strong>{i().filingType}</strong>
                  </p>
                </Show>
                <List items={i().notes} kind="warnings" />
              </>
            )}
          </Show>
          <Show when={deadline() === undefined}>
            <p class="smsck-status smsck-bad">{L.receivedInvalid}</p>
          </Show>
          <Show when={deadline()}>
            {(d) => (
              <>
                <p>
                  {L.deadline}
                  <strong>{formatBeijing(d())}</strong>
                </p>
                <Show when={d().getTime() <= now()}>
                  <p class="smsck-status smsck-bad">{L.expired}</p>
                </Show>
              </>
            )}
          </Show>
        </div>
      </fieldset>

      <fieldset class="smsck-step">
        <legend>{L.fieldsLegend}</legend>
        <Field
          kind="code"
          label={L.codeLabel}
          hint={L.codeHint}
          value={code()}
          onValue={setCode}
          inputMode="numeric"
          autocomplete="one-time-code"
          labels={L}
        />
        <Field
          kind="phone"
          label={L.phoneLabel}
          hint={L.phoneHint}
          value={phone()}
          onValue={setPhone}
          inputMode="tel"
          autocomplete="tel-national"
          labels={L}
        />
        <Field
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
          <details class="smsck-helper">
            <summary>{L.helperSummary}</summary>
            <p class="smsck-hint">{L.helperIntro}</p>
            <div class="smsck-field">
              <label for="smsck-doctype">{L.docTypeLabel}</label>
              <select id="smsck-doctype" onChange={(e) => setDocType(e.currentTarget.value as DocumentType)}>
                <For each={props.documentTypes}>
                  {(d) => <option value={d.value}>{d.label}</option>}
                </For>
              </select>
            </div>
            <div class="smsck-field">
              <label for="smsck-doc">{L.docNumberLabel}</label>
              <input
                id="smsck-doc"
                type="text"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck={false}
                aria-describedby="smsck-doc-hint smsck-doc-out"
                value={docNumber()}
                onInput={(e) => setDocNumber(e.currentTarget.value)}
              />
              <p class="smsck-hint" id="smsck-doc-hint">
                <Show when={example()}>
                  {L.docExample}
                  <code>{example()}</code>
                </Show>
              </p>
              <div class="smsck-result" id="smsck-doc-out" aria-live="polite">
                <Show when={doc()}>
                  {(r) => (
                    <Verdict check={r()} ok={L.docOk} warn={L.docOk} bad={L.docBad}>
                      <Show when={r().ok}>
                        <code>{r().value}</code>
                      </Show>
                    </Verdict>
                  )}
                </Show>
              </div>
              <Show when={doc()?.ok ? doc()!.value : ''}>
                {(v) => (
                  <button
                    type="button"
                    class="smsck-button"
                    onClick={() => {
                      setTail(v());
                      tailInput?.focus();
                    }}
                  >
                    {L.useTail}
                  </button>
                )}
              </Show>
            </div>
          </details>
        </Field>
      </fieldset>
    </div>
  );
}
