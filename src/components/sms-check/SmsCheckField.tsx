/**
 * One field of 短信核验信息自查 (code, phone or ID tail): input, live verdict, the value to type with a copy button.
 * A value already in the field when the island starts (restored by the browser, or typed before hydration) is
 * read and checked at once. Very long input is cut by src/lib (capInput) before anything else looks at it.
 */
import { Index, Show, createMemo, createSignal, createUniqueId, type JSX } from 'solid-js';
import type { FieldCheck } from '../../lib/verification';
import { checkField, copyForms, type CopyForm, type FieldKind } from '../../lib/verification/field';
import { capInput } from '../../lib/verification/types';
import { restoreOnMount } from '../shared/clock';
import { fill } from '../shared/format';
import type { SmsCheckLabels } from './SmsCheck.labels';
import { CHECK_ICON, CheckList, statusClass } from '../shared/CheckVerdict';

/** Status line plus errors and warnings of one check result; `children` go at the end of the status line. */
export function Verdict(p: { check: FieldCheck; ok: string; warn: string; bad: string; children?: JSX.Element }) {
  const level = () => (p.check.ok ? (p.check.warnings.length ? 'warn' : 'ok') : 'bad');
  return (
    <>
      <p class={statusClass(level())}>
        <span aria-hidden="true">{CHECK_ICON[level()]}</span>
        {p[level()]}
        {p.children}
      </p>
      <CheckList items={p.check.errors} kind="errors" />
      <CheckList items={p.check.warnings} kind="warnings" />
    </>
  );
}

/**
 * Read what a person typed into a text field: cut by src/lib when absurdly long (the field then holds the cut
 * text, so later keystrokes stay cheap), and hand the value on.
 */
export function readText(el: HTMLInputElement | HTMLTextAreaElement, max?: number): string {
  const c = capInput(el.value, max);
  if (c.cut) el.value = c.text;
  return c.text;
}

/**
 * One value to type with its copy button. Without a usable clipboard the value is selected and the reader is asked
 * to copy by hand; the feedback belongs to this value and disappears when it changes.
 */
function CopyRow(p: { field: string; form: CopyForm; labels: SmsCheckLabels }) {
  const L = p.labels;
  const [copyState, setCopyState] = createSignal<[string, 'done' | 'manual'] | null>(null);
  const copied = () => {
    const st = copyState();
    return st && st[0] === p.form.value ? st[1] : '';
  };
  const formName = () => (p.form.form === 'plain' ? '' : L[p.form.form]);
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
    <p class="icp-smscheck-copy">
      {formName() ? fill(L.typeForm, { form: formName() }) : L.typeThis}
      <code ref={valueEl}>{p.form.value}</code>
      <button type="button" class="icp-smscheck-button" onClick={() => copy(p.form.value)}>
        {copied() === 'done' ? L.copied : L.copy}
        <span class="sr-only">{[p.field, formName()].filter(Boolean).join(' ')}</span>
      </button>
      <span role="status" class="icp-smscheck-copied">
        {copied() === 'done' ? L.copied : copied() === 'manual' ? L.copyManual : ''}
      </span>
    </p>
  );
}

export default function SmsCheckField(p: {
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
  const id = createUniqueId();
  const [touched, setTouched] = createSignal(false);
  const restore = restoreOnMount((v) => p.onValue(capInput(v).text));
  const check = createMemo(() => (touched() || p.value !== '' ? checkField(p.kind, p.value) : null));
  const forms = createMemo(() => {
    const c = check();
    return c ? copyForms(p.kind, c) : [];
  });

  return (
    <div class="icp-smscheck-field">
      <label for={id}>{p.label}</label>
      <input
        id={id}
        ref={(el) => {
          restore(el);
          p.inputRef?.(el);
        }}
        type="text"
        inputmode={p.inputMode}
        autocomplete={p.autocomplete}
        autocapitalize="characters"
        spellcheck={false}
        aria-describedby={`${id}-hint ${id}-out`}
        value={p.value}
        onInput={(e) => p.onValue(readText(e.currentTarget))}
        onBlur={() => setTouched(true)}
      />
      <p class="icp-smscheck-hint" id={`${id}-hint`}>
        {p.hint}
      </p>
      <div class="icp-smscheck-result" id={`${id}-out`} aria-live="polite">
        <Show when={check()}>{(c) => <Verdict check={c()} ok={L.okText} warn={L.okWarnText} bad={L.badText} />}</Show>
      </div>
      <Index each={forms()}>{(f) => <CopyRow field={p.label} form={f()} labels={L} />}</Index>
      {p.children}
    </div>
  );
}
