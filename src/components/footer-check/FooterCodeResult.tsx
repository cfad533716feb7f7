/**
 * 页脚备案号代码, the writer's result: the footer HTML for the numbers typed in ./FooterCode, with what is wrong,
 * what to know and where the province's rule comes from. Fetched on first use (a focus or a first value) with the
 * footer rules (src/lib/footer/core, footerHtmlWith, with the province table the wrapper passes): the first view
 * shows only the form. The HTML is shown as text (never inserted as markup).
 */
import { Show, createMemo } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { sayAll } from '../../i18n/fill';
import { footerHtmlWith } from '../../lib/footer/core';
import { type ProvinceId, readIcp } from '../../lib/footer/numbers';
import type { FooterRule } from '../../lib/footer/province';
import { CHECK_ICON, CheckList, Notes, statusClass } from '../shared/CheckVerdict';
import CopyText from '../shared/CopyText';
import type { LocaleLinks } from '../../i18n/links';
import RuleSources from './RuleSources';

export interface FooterCodeResultProps {
  copy: Dictionary['footerCheck'];
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  provinces: readonly ProvinceId[];
  rules: readonly FooterRule[];
  /** The three fields as typed (the ICP number is not empty while this is shown). */
  icp: () => string;
  police: () => string;
  badge: () => string;
}

export default function FooterCodeResult(props: FooterCodeResultProps) {
  let codeEl: HTMLElement | undefined;
  const result = createMemo(() => {
    const abbr = readIcp(props.icp(), props.provinces)?.province?.abbr;
    const province = props.rules.find((r) => r.abbr === abbr);
    return footerHtmlWith({
      icp: props.icp(),
      police: props.police(),
      badge: props.badge(),
      province,
      provinces: props.provinces,
    });
  });
  const level = () => {
    const r = result();
    return r.errors.length ? 'bad' : r.warnings.length ? 'warn' : 'ok';
  };
  return (
    <>
      <Show when={result().errors.length}>
        <p class={statusClass('bad')}>
          <span aria-hidden="true">{CHECK_ICON.bad}</span>
          {props.copy.codeBad}
        </p>
      </Show>
      <CheckList items={sayAll(props.copy.says, result().errors)} kind="errors" heading={props.copy.errorsHeading} />
      <CheckList
        items={sayAll(props.copy.says, result().warnings)}
        kind="warnings"
        heading={props.copy.warningsHeading}
      />
      <Show when={result().html}>
        <p class={statusClass(level())}>
          <span aria-hidden="true">{CHECK_ICON[level()]}</span>
          {props.copy.codeHeading}
        </p>
        <pre class="icp-tool-code">
          <code ref={codeEl}>{result().html}</code>
        </pre>
        <p class="icp-tool-value">
          <CopyText
            text={result().html}
            target={() => codeEl}
            label={props.copy.copy}
            done={props.copy.copied}
            manual={props.copy.copyManual}
          />
        </p>
      </Show>
      <Notes items={sayAll(props.copy.says, result().notes)} heading={props.copy.notesHeading} />
      <RuleSources rule={result().rule} copy={props.copy} links={props.links} />
    </>
  );
}
