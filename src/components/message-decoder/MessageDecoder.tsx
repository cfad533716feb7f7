/**
 * 提示/短信解读 island: paste a filing message, see what it means, the one thing to do now, and by when.
 * All logic is in src/lib/messages, fetched on first use (focus, input or an example), so hydration only wires the
 * form; every word comes in as a prop (the dictionary's slice, worded by ./view). The pasted text only ever becomes
 * Solid text nodes; it is never stored, sent or put in the URL.
 */
import { createEffect, createMemo, createSignal, createUniqueId, For } from 'solid-js';
import type { LocaleLinks } from '../../i18n/links';
import type { MessageInterpretation, ProvinceTable } from '../../lib/messages';
import { restoreOnMount } from '../shared/restore';
import { bringIntoView } from '../shared/into-view';
import DecoderResult from './DecoderResult';
import { viewOf, type DecoderCopy, type PagesCopy } from './view';

export interface MessageDecoderProps {
  copy: DecoderCopy;
  pages: PagesCopy;
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  /** The answer for an empty box (interpretMessage('') at build time). */
  initial: MessageInterpretation;
  /** Province abbreviation → page, built at build time (provinceTable(PROVINCES)); optional. */
  provinces?: ProvinceTable;
}

type Interpret = typeof import('../../lib/messages').interpretMessage;

/**
 * The island. Renders real HTML on the server (label, paste box, examples, privacy note); interprets on input.
 *
 * @example
 * <MessageDecoder copy={t.messageDecoder} pages={t.pages} links={t.links} initial={interpretMessage('')} />
 */
export default function MessageDecoder(props: MessageDecoderProps) {
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  const [interpret, setInterpret] = createSignal<Interpret>();
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= import('../../lib/messages').then((m) => void setInterpret(() => m.interpretMessage)));
  const view = createMemo(() => {
    const f = interpret();
    const t = text();
    const empty = !t.trim();
    const r = f && !empty ? f(t, { provinces: props.provinces }) : props.initial;
    return viewOf(r, props.copy, props.pages, empty || !f, props.links);
  });
  let box: HTMLTextAreaElement | undefined;
  let result: HTMLDivElement | undefined;
  // 解读 or an example asked for an answer (a count, so that pressing 解读 again asks again); typing never scrolls
  const [asked, setAsked] = createSignal(0);
  let answered = 0;
  createEffect(() => {
    const n = asked();
    view();
    // once the interpreter has loaded and the answer is on the page
    if (n === answered || !interpret() || !result) return;
    answered = n;
    bringIntoView(result);
  });

  const update = (value: string) => {
    setText(value);
    if (value.trim()) void load();
  };
  const fill = (value: string) => {
    if (box) box.value = value;
    update(value);
  };
  /** 解读 or an example: read `value`, and bring the answer into view once it is there. */
  const ask = (value: string) => {
    update(value);
    if (value.trim()) setAsked((n) => n + 1);
  };
  // Text typed or pasted before hydration, or restored by the browser after Back, is kept.
  const restore = restoreOnMount(update);

  return (
    <div class="icp-decoder not-content">
      <label class="icp-decoder-label" for={`${id}-in`}>
        {props.copy.ui.inputLabel}
      </label>
      <p class="icp-decoder-hint" id={`${id}-hint`}>
        {props.copy.ui.inputHint}
      </p>
      <textarea
        ref={(el) => {
          box = el;
          restore(el);
        }}
        id={`${id}-in`}
        class="icp-decoder-input"
        rows={6}
        aria-describedby={`${id}-hint ${id}-privacy`}
        placeholder={props.copy.ui.placeholder}
        autocomplete="off"
        spellcheck={false}
        onFocus={() => void load()}
        onInput={(e) => update(e.currentTarget.value)}
      />
      <div class="icp-decoder-actions">
        <button type="button" class="icp-decoder-primary" onClick={() => ask(box?.value ?? '')}>
          {props.copy.ui.decodeButton}
        </button>
        <button type="button" onClick={() => (fill(''), box?.focus())}>
          {props.copy.ui.clearButton}
        </button>
      </div>
      <div class="icp-decoder-examples" role="group" aria-labelledby={`${id}-ex`}>
        <span id={`${id}-ex`}>{props.copy.ui.examplesTitle}</span>
        <For each={props.copy.examples}>
          {(ex) => (
            <button
              type="button"
              onClick={() => {
                if (box) box.value = ex.text;
                ask(ex.text);
              }}
            >
              {ex.label}
            </button>
          )}
        </For>
      </div>
      <p class="icp-decoder-examples-note">{props.copy.ui.examplesNote}</p>
      <p class="icp-decoder-privacy" id={`${id}-privacy`}>
        {props.copy.ui.privacy}
      </p>
      <DecoderResult ref={result} view={view()} ui={props.copy.ui} showLinks={!!text().trim()} />
    </div>
  );
}
