/**
 * One field of 短信核验信息自查 (code, phone or ID tail): input, live verdict, the value to type with a copy button.
 * A value already in the field when the island starts (restored by the browser, or typed before hydration) is
 * read and checked at once. Very long input is cut by src/lib (capInput) before anything else looks at it.
 */
import { Show, createMemo, createSignal, createUniqueId, type JSX } from 'solid-js';
import type { FieldCheck } from '../../lib/verification';
import { checkField, copyableValue, type FieldKind } from '../../lib/verification/field';
import { capInput } from '../../lib/verification/types';
import { restoreOnMount } from '../shared/restore';
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
      <Show when={suggestion()}>
        {(s) => (
          <p class="icp-smscheck-copy">
            {L.typeThis}
            <code ref={valueEl}>{s()}</code>
            <button type="button" class="icp-smscheck-button" onClick={() => copy(s())}>
              {copied() === 'done' ? L.copied : L.copy}
              <span class="sr-only">{p.label}</span>
            </button>
            <span role="status" class="icp-smscheck-copied">
              {copied() === 'done' ? L.copied : copied() === 'manual' ? L.copyManual : ''}
            </span>
          </p>
        )}
      </Show>
      {p.children}
    </div>
  );
}
