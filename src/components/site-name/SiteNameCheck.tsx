/**
 * 网站名称自查: type a planned 网站名称, pick 个人 or 单位 (and a province), see the verdict live.
 * Thin UI over src/lib/site-name; every string comes from `labels` (defaults in SiteNameCheck.labels.ts).
 * Imports the lib's core file, not its barrel, so that the province data (passed in by the wrapper) is not bundled.
 * Nothing is stored or sent.
 */
import { For, Show, createMemo, createSignal, createUniqueId, onMount } from 'solid-js';
import { PRE_APPROVAL_PATH, type ProvinceWords, type Subject, checkName } from '../../lib/site-name/check';
import type { SiteNameCheckLabels } from './SiteNameCheck.labels';
import { CHECK_ICON, CheckList, statusClass } from '../shared/CheckVerdict';

/**
 * One entry of the province select: its slug, short name and extra name words (often none).
 *
 * @example
 * const o: ProvinceOption = { slug: 'zhejiang', name: '浙江', words: [] };
 */
export type ProvinceOption = { slug: string; name: string; words: ProvinceWords[] };

type Props = { labels: SiteNameCheckLabels; provinces: readonly ProvinceOption[] };

const PATH = /(\/(?:guide|tools|provinces)\/[a-z0-9-]+\/)/;

/** A message with the site's own paths in it turned into links. */
function Message(p: { text: string; labels: SiteNameCheckLabels }) {
  const parts = () => p.text.split(PATH);
  return (
    <>
      <For each={parts()}>
        {(part, i) =>
          i() % 2 === 1 ? (
            <a href={part}>{part === PRE_APPROVAL_PATH ? p.labels.linkPreApproval : p.labels.linkProvince}</a>
          ) : (
            part
          )
        }
      </For>
    </>
  );
}

export default function SiteNameCheck(props: Props) {
  const L = props.labels;
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
  const check = createMemo(() =>
    touched() || name() !== '' ? checkName(name(), { subject: subject(), province: province()?.words ?? [] }) : null,
  );
  const level = () => {
    const c = check();
    return !c ? 'ok' : !c.ok ? 'bad' : c.warnings.length ? 'warn' : 'ok';
  };
  const provinceWordList = () => [...new Set(province()?.words.flatMap((w) => w.words) ?? [])];

  return (
    <div class="icp-sitename not-content">
      <p class="icp-sitename-note">{L.privacyNote}</p>
      <div class="icp-sitename-field">
        <label for={`${id}-name`}>{L.nameLabel}</label>
        <input
          id={`${id}-name`}
          ref={nameEl}
          type="text"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={`${id}-hint ${id}-out`}
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
        <p class="icp-sitename-hint" id={`${id}-hint`}>
          {L.nameHint}
        </p>
      </div>
      <fieldset class="icp-sitename-subject">
        <legend>{L.subjectLegend}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-subject`}
            value="personal"
            checked={subject() === 'personal'}
            onChange={() => setSubject('personal')}
          />
          {L.personal}
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
          {L.organisation}
        </label>
      </fieldset>
      <div class="icp-sitename-field">
        <label for={`${id}-province`}>{L.provinceLabel}</label>
        <select
          id={`${id}-province`}
          ref={provinceEl}
          aria-describedby={`${id}-province-hint`}
          onChange={(e) => setSlug(e.currentTarget.value)}
        >
          <option value="">{L.provinceNone}</option>
          <For each={props.provinces}>{(p) => <option value={p.slug}>{p.name}</option>}</For>
        </select>
        <p class="icp-sitename-hint" id={`${id}-province-hint`}>
          {L.provinceHint}
        </p>
      </div>
      <div class="icp-sitename-result" id={`${id}-out`} aria-live="polite">
        <Show when={check()}>
          {(c) => (
            <>
              <p class={statusClass(level())}>
                <span aria-hidden="true">{CHECK_ICON[level()]}</span>
                {level() === 'bad' ? L.badText : level() === 'warn' ? L.okWarnText : L.okText}
              </p>
              <CheckList
                items={c().errors}
                kind="errors"
                heading={L.errorsHeading}
                render={(m) => <Message text={m} labels={L} />}
              />
              <CheckList
                items={c().warnings}
                kind="warnings"
                heading={L.warningsHeading}
                render={(m) => <Message text={m} labels={L} />}
              />
              <Show when={c().value && c().value !== name()}>
                <p>
                  {L.submitted}
                  <code>{c().value}</code>
                </p>
              </Show>
              <Show when={province()}>
                {(p) => (
                  <p class="icp-sitename-hint">
                    {p().name}：
                    {provinceWordList().length
                      ? L.provinceChecked +
                        provinceWordList()
                          .map((w) => `“${w}”`)
                          .join('')
                      : L.provinceNoWords}
                  </p>
                )}
              </Show>
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
