/**
 * The answer of the 提示/短信解读 island, already in words (./view): what happened and the one thing to do now
 * first (in the alert style for a scam), the time limit the notice itself gives, then what was found, the next steps, the time limit, the notes and the
 * guide pages. Announced with aria-live.
 */
import { For, Show } from 'solid-js';
import type { DecoderCopy, DecoderView } from './view';

export default function DecoderResult(props: {
  view: DecoderView;
  ui: DecoderCopy['ui'];
  showLinks: boolean;
  /** The answer's element (the island scrolls it into view after 解读). */
  ref?: HTMLDivElement | ((el: HTMLDivElement) => void);
}) {
  return (
    <div
      ref={props.ref}
      class="icp-decoder-result"
      classList={{ 'icp-decoder-alert': props.view.alert }}
      aria-live="polite"
      data-kind={props.view.kind}
    >
      <p class="icp-decoder-title">
        <Show when={props.view.alert}>
          <span class="icp-decoder-badge">{props.ui.scamLabel}</span>{' '}
        </Show>
        <strong>{props.view.title}</strong>
      </p>
      <Show when={props.view.now}>
        {(now) => (
          <p class="icp-decoder-now">
            <strong>{props.ui.nowLabel}</strong>
            {now()}
          </p>
        )}
      </Show>
      <Show when={props.view.limit}>
        {(limit) => (
          <p class="icp-decoder-limit">
            <strong>{props.view.limitLabel ?? props.ui.limitLabel}</strong>
            {limit()}
          </p>
        )}
      </Show>
      <p>{props.view.meaning}</p>
      <Show when={props.view.foundWords.length}>
        <p class="icp-decoder-sub">{props.ui.foundWordsTitle}</p>
        <p>{props.view.foundWords.join(props.ui.listSeparator)}</p>
      </Show>
      <Show when={props.view.closest.length}>
        <p class="icp-decoder-sub">{props.ui.closestTitle}</p>
        <ul>
          <For each={props.view.closest}>{(c) => <li>{c}</li>}</For>
        </ul>
      </Show>
      <Show when={props.view.facts.length}>
        <dl class="icp-decoder-facts">
          <For each={props.view.facts}>
            {(row) => (
              <div>
                <dt>{row.label}</dt>
                <dd>
                  {row.value}
                  <Show when={row.link}>
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
      <Show when={props.view.steps.length}>
        <p class="icp-decoder-sub">{props.ui.nextStepsTitle}</p>
        <ol>
          <For each={props.view.steps}>{(s) => <li>{s}</li>}</For>
        </ol>
      </Show>
      <Show when={props.view.deadline}>
        {(d) => (
          <>
            <p class="icp-decoder-sub">{props.ui.deadlineTitle}</p>
            <p class="icp-decoder-deadline">
              {d()}
              <Show when={props.view.calculator}>
                {(c) => (
                  <>
                    {' '}
                    <a href={c().href}>{c().text}</a>
                  </>
                )}
              </Show>
            </p>
          </>
        )}
      </Show>
      <Show when={props.view.notes.length}>
        <p class="icp-decoder-sub">{props.ui.notesTitle}</p>
        <ul>
          <For each={props.view.notes}>{(n) => <li>{n}</li>}</For>
        </ul>
      </Show>
      <Show when={props.showLinks && props.view.links.length}>
        <p class="icp-decoder-links">
          {props.ui.guideLinksTitle}
          <For each={props.view.links}>
            {(l, i) => (
              <>
                {i() ? props.ui.listSeparator : ''}
                <a href={l.href}>{l.text}</a>
              </>
            )}
          </For>
        </p>
      </Show>
    </div>
  );
}
