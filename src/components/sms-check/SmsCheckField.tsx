/**
 * One field of 短信核验信息自查 (code, phone or ID tail): input, live verdict, the value to type with a copy button
 * (two for a tail with brackets: the half-width and the full-width form). A value already in the field when the
 * island starts (restored by the browser, or typed before hydration) is read and checked as soon as the checks,
 * which the island fetches on first use, have arrived. Very long input is
 * cut by src/lib (capInput) before anything else looks at it.
 */
import { Index, Show, createEffect, createMemo, createSignal, createUniqueId, type JSX } from 'solid-js';
import type { CopyForm, FieldKind, SmsCodeReader } from '../../lib/verification/field';
import { capInput } from '../../lib/verification/types';
import type { Dictionary } from '../../i18n';
import { fill } from '../../i18n/fill';
import { restoreOnMount } from '../shared/restore';
import { CheckVerdict } from '../shared/CheckVerdict';
import CopyText from '../shared/CopyText';
import { bringIntoView } from '../shared/into-view';

/** The field checks (src/lib/verification/field), which the island fetches on first use. */
export type FieldChecks = typeof import('../../lib/verification/field');

/** The island's words: the dictionary's 短信核验信息自查 section. */
export type SmsCheckCopy = Dictionary['smsCheck'];

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
function CopyRow(p: { field: string; form: CopyForm; copy: SmsCheckCopy }) {
  const formName = () => (p.form.form === 'plain' ? '' : p.copy[p.form.form]);
  let valueEl: HTMLElement | undefined;
  return (
    <p class="icp-smscheck-copy">
      {formName() ? fill(p.copy.typeForm, { form: formName() }) : p.copy.typeThis}
      <code ref={valueEl}>{p.form.value}</code>
      <CopyText
        text={p.form.value}
        target={() => valueEl}
        label={p.copy.copy}
        done={p.copy.copied}
        manual={p.copy.copyManual}
        what={fill(formName() ? p.copy.copyWhatForm : p.copy.copyWhat, { field: p.field, form: formName() })}
      />
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
  copy: SmsCheckCopy;
  inputRef?: (el: HTMLInputElement) => void;
  /** The checks, once loaded (until then no verdict is shown), and the call that fetches them. */
  checks: FieldChecks | undefined;
  onFocus: () => void;
  /** The code field's reader of a whole pasted SMS, once loaded; until then such text gets no verdict yet. */
  readSms?: SmsCodeReader;
  children?: JSX.Element;
}) {
  const id = createUniqueId();
  const [touched, setTouched] = createSignal(false);
  const restore = restoreOnMount((v) => p.onValue(capInput(v).text));
  const check = createMemo(() => {
    const checks = p.checks;
    if (!checks || (!touched() && p.value === '')) return null;
    if (p.kind === 'code' && !p.readSms && checks.readsAsSms(p.value)) return null; // the SMS reader is on its way
    return checks.checkField(p.kind, p.value, p.readSms);
  });
  const forms = createMemo(() => {
    const c = check();
    return c && p.checks ? p.checks.copyForms(p.kind, c) : [];
  });
  // after a paste, the verdict (once the checks have arrived) is brought into view if below the fold; typing never
  let out: HTMLDivElement | undefined;
  let pasted = false;
  createEffect(() => {
    if (check() && pasted) {
      pasted = false;
      bringIntoView(out);
    }
  });

  return (
    <div class="icp-tool-field">
      <label for={id}>{p.label}</label>
      <input
        id={id}
        ref={(el) => {
          restore(el);
          p.inputRef?.(el);
        }}
        class="icp-tool-input"
        type="text"
        inputmode={p.inputMode}
        autocomplete={p.autocomplete}
        autocapitalize="characters"
        spellcheck={false}
        aria-describedby={`${id}-hint ${id}-out`}
        value={p.value}
        onFocus={() => p.onFocus()}
        onInput={(e) => p.onValue(readText(e.currentTarget))}
        onPaste={() => (pasted = true)}
        onBlur={() => setTouched(true)}
      />
      <p class="icp-tool-hint" id={`${id}-hint`}>
        {p.hint}
      </p>
      <div ref={out} class="icp-smscheck-result" id={`${id}-out`} aria-live="polite">
        <Show when={check()}>{(c) => <CheckVerdict verdict={c()} table={p.copy.issues} status={p.copy.status} />}</Show>
      </div>
      <Index each={forms()}>{(f) => <CopyRow field={p.label} form={f()} copy={p.copy} />}</Index>
      {p.children}
    </div>
  );
}
