/**
 * 页脚备案号代码, the check: paste a page's HTML (or its footer) and see what is wrong with the numbers and their
 * links. The form only: the result (./FooterCheckResult, over src/lib/footer/core's checkFooterWith, with the province
 * table and rules the wrapper passes) is fetched on first use, a focus or a first value, since the first view shows
 * only the waiting line. The paste is read as text: never run, never inserted as markup, nothing is fetched. Nothing
 * is stored or sent; a paste already in the box when the island starts is read.
 */
import { Show, createEffect, createSignal, createUniqueId } from 'solid-js';
import type { Dictionary } from '../../i18n';
import type { LocaleLinks } from '../../i18n/links';
import type { ProvinceId } from '../../lib/footer/numbers';
import type { FooterRule } from '../../lib/footer/province';
import { firstUse } from '../shared/first-use';
import { restoreOnMount } from '../shared/restore';

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

export default function FooterCheck(props: Props) {
  const id = createUniqueId();
  const [html, setHtml] = createSignal('');
  const restore = restoreOnMount(setHtml);
  const result = firstUse(() => import('./FooterCheckResult'));
  const use = () => void result.use();
  // A paste (typed, or restored by the browser) is read: fetch the check.
  createEffect(() => {
    if (html()) use();
  });

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
          onFocus={use}
        />
        <p class="icp-tool-hint" id={`${id}-hint`}>
          {props.copy.pasteHint}
        </p>
      </div>
      <div class="icp-tool-result" id={`${id}-out`} aria-live="polite">
        <Show
          when={html().trim() !== '' && result.loaded()}
          fallback={<p class="icp-tool-hint">{props.copy.checkWaiting}</p>}
        >
          {(m) =>
            m().default({
              copy: props.copy,
              pages: props.pages,
              links: props.links,
              provinces: props.provinces,
              rules: props.rules,
              html,
            })
          }
        </Show>
      </div>
    </div>
  );
}
