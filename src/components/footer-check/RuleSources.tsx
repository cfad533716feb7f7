/**
 * Where a province's rule on the footer number comes from: each source, what it says, when it was checked, and a
 * link to the province's page with all its rules. Shared by the footer writer and the footer check.
 */
import { For, Show } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { fill } from '../../i18n/fill';
import { localHref, type LocaleLinks } from '../../i18n/links';
import type { FooterRule } from '../../lib/footer/province';
import { provincePath } from '../../lib/routes';
import SourceTitle from '../shared/SourceTitle';

export default function RuleSources(p: {
  rule: FooterRule | null;
  copy: Dictionary['footerCheck'];
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
}) {
  return (
    <Show when={p.rule && p.rule.sources.length > 0 ? p.rule : null}>
      {(rule) => (
        <>
          <p class="icp-check-heading">{fill(p.copy.ruleHeading, { province: rule().name })}</p>
          <ul class="icp-check-list">
            <For each={rule().sources}>
              {(s) => (
                <li>
                  <SourceTitle source={s} template={p.copy.sourceTitle} link />
                  {fill(p.copy.ruleSource, { says: p.copy.ruleSays[s.says], checked: s.checked })}
                </li>
              )}
            </For>
            <li>
              <a href={localHref(p.links, provincePath(rule().slug))}>
                {fill(p.copy.provincePage, { province: rule().name })}
              </a>
            </li>
          </ul>
        </>
      )}
    </Show>
  );
}
