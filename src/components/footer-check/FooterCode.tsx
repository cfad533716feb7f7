/**
 * 页脚备案号代码, the writer: type the ICP number (and the 公安 number, and where the badge lives on your site), get
 * the footer HTML to copy. Thin UI over src/lib/footer/core (footerHtmlWith, with the province table the wrapper
 * passes); the province's rule on 主体 or 网站备案号 comes
 * from `rules` (footerRules, computed by the wrapper at build time), picked by the number's province abbreviation.
 * The HTML is shown as text (never inserted as markup). Nothing is stored or sent; fields already filled when the
 * island starts are read.
 */
import { Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { sayAll } from '../../i18n/fill';
import type { LocaleLinks } from '../../i18n/links';
import { DEFAULT_BADGE, footerHtmlWith } from '../../lib/footer/core';
import { type ProvinceId, readIcp } from '../../lib/footer/numbers';
import type { FooterRule } from '../../lib/footer/province';
import { CHECK_ICON, CheckList, statusClass } from '../shared/CheckVerdict';
import { restoreOnMount } from '../shared/restore';
import CopyText from '../shared/CopyText';
import RuleSources, { Notes } from './RuleSources';

type Props = {
  copy: Dictionary['footerCheck'];
  /** The provinces' abbreviations, names and codes, from the wrapper (so that the island does not load them). */
  provinces: readonly ProvinceId[];
  rules: readonly FooterRule[];
  privacy: string;
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
};

/** One labelled text field with its hint. */
function Field(p: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onValue: (v: string) => void;
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
  let codeEl: HTMLElement | undefined;

  const result = createMemo(() => {
    if (icp().trim() === '') return null;
    const abbr = readIcp(icp(), props.provinces)?.province?.abbr;
    const province = props.rules.find((r) => r.abbr === abbr);
    return footerHtmlWith({ icp: icp(), police: police(), badge: badge(), province, provinces: props.provinces });
  });
  const level = () => {
    const r = result();
    return !r || r.errors.length ? 'bad' : r.warnings.length ? 'warn' : 'ok';
  };

  return (
    <div class="icp-footer icp-tool-box not-content">
      <p class="icp-tool-note">{props.privacy}</p>
      <Field id={`${id}-icp`} label={props.copy.icpLabel} hint={props.copy.icpHint} value={icp()} onValue={setIcp} />
      <Field
        id={`${id}-police`}
        label={props.copy.policeLabel}
        hint={props.copy.policeHint}
        value={police()}
        onValue={setPolice}
      />
      <Field
        id={`${id}-badge`}
        label={props.copy.badgeLabel}
        hint={props.copy.badgeHint}
        value={badge()}
        onValue={setBadge}
        placeholder={DEFAULT_BADGE}
      />
      <div class="icp-tool-result" aria-live="polite">
        <Show when={result()} fallback={<p class="icp-tool-hint">{props.copy.codeWaiting}</p>}>
          {(r) => (
            <>
              <Show when={r().errors.length}>
                <p class={statusClass('bad')}>
                  <span aria-hidden="true">{CHECK_ICON.bad}</span>
                  {props.copy.codeBad}
                </p>
              </Show>
              <CheckList items={sayAll(props.copy.says, r().errors)} kind="errors" heading={props.copy.errorsHeading} />
              <CheckList
                items={sayAll(props.copy.says, r().warnings)}
                kind="warnings"
                heading={props.copy.warningsHeading}
              />
              <Show when={r().html}>
                <p class={statusClass(level())}>
                  <span aria-hidden="true">{CHECK_ICON[level()]}</span>
                  {props.copy.codeHeading}
                </p>
                <pre class="icp-tool-code">
                  <code ref={codeEl}>{r().html}</code>
                </pre>
                <p class="icp-tool-value">
                  <CopyText
                    text={r().html}
                    target={() => codeEl}
                    label={props.copy.copy}
                    done={props.copy.copied}
                    manual={props.copy.copyManual}
                  />
                </p>
              </Show>
              <Notes items={sayAll(props.copy.says, r().notes)} heading={props.copy.notesHeading} />
              <RuleSources rule={r().rule} copy={props.copy} links={props.links} />
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
