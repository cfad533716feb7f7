/**
 * 网站名称自查: type a planned 网站名称, pick 个人 or 单位 (and a province), see the verdict live.
 * The form only: the verdict (./SiteNameOutcome, over src/lib/site-name's core file) is fetched on first use, a focus
 * or a first value, since the first view shows none. Every word comes from `copy` (the dictionary's `siteName`
 * section, passed by the wrapper); the province data is passed in by the wrapper too. Nothing is stored or sent.
 */
import { For, Show, createEffect, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import type { ProvinceWords, Subject } from '../../lib/site-name/check';
import type { SiteNameCopy } from './sentence';
import type { LocaleLinks } from '../../i18n/links';
import { firstUse } from '../shared/first-use';

/**
 * One entry of the province select: its slug, its name as the page shows it ('浙江', 'Zhejiang (浙江)') and its rules
 * about site names (often none; their words stay Chinese).
 *
 * @example
 * const o: ProvinceOption = { slug: 'zhejiang', name: '浙江', words: [] };
 */
export type ProvinceOption = { slug: string; name: string; words: ProvinceWords[] };

type Props = {
  copy: SiteNameCopy;
  /** Where the page language's pages live (the dictionary's `links` section). */
  links: LocaleLinks;
  provinces: readonly ProvinceOption[];
  /** Place names to recognise in a personal site's name (src/lib/site-name/places-data.ts). */
  places?: readonly string[];
};

export default function SiteNameCheck(props: Props) {
  const id = createUniqueId();
  const [name, setName] = createSignal('');
  const [subject, setSubject] = createSignal<Subject>('personal');
  const [slug, setSlug] = createSignal('');
  const [touched, setTouched] = createSignal(false);
  let nameEl: HTMLInputElement | undefined;
  let orgEl: HTMLInputElement | undefined;
  let provinceEl: HTMLSelectElement | undefined;

  // What the browser already put in the fields (typed before hydration, restored on back/forward).
  onMount(() => {
    if (nameEl?.value) setName(nameEl.value);
    if (orgEl?.checked) setSubject('organisation');
    if (provinceEl?.value) setSlug(provinceEl.value);
  });

  const province = createMemo(() => props.provinces.find((p) => p.slug === slug()));
  const outcome = firstUse(() => import('./SiteNameOutcome'));
  const use = () => void outcome.use();
  // A name (typed, or restored by the browser) is read: fetch the check.
  createEffect(() => {
    if (name() || touched()) use();
  });

  return (
    <div class="icp-sitename not-content">
      <p class="icp-sitename-note">{props.copy.privacyNote}</p>
      <div class="icp-sitename-field">
        <label for={`${id}-name`}>{props.copy.nameLabel}</label>
        <input
          id={`${id}-name`}
          ref={nameEl}
          type="text"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={`${id}-hint ${id}-out`}
          value={name()}
          onFocus={use}
          onInput={(e) => setName(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
        <p class="icp-tool-hint" id={`${id}-hint`}>
          {props.copy.nameHint}
        </p>
      </div>
      <fieldset class="icp-sitename-subject">
        <legend>{props.copy.subjectLegend}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-subject`}
            value="personal"
            checked={subject() === 'personal'}
            onChange={() => setSubject('personal')}
          />
          {props.copy.personal}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-subject`}
            value="organisation"
            ref={orgEl}
            checked={subject() === 'organisation'}
            onChange={() => setSubject('organisation')}
          />
          {props.copy.organisation}
        </label>
      </fieldset>
      <div class="icp-sitename-field">
        <label for={`${id}-province`}>{props.copy.provinceLabel}</label>
        <select
          id={`${id}-province`}
          ref={provinceEl}
          aria-describedby={`${id}-province-hint`}
          onChange={(e) => setSlug(e.currentTarget.value)}
        >
          <option value="">{props.copy.provinceNone}</option>
          <For each={props.provinces}>{(p) => <option value={p.slug}>{p.name}</option>}</For>
        </select>
        <p class="icp-tool-hint" id={`${id}-province-hint`}>
          {props.copy.provinceHint}
        </p>
      </div>
      <div class="icp-tool-result icp-sitename-result" id={`${id}-out`} aria-live="polite">
        <Show when={outcome.loaded()}>
          {(m) =>
            m().default({
              copy: props.copy,
              links: props.links,
              name,
              subject,
              touched,
              province: () => province() && { name: province()!.name, words: province()!.words },
              places: props.places ?? [],
            })
          }
        </Show>
      </div>
    </div>
  );
}
