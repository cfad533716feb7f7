/**
 * 页脚备案号代码, the writer: type the ICP number (and the 公安 number, and where the badge lives on your site), get
 * the footer HTML to copy. The form only: the result (./FooterCodeResult, over src/lib/footer/core's footerHtmlWith,
 * with the province table and each province's rule on 主体 or 网站备案号 that the wrapper computes at build time) is
 * fetched on first use, a focus or a first value, since the first view shows only the waiting line. Nothing is stored
 * or sent; fields already filled when the island starts are read.
 */
import { Show, createEffect, createSignal, createUniqueId } from 'solid-js';
import type { Dictionary } from '../../i18n';
import type { LocaleLinks } from '../../i18n/links';
import { DEFAULT_BADGE } from '../../lib/footer/badge';
import type { ProvinceId } from '../../lib/footer/numbers';
import type { FooterRule } from '../../lib/footer/province';
import { firstUse } from '../shared/first-use';
import { restoreOnMount } from '../shared/restore';

type Props = {
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  copy: Dictionary['footerCheck'];
  /** The provinces' abbreviations, names and codes, from the wrapper (so that the island does not load them). */
  provinces: readonly ProvinceId[];
  rules: readonly FooterRule[];
  privacy: string;
};

/** One labelled text field with its hint. */
function Field(p: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onValue: (v: string) => void;
  onFocus: () => void;
  placeholder?: string;
}) {
  const restore = restoreOnMount((v) => p.onValue(v));
  return (
    <div class="icp-tool-field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        ref={restore}
        type="text"
        autocomplete="off"
        spellcheck={false}
        placeholder={p.placeholder}
        aria-describedby={`${p.id}-hint`}
        value={p.value}
        onInput={(e) => p.onValue(e.currentTarget.value)}
        onFocus={() => p.onFocus()}
      />
      <p class="icp-tool-hint" id={`${p.id}-hint`}>
        {p.hint}
      </p>
    </div>
  );
}

export default function FooterCode(props: Props) {
  const id = createUniqueId();
  const [icp, setIcp] = createSignal('');
  const [police, setPolice] = createSignal('');
  const [badge, setBadge] = createSignal('');
  const result = firstUse(() => import('./FooterCodeResult'));
  const use = () => void result.use();
  // A field with a value (typed, or restored by the browser) is read: fetch the result.
  createEffect(() => {
    if (icp() || police() || badge()) use();
  });

  return (
    <div class="icp-footer icp-tool-box not-content">
      <p class="icp-tool-note">{props.privacy}</p>
      <Field
        id={`${id}-icp`}
        label={props.copy.icpLabel}
        hint={props.copy.icpHint}
        value={icp()}
        onValue={setIcp}
        onFocus={use}
      />
      <Field
        id={`${id}-police`}
        label={props.copy.policeLabel}
        hint={props.copy.policeHint}
        value={police()}
        onValue={setPolice}
        onFocus={use}
      />
      <Field
        id={`${id}-badge`}
        label={props.copy.badgeLabel}
        hint={props.copy.badgeHint}
        value={badge()}
        onValue={setBadge}
        onFocus={use}
        placeholder={DEFAULT_BADGE}
      />
      <div class="icp-tool-result" aria-live="polite">
        <Show
          when={icp().trim() !== '' && result.loaded()}
          fallback={<p class="icp-tool-hint">{props.copy.codeWaiting}</p>}
        >
          {(m) =>
            m().default({
              copy: props.copy,
              links: props.links,
              provinces: props.provinces,
              rules: props.rules,
              icp,
              police,
              badge,
            })
          }
        </Show>
      </div>
    </div>
  );
}
