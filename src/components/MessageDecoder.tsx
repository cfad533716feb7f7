/**
 * 提示/短信解读 island: paste a filing message, see what it means, what to do next and by when.
 * All logic is in src/lib/messages; all UI strings come in as props (defaults: MessageDecoder.labels.ts).
 * The pasted text only ever becomes Solid text nodes; it is never stored, sent or put in the URL.
 */
import { createMemo, createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import { interpretMessage } from '../lib/messages';
import type { MessageDecoderLabels } from './MessageDecoder.labels';

export interface MessageDecoderProps {
  labels: MessageDecoderLabels;
}

/**
 * The island. Renders real HTML on the server (label, paste box, examples, privacy note); interprets on input.
 *
 * @example
 * <MessageDecoder labels={messageDecoderLabels} />
 */
export default function MessageDecoder(props: MessageDecoderProps) {
  const L = props.labels;
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  const r = createMemo(() => interpretMessage(text()));
  let box: HTMLTextAreaElement | undefined;

  const fill = (value: string) => {
    if (box) box.value = value;
    setText(value);
  };
  // Text typed or pasted before hydration is kept.
  onMount(() => box?.value && setText(box.value));

  const facts = () => {
    const x = r();
    const rows: [string, string][] = [];
    if (x.status !== undefined) rows.push([L.statusLabel, String(x.status)]);
    if (x.code) rows.push([L.codeLabel, x.code]);
    if (x.filingType) rows.push([L.filingTypeLabel, x.filingType]);
    if (x.filingNumber) rows.push([L.filingNumberLabel, x.filingNumber]);
    if (x.licence) rows.push([L.licenceLabel, x.licence]);
    if (x.reason) rows.push([L.reasonLabel, x.reason]);
    if (x.matched) rows.push([L.matchedLabel, `“${x.matched}”`]);
    return rows;
  };

  return (
    <div class="icp-md">
      <label class="icp-md__label" for={`${id}-in`}>
        {L.inputLabel}
      </label>
      <p class="icp-md__hint" id={`${id}-hint`}>
        {L.inputHint}
      </p>
      <textarea
        ref={box}
        id={`${id}-in`}
        class="icp-md__input"
        rows={6}
        aria-describedby={`${id}-hint ${id}-privacy`}
        placeholder={L.placeholder}
        autocomplete="off"
        spellcheck="false"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="icp-md__actions">
        <button type="button" class="icp-md__primary" onClick={() => setText(box?.value ?? '')}>
          {L.decodeButton}
        </button>
        <button type="button" onClick={() => (fill(''), box?.focus())}>
          {L.clearButton}
        </button>
      </div>
      <div class="icp-md__examples" role="group" aria-labelledby={`${id}-ex`}>
        <span id={`${id}-ex`}>{L.examplesTitle}</span>
        <For each={L.examples}>
          {(ex) => (
            <button type="button" onClick={() => fill(ex.text)}>
              {ex.label}
            </button>
          )}
        </For>
      </div>
      <p class="icp-md__privacy" id={`${id}-privacy`}>
        {L.privacy}
      </p>

      <div class="icp-md__result" aria-live="polite" data-kind={r().kind}>
        <p class="icp-md__title">
          <strong>{r().title}</strong>
        </p>
        <p>{r().meaning}</p>
        <Show when={facts().length}>
          <dl class="icp-md__facts">
            <For each={facts()}>
              {([k, v]) => (
                <div>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              )}
            </For>
          </dl>
        </Show>
        <Show when={r().nextSteps.length}>
          <p class="icp-md__sub">{L.nextStepsTitle}</p>
          <ol>
            <For each={r().nextSteps}>{(s) => <li>{s}</li>}</For>
          </ol>
        </Show>
        <Show when={r().deadline}>
          {(d) => (
            <>
              <p class="icp-md__sub">{L.deadlineTitle}</p>
              <p class="icp-md__deadline">
                {d().text}
                <Show when={r().calculatorLink}>
                  {(href) => (
                    <>
                      {' '}
                      <a href={href()}>{L.calculatorLinkText}</a>
                    </>
                  )}
                </Show>
              </p>
            </>
          )}
        </Show>
        <Show when={r().notes.length}>
          <p class="icp-md__sub">{L.notesTitle}</p>
          <ul>
            <For each={r().notes}>{(n) => <li>{n}</li>}</For>
          </ul>
        </Show>
        <Show when={text().trim()}>
          <p class="icp-md__links">
            {L.guideLinksTitle}
            <For each={r().links}>
              {(l, i) => (
                <>
                  {i() ? '、' : ''}
                  <a href={l.href}>{l.text}</a>
                </>
              )}
            </For>
          </p>
        </Show>
      </div>
    </div>
  );
}
