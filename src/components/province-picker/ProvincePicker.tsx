/**
 * 我该在哪里备案、要准备什么 island: subject type, 户籍 / registration, residence and age → the 管局 that reviews the
 * filing, whether its published rules accept the case, and the extra materials, each linked to its rule. Typing finds
 * a province (ProvinceSearch). All decisions are in src/lib/provinces (picker.ts, search.ts); the province data and
 * the words (the dictionary's `provincePicker` section) come in as props. Nothing is stored, sent or put in the URL.
 */
import { createMemo, createSignal, createUniqueId, For, onMount } from 'solid-js';
import type { Dictionary } from '../../i18n';
import type { LocaleLinks } from '../../i18n/links';
import { pickBureau, type PickerProvince, type SubjectType } from '../../lib/provinces/picker';
import { AGE, AGE_BRACKETS, type AgeBracket } from '../../lib/provinces/vocabulary-data';
import ProvinceResult from './ProvinceResult';
import ProvinceSearch from './ProvinceSearch';

export interface ProvincePickerProps {
  copy: Dictionary['provincePicker'];
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  provinces: PickerProvince[];
}

/**
 * The island. Renders the whole form and the initial prompt on the server; answers as the fields change.
 *
 * @example
 * <ProvincePicker copy={d.provincePicker} links={d.links} provinces={toPickerData(PROVINCES)} />
 */
export default function ProvincePicker(props: ProvincePickerProps) {
  const id = createUniqueId();
  const [subject, setSubject] = createSignal<SubjectType>('personal');
  const [home, setHome] = createSignal('');
  const [residence, setResidence] = createSignal('');
  const [age, setAge] = createSignal<AgeBracket>(AGE.adult);
  let form: HTMLFormElement | undefined;

  // Choices made (or restored by the browser) before hydration are kept.
  const read = () => {
    if (!form) return;
    const f = new FormData(form);
    setSubject(f.get('subject') === 'organisation' ? 'organisation' : 'personal');
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
  const personal = () => subject() === 'personal';

  return (
    <div class="icp-province not-content">
      <form ref={form} class="icp-province-form" onChange={read} onInput={read} onSubmit={(e) => e.preventDefault()}>
        <fieldset class="icp-province-subject">
          <legend>{props.copy.subjectLegend}</legend>
          <label>
            <input type="radio" name="subject" value="personal" checked={personal()} /> {props.copy.personal}
          </label>
          <label>
            <input type="radio" name="subject" value="organisation" checked={!personal()} /> {props.copy.organisation}
          </label>
        </fieldset>
        <div class="icp-province-field">
          <label for={`${id}-home`}>{personal() ? props.copy.homePersonal : props.copy.homeOrganisation}</label>
          <select id={`${id}-home`} name="home" aria-describedby={`${id}-home-hint`}>
            <option value="" selected={!home()}>
              {props.copy.choose}
            </option>
            <For each={props.provinces}>
              {(p) => (
                <option value={p.slug} selected={home() === p.slug}>
                  {p.label ?? p.name}
                </option>
              )}
            </For>
          </select>
          <ProvinceSearch
            id={`${id}-home-search`}
            controls={`${id}-home`}
            field={personal() ? props.copy.homePersonal : props.copy.homeOrganisation}
            copy={props.copy.search}
            provinces={props.provinces}
            choose={setHome}
          />
          <p class="icp-province-hint" id={`${id}-home-hint`}>
            {props.copy.homeHint}
          </p>
        </div>
        <div class="icp-province-field" hidden={!personal()}>
          <label for={`${id}-res`}>{props.copy.residenceLabel}</label>
          <select id={`${id}-res`} name="residence" aria-describedby={`${id}-res-hint`} disabled={!personal()}>
            <option value="" selected={!residence()}>
              {props.copy.residenceSame}
            </option>
            <For each={props.provinces}>
              {(p) => (
                <option value={p.slug} selected={residence() === p.slug}>
                  {p.label ?? p.name}
                </option>
              )}
            </For>
          </select>
          <ProvinceSearch
            id={`${id}-res-search`}
            controls={`${id}-res`}
            field={props.copy.residenceLabel}
            copy={props.copy.search}
            provinces={props.provinces}
            choose={setResidence}
          />
          <p class="icp-province-hint" id={`${id}-res-hint`}>
            {props.copy.residenceHint}
          </p>
        </div>
        <div class="icp-province-field" hidden={!personal()}>
          <label for={`${id}-age`}>{props.copy.ageLabel}</label>
          <select id={`${id}-age`} name="age" aria-describedby={`${id}-age-hint`} disabled={!personal()}>
            <For each={AGE_BRACKETS}>
              {(a) => (
                <option value={a} selected={age() === a}>
                  {props.copy.ages[a]}
                </option>
              )}
            </For>
          </select>
          <p class="icp-province-hint" id={`${id}-age-hint`}>
            {props.copy.ageHint}
          </p>
        </div>
      </form>
      <p class="icp-province-hint">{props.copy.privacy}</p>
      <ProvinceResult copy={props.copy} links={props.links} result={result()} />
    </div>
  );
}
