/**
 * The verdict of 网站名称自查: the status line, the findings (each sentence from the dictionary slice, with its link),
 * the rename or the kind of name to write, what will actually be submitted, and which province rules were applied.
 * Styled by shared/CheckVerdict.css (the `icp-check-…` classes) and SiteNameCheck.css.
 */
import { For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { localHref, type LocaleLinks } from '../../i18n/links';
import { refusalScope, type ProvinceWords, type Subject } from '../../lib/site-name/check';
import type { SiteNameIssue, SiteNameVerdict } from '../../lib/site-name/codes';
import { CHECK_ICON, statusClass } from '../shared/CheckVerdict';
import SourceTitle from '../shared/SourceTitle';
import { type SiteNameCopy, fixText, provinceLines, sentenceParts } from './sentence';

/**
 * The province picked, if any: its short name and its rules about site names (often none).
 *
 * @example
 * const p: PickedProvince = { name: '浙江', rules: [] };
 */
export type PickedProvince = { name: string; rules: readonly ProvinceWords[] };

function Findings(p: {
  items: SiteNameIssue[];
  kind: 'errors' | 'warnings';
  heading: string;
  copy: SiteNameCopy;
  rules: readonly ProvinceWords[];
  links: LocaleLinks;
}) {
  return (
    <Show when={p.items.length}>
      <p class="icp-check-heading">{p.heading}</p>
      <ul class={`icp-check-list icp-check-${p.kind}`}>
        <For each={p.items}>
          {(item) => (
            <li>
              <For each={sentenceParts(p.copy, item, p.rules)}>
                {(part) =>
                  'text' in part ? part.text : <SourceTitle source={part.source} template={p.copy.sourceTitle} />
                }
              </For>
              <Show when={item.link}>
                {(link) => (
                  <>
                    {' '}
                    <a href={localHref(p.links, link().href)}>{p.copy.links[link().page]}</a>
                  </>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export default function SiteNameResult(p: {
  check: SiteNameVerdict;
  typed: string;
  copy: SiteNameCopy;
  province: PickedProvince | undefined;
  /** The kind of site the name is for: the province rules that apply depend on it. */
  subject: Subject;
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
}) {
  const level = () => (!p.check.ok ? 'bad' : p.check.warnings.length ? 'warn' : 'ok');
  const rules = () => p.province?.rules ?? [];
  return (
    <>
      <p class={statusClass(level())}>
        <span aria-hidden="true">{CHECK_ICON[level()]}</span>
        {level() === 'bad'
          ? refusalScope(p.check) === 'province' && p.province
            ? fill(p.copy.badProvinceText, { province: p.province.name })
            : p.copy.badText
          : level() === 'warn'
            ? p.copy.okWarnText
            : p.copy.okText}
      </p>
      <Findings
        items={p.check.errors}
        kind="errors"
        heading={p.copy.errorsHeading}
        copy={p.copy}
        rules={rules()}
        links={p.links}
      />
      <Findings
        items={p.check.warnings}
        kind="warnings"
        heading={p.copy.warningsHeading}
        copy={p.copy}
        rules={rules()}
        links={p.links}
      />
      <Show when={fixText(p.copy, p.check, rules())}>{(text) => <p class="icp-sitename-fix">{text()}</p>}</Show>
      <Show when={p.check.value && p.check.value !== p.typed}>
        <p>
          {p.copy.submitted}
          <code>{p.check.value}</code>
        </p>
      </Show>
      <Show when={p.province}>
        {(pr) => (
          <For each={provinceLines(p.copy, pr().name, pr().rules, p.subject)}>
            {(line) => <p class="icp-tool-hint">{line}</p>}
          </For>
        )}
      </Show>
    </>
  );
}
