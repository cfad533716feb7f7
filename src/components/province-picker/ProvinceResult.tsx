/**
 * The picker's answer: for each bureau the filing could go to, what its published rules say about the case, the
 * rules that decide it (each linked to its place on the province page) and what to bring. Words from the dictionary
 * slice (props.copy), decisions from src/lib/provinces/picker.ts.
 */
import { For, Show } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { fill, say } from '../../i18n/fill';
import { localHref, type LocaleLinks } from '../../i18n/links';
import type { BureauOption, PickerResult, PickerRule } from '../../lib/provinces/picker';
import { provinceHref } from '../../lib/provinces/rules';

type Copy = Dictionary['provincePicker'];

function Rules(props: {
  copy: Copy;
  links: LocaleLinks;
  title: string;
  rules: PickerRule[];
  kind: string;
  slug: string;
}) {
  return (
    <Show when={props.rules.length}>
      <p class="icp-province-sub">{props.title}</p>
      <ul class={`icp-province-rules icp-province-rules--${props.kind}`}>
        <For each={props.rules}>
          {(r) => (
            <li>
              <span class="icp-province-topic">{props.copy.topics[r.topic]}</span>{' '}
              {fill(props.copy.ruleText, { text: r.text })}
              {r.disputed ? props.copy.disputedRule : ''}{' '}
              <a href={localHref(props.links, provinceHref(props.slug, r.i))}>{props.copy.ruleLink}</a>
              <Show when={r.original}>
                {(zh) => (
                  <>
                    <br />
                    <small class="icp-province-original">
                      {props.copy.ruleOriginal} <q lang="zh-CN">{zh()}</q>
                    </small>
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

function Option(props: { copy: Copy; links: LocaleLinks; option: BureauOption }) {
  const o = () => props.option;
  const p = () => props.option.province;
  const name = () => p().label ?? p().name;
  return (
    <section class="icp-province-option" data-verdict={o().verdict}>
      <p class="icp-province-head">
        <strong>{p().bureau}</strong>
        {fill(props.copy.head, { basis: props.copy.basis[o().basis] })}
      </p>
      <p class="icp-province-verdict">{fill(props.copy.verdicts[o().verdict], { bureau: p().bureau })}</p>
      <Rules
        copy={props.copy}
        links={props.links}
        title={props.copy.refusalsTitle}
        rules={o().refusals}
        kind="refused"
        slug={p().slug}
      />
      <Rules
        copy={props.copy}
        links={props.links}
        title={props.copy.materialsTitle}
        rules={o().materials}
        kind="materials"
        slug={p().slug}
      />
      <Rules
        copy={props.copy}
        links={props.links}
        title={props.copy.notesTitle}
        rules={o().notes}
        kind="notes"
        slug={p().slug}
      />
      <Show when={o().unknown.length}>
        <p>
          {fill(props.copy.unknownTopics, {
            topics: o()
              .unknown.map((t) => props.copy.topics[t])
              .join(props.copy.listSeparator),
          })}
        </p>
      </Show>
      <p>
        <Show when={p().others}>{fill(props.copy.others, { province: name(), count: p().others })}</Show>
        <a href={localHref(props.links, provinceHref(p().slug))}>{fill(props.copy.pageLink, { province: name() })}</a>
      </p>
    </section>
  );
}

/**
 * The answer area: the prompt until a province is chosen, then one section per bureau, or what to choose first.
 *
 * @example
 * <ProvinceResult copy={copy} links={links} result={pickBureau(input, data)} />
 */
export default function ProvinceResult(props: { copy: Copy; links: LocaleLinks; result: PickerResult | undefined }) {
  return (
    <div class="icp-province-result" aria-live="polite">
      <Show when={props.result} keyed fallback={<p>{props.copy.prompt}</p>}>
        {(x) =>
          x.ok ? (
            <For each={x.options}>{(o) => <Option copy={props.copy} links={props.links} option={o} />}</For>
          ) : (
            <p>{say(props.copy.issues, x.issue)}</p>
          )
        }
      </Show>
    </div>
  );
}
