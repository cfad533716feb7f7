/**
 * 我该在哪里备案、要准备什么 island: subject type, 户籍 / registration, residence and age → the 管局 that reviews the
 * filing, whether its published rules accept the case, and the extra materials, each linked to its rule.
 * All decisions are in src/lib/provinces/picker.ts; the province data and UI strings come in as props.
 * Nothing is stored, sent or put in the URL.
 */
import { createMemo, createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import { AGE_BRACKETS, type AgeBracket } from '../lib/provinces/constants';
import {
  pickBureau,
  type BureauOption,
  type PickerProvince,
  type PickerRule,
  type SubjectType,
} from '../lib/provinces/picker';
import { provinceHref } from '../lib/provinces/rules';
import type { ProvincePickerLabels } from './ProvincePicker.labels';

export interface ProvincePickerProps {
  labels: ProvincePickerLabels;
  provinces: PickerProvince[];
}

const fill = (s: string, o: BureauOption) =>
  s.replace('{管局}', o.province.bureau).replace('{省}', o.province.name).replace('{n}', String(o.province.others));

function Rules(props: {
  title: string;
  rules: PickerRule[];
  link: string;
  disputed: string;
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
              <span class="icp-province-topic">{r.topic}</span> {r.text}
              {r.disputed ? props.disputed : ''} <a href={provinceHref(props.slug, r.i)}>{props.link}</a>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/**
 * The island. Renders the whole form and the initial prompt on the server; answers as the fields change.
 *
 * @example
 * <ProvincePicker labels={PROVINCE_PICKER_LABELS} provinces={toPickerData(PROVINCES)} />
 */
export default function ProvincePicker(props: ProvincePickerProps) {
  const L = props.labels;
  const id = createUniqueId();
  const [subject, setSubject] = createSignal<SubjectType>('个人');
  const [home, setHome] = createSignal('');
  const [residence, setResidence] = createSignal('');
  const [age, setAge] = createSignal<AgeBracket>('18至59岁');
  let form: HTMLFormElement | undefined;

  // Choices made (or restored by the browser) before hydration are kept.
  const read = () => {
    if (!form) return;
    const f = new FormData(form);
    setSubject(f.get('subject') === '单位' ? '单位' : '个人');
    setHome(String(f.get('home') ?? ''));
    setResidence(String(f.get('residence') ?? ''));
    const a = String(f.get('age') ?? '');
    if ((AGE_BRACKETS as readonly string[]).includes(a)) setAge(a as AgeBracket);
  };
  onMount(read);

  const result = createMemo(() =>
    home()
      ? pickBureau({ subject: subject(), home: home(), residence: residence(), age: age() }, props.provinces)
      : undefined,
  );
  const basis = (o: BureauOption) =>
    o.basis === '户籍地' ? L.basisHome : o.basis === '注册地' ? L.basisRegistered : L.basisResidence;
  const personal = () => subject() === '个人';

  return (
    <div class="icp-province not-content">
      <form ref={form} class="icp-province-form" onChange={read} onInput={read} onSubmit={(e) => e.preventDefault()}>
        <fieldset class="icp-province-subject">
          <legend>{L.subjectLegend}</legend>
          <label>
            <input type="radio" name="subject" value="个人" checked={personal()} /> {L.personal}
          </label>
          <label>
            <input type="radio" name="subject" value="单位" checked={!personal()} /> {L.organisation}
          </label>
        </fieldset>
        <div class="icp-province-field">
          <label for={`${id}-home`}>{personal() ? L.homePersonal : L.homeOrganisation}</label>
          <select id={`${id}-home`} name="home" aria-describedby={`${id}-home-hint`}>
            <option value="" selected={!home()}>
              {L.choose}
            </option>
            <For each={props.provinces}>
              {(p) => (
                <option value={p.slug} selected={home() === p.slug}>
                  {p.name}
                </option>
              )}
            </For>
          </select>
          <p class="icp-province-hint" id={`${id}-home-hint`}>
            {L.homeHint}
          </p>
        </div>
        <div class="icp-province-field" hidden={!personal()}>
          <label for={`${id}-res`}>{L.residenceLabel}</label>
          <select id={`${id}-res`} name="residence" aria-describedby={`${id}-res-hint`} disabled={!personal()}>
            <option value="" selected={!residence()}>
              {L.residenceSame}
            </option>
            <For each={props.provinces}>
              {(p) => (
                <option value={p.slug} selected={residence() === p.slug}>
                  {p.name}
                </option>
              )}
            </For>
          </select>
          <p class="icp-province-hint" id={`${id}-res-hint`}>
            {L.residenceHint}
          </p>
        </div>
        <div class="icp-province-field" hidden={!personal()}>
          <label for={`${id}-age`}>{L.ageLabel}</label>
          <select id={`${id}-age`} name="age" aria-describedby={`${id}-age-hint`} disabled={!personal()}>
            <For each={AGE_BRACKETS}>
              {(a) => (
                <option value={a} selected={age() === a}>
                  {a.replace('至', '–')}
                </option>
              )}
            </For>
          </select>
          <p class="icp-province-hint" id={`${id}-age-hint`}>
            {L.ageHint}
          </p>
        </div>
      </form>
      <p class="icp-province-hint">{L.privacy}</p>

      <div class="icp-province-result" aria-live="polite">
        <Show when={result()} keyed fallback={<p>{L.prompt}</p>}>
          {(x) =>
            x.ok ? (
              <For each={x.options}>
                {(o) => (
                  <section class="icp-province-option" data-verdict={o.verdict}>
                    <p class="icp-province-head">
                      <strong>{o.province.bureau}</strong>（{basis(o)}）
                    </p>
                    <p class="icp-province-verdict">{fill(L[o.verdict], o)}</p>
                    <Rules
                      title={L.refusalsTitle}
                      rules={o.refusals}
                      link={L.ruleLink}
                      disputed={L.disputedRule}
                      kind="refused"
                      slug={o.province.slug}
                    />
                    <Rules
                      title={L.materialsTitle}
                      rules={o.materials}
                      link={L.ruleLink}
                      disputed={L.disputedRule}
                      kind="materials"
                      slug={o.province.slug}
                    />
                    <Rules
                      title={L.notesTitle}
                      rules={o.notes}
                      link={L.ruleLink}
                      disputed={L.disputedRule}
                      kind="notes"
                      slug={o.province.slug}
                    />
                    <Show when={o.unknown.length}>
                      <p>
                        {L.unknownTopics}
                        {o.unknown.join('、')}
                      </p>
                    </Show>
                    <p>
                      <Show when={o.province.others}>{fill(L.others, o)}</Show>
                      <a href={provinceHref(o.province.slug)}>{fill(L.pageLink, o)}</a>
                    </p>
                  </section>
                )}
              </For>
            ) : (
              <p>{x.message}</p>
            )
          }
        </Show>
      </div>
    </div>
  );
}
