/**
 * 页脚备案号代码, the check: paste a page's HTML (or its footer) and see what is wrong with the numbers and their
 * links. Thin UI over src/lib/footer/core (checkFooterWith, with the province table the wrapper passes), which reads the paste as text: it is never run, never inserted as
 * markup (no innerHTML), nothing is fetched. The province's rule comes from `rules` (built by the wrapper). Nothing is
 * stored or sent; a paste already in the box when the island starts is read.
 */
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { sayAll } from '../../i18n/fill';
import { localHref, type LocaleLinks } from '../../i18n/links';
import { checkFooterWith, type FooterNumber } from '../../lib/footer/core';
import type { ProvinceId } from '../../lib/footer/numbers';
import type { FooterRule } from '../../lib/footer/province';
import { CHECK_ICON, CheckList, statusClass } from '../shared/CheckVerdict';
import { restoreOnMount } from '../shared/restore';
import RuleSources, { Notes } from './RuleSources';

type Props = {
  copy: Dictionary['footerCheck'];
  pages: Dictionary['pages'];
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  /** The provinces' abbreviations, names and codes, from the wrapper (so that the island does not load them). */
  provinces: readonly ProvinceId[];
  rules: readonly FooterRule[];
  privacy: string;
};

/** A number found in the paste, as written, and where it links to. */
function Found(p: { label: string; number: FooterNumber | null; copy: Dictionary['footerCheck'] }) {
  return (
    <Show when={p.number}>
      {(n) => (
        <p>
          {p.label}
          <code>{n().written}</code>{' '}
          <Show when={n().href !== null} fallback={p.copy.noLink}>
            {p.copy.linksTo} <code>{n().href}</code>
          </Show>
        </p>
      )}
    </Show>
  );
}

export default function FooterCheck(props: Props) {
  const id = createUniqueId();
  const [html, setHtml] = createSignal('');
  const restore = restoreOnMount(setHtml);

  const verdict = createMemo(() =>
    html().trim() === '' ? null : checkFooterWith(html(), { provinces: props.provinces, rules: props.rules }),
  );
  const level = () => {
    const v = verdict();
    return !v || !v.ok ? 'bad' : v.warnings.length ? 'warn' : 'ok';
  };

  return (
    <div class="icp-footer icp-tool-box not-content">
      <p class="icp-tool-note">{props.privacy}</p>
      <div class="icp-tool-field">
        <label for={id}>{props.copy.pasteLabel}</label>
        <textarea
          id={id}
          ref={restore}
          rows={6}
          spellcheck={false}
          autocomplete="off"
          aria-describedby={`${id}-hint ${id}-out`}
          value={html()}
          onInput={(e) => setHtml(e.currentTarget.value)}
        />
        <p class="icp-tool-hint" id={`${id}-hint`}>
          {props.copy.pasteHint}
        </p>
      </div>
      <div class="icp-tool-result" id={`${id}-out`} aria-live="polite">
        <Show when={verdict()} fallback={<p class="icp-tool-hint">{props.copy.checkWaiting}</p>}>
          {(v) => (
            <>
              <p class={statusClass(level())}>
                <span aria-hidden="true">{CHECK_ICON[level()]}</span>
                {level() === 'bad'
                  ? props.copy.badText
                  : level() === 'warn'
                    ? props.copy.okWarnText
                    : props.copy.okText}
              </p>
              <Found label={props.copy.foundIcp} number={v().icp} copy={props.copy} />
              <Found label={props.copy.foundPolice} number={v().police} copy={props.copy} />
              <CheckList items={sayAll(props.copy.says, v().errors)} kind="errors" heading={props.copy.errorsHeading} />
              <CheckList
                items={sayAll(props.copy.says, v().warnings)}
                kind="warnings"
                heading={props.copy.warningsHeading}
              />
              <Notes items={sayAll(props.copy.says, v().notes)} heading={props.copy.notesHeading} />
              <RuleSources rule={v().rule} copy={props.copy} links={props.links} />
              <p>{props.copy.seeAlso}</p>
              <ul class="icp-tool-links">
                <For each={v().links}>
                  {(l) => (
                    <li>
                      <a href={localHref(props.links, l.href)}>{props.pages[l.page]}</a>
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
