/**
 * 提示/短信解读 island: paste a filing message, see what it means, what to do next and by when.
 * All logic is in src/lib/messages, fetched on first use (focus, input or an example), so hydration only wires the
 * form; all UI strings come in as props (defaults: MessageDecoder.labels.ts), and so does the empty-box answer,
 * computed at build time. The pasted text only ever becomes Solid text nodes; it is never stored, sent or put in
 * the URL.
 */
import { createMemo, createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import type { GuideRef, MessageInterpretation, ProvinceTable } from '../../lib/messages';
import type { MessageDecoderLabels } from './MessageDecoder.labels';

export interface MessageDecoderProps {
  labels: MessageDecoderLabels;
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
 * <MessageDecoder labels={MESSAGE_DECODER_LABELS} initial={interpretMessage('')} />
 */
export default function MessageDecoder(props: MessageDecoderProps) {
  const L = props.labels;
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  const [interpret, setInterpret] = createSignal<Interpret>();
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= import('../../lib/messages').then((m) => void setInterpret(() => m.interpretMessage)));
  const r = createMemo(() => {
    const f = interpret();
    const t = text();
    return f && t.trim() ? f(t, { provinces: props.provinces }) : props.initial;
  });
  let box: HTMLTextAreaElement | undefined;

  const update = (value: string) => {
    setText(value);
    if (value.trim()) void load();
  };
  const fill = (value: string) => {
    if (box) box.value = value;
    update(value);
  };
  // Text typed or pasted before hydration is kept.
  onMount(() => box?.value && update(box.value));

  // What was found, as [label, value, optional link]; the MIIT status code is internal and never shown.
  const facts = () => {
    const x = r();
    const rows: [string, string, GuideRef?][] = [];
    if (x.code) rows.push([L.codeLabel, x.code]);
    if (x.filingType) rows.push([L.filingTypeLabel, x.filingType]);
    if (x.filingNumber) {
      const p = x.province;
      rows.push([
        L.filingNumberLabel,
        x.filingNumber,
        p && { href: p.href, text: L.provinceLinkText.replace('{name}', p.text) },
      ]);
    }
    if (x.licence) rows.push([L.licenceLabel, x.licence]);
    if (x.reason) rows.push([L.reasonLabel, x.reason]);
    if (x.foundLinks) rows.push([L.linksLabel, x.foundLinks.join('、')]);
    if (x.matched) rows.push([L.matchedLabel, `“${x.matched}”`]);
    return rows;
  };

  return (
    <div class="icp-decoder not-content">
      <label class="icp-decoder-label" for={`${id}-in`}>
        {L.inputLabel}
      </label>
      <p class="icp-decoder-hint" id={`${id}-hint`}>
        {L.inputHint}
      </p>
      <textarea
        ref={box}
        id={`${id}-in`}
        class="icp-decoder-input"
        rows={6}
        aria-describedby={`${id}-hint ${id}-privacy`}
        placeholder={L.placeholder}
        autocomplete="off"
        spellcheck="false"
        onFocus={() => void load()}
        onInput={(e) => update(e.currentTarget.value)}
      />
      <div class="icp-decoder-actions">
        <button type="button" class="icp-decoder-primary" onClick={() => update(box?.value ?? '')}>
          {L.decodeButton}
        </button>
        <button type="button" onClick={() => (fill(''), box?.focus())}>
          {L.clearButton}
        </button>
      </div>
      <div class="icp-decoder-examples" role="group" aria-labelledby={`${id}-ex`}>
        <span id={`${id}-ex`}>{L.examplesTitle}</span>
        <For each={L.examples}>
          {(ex) => (
            <button type="button" onClick={() => fill(ex.text)}>
              {ex.label}
            </button>
          )}
        </For>
      </div>
      <p class="icp-decoder-examples-note">{L.examplesNote}</p>
      <p class="icp-decoder-privacy" id={`${id}-privacy`}>
        {L.privacy}
      </p>

      <div class="icp-decoder-result" aria-live="polite" data-kind={r().kind}>
        <p class="icp-decoder-title">
          <strong>{r().title}</strong>
        </p>
        <p>{r().meaning}</p>
        <Show when={facts().length}>
          <dl class="icp-decoder-facts">
            <For each={facts()}>
              {([k, v, link]) => (
                <div>
                  <dt>{k}</dt>
                  <dd>
                    {v}
                    <Show when={link}>
                      {(l) => (
                        <>
                          {' '}
                          <a href={l().href}>{l().text}</a>
                        </>
                      )}
                    </Show>
                  </dd>
                </div>
              )}
            </For>
          </dl>
        </Show>
        <Show when={r().nextSteps.length}>
          <p class="icp-decoder-sub">{L.nextStepsTitle}</p>
          <ol>
            <For each={r().nextSteps}>{(s) => <li>{s}</li>}</For>
          </ol>
        </Show>
        <Show when={r().deadline}>
          {(d) => (
            <>
              <p class="icp-decoder-sub">{L.deadlineTitle}</p>
              <p class="icp-decoder-deadline">
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
          <p class="icp-decoder-sub">{L.notesTitle}</p>
          <ul>
            <For each={r().notes}>{(n) => <li>{n}</li>}</For>
          </ul>
        </Show>
        <Show when={text().trim()}>
          <p class="icp-decoder-links">
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
