/**
 * 页脚备案号代码, the check's result: what is wrong with the numbers and their links in the HTML pasted into
 * ./FooterCheck. Fetched on first use (a focus or a first value) with the footer rules (src/lib/footer/core,
 * checkFooterWith, with the province table the wrapper passes), which read the paste as text: it is never run, never
 * inserted as markup (no innerHTML), nothing is fetched. The first view shows only the form.
 */
import { Show, createMemo } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { sayAll } from '../../i18n/fill';
import { checkFooterWith, type FooterNumber } from '../../lib/footer/core';
import type { ProvinceId } from '../../lib/footer/numbers';
import type { FooterRule } from '../../lib/footer/province';
import { CHECK_ICON, CheckList, Notes, PageLinks, statusClass } from '../shared/CheckVerdict';
import type { LocaleLinks } from '../../i18n/links';
import RuleSources from './RuleSources';

export interface FooterCheckResultProps {
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  copy: Dictionary['footerCheck'];
  pages: Dictionary['pages'];
  provinces: readonly ProvinceId[];
  rules: readonly FooterRule[];
  /** The paste (not blank while this is shown). */
  html: () => string;
}

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

export default function FooterCheckResult(props: FooterCheckResultProps) {
  const v = createMemo(() => checkFooterWith(props.html(), { provinces: props.provinces, rules: props.rules }));
  const level = () => (!v().ok ? 'bad' : v().warnings.length ? 'warn' : 'ok');
  return (
    <>
      <p class={statusClass(level())}>
        <span aria-hidden="true">{CHECK_ICON[level()]}</span>
        {level() === 'bad' ? props.copy.badText : level() === 'warn' ? props.copy.okWarnText : props.copy.okText}
      </p>
      <Found label={props.copy.foundIcp} number={v().icp} copy={props.copy} />
      <Found label={props.copy.foundPolice} number={v().police} copy={props.copy} />
      <CheckList items={sayAll(props.copy.says, v().errors)} kind="errors" heading={props.copy.errorsHeading} />
      <CheckList items={sayAll(props.copy.says, v().warnings)} kind="warnings" heading={props.copy.warningsHeading} />
      <Notes items={sayAll(props.copy.says, v().notes)} heading={props.copy.notesHeading} />
      <RuleSources rule={v().rule} copy={props.copy} links={props.links} />
      <PageLinks heading={props.copy.seeAlso} items={v().links} pages={props.pages} links={props.links} />
    </>
  );
}
