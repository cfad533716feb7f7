/**
 * Typing finds a province: a search field beside one of the picker's province lists. A query that names one province
 * (粤, guangdong, Tibet, 苏ICP备…, 深圳, Xi'an) chooses it in the list; text that finds several (广) gives each a
 * button, and text that finds none says so; either way the list goes back to its empty choice, so that nothing
 * chosen for earlier text (Ti → Tianjin) stays under it. Every outcome is announced (role=status). Text already in
 * the field when the island starts (typed before it loaded, restored by the browser) is read then
 * (shared/restore.ts). The look-up is src/lib/provinces/search.ts over the data the island already has.
 */
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import type { Dictionary } from '../../i18n';
import { fill } from '../../i18n/fill';
import type { PickerProvince } from '../../lib/provinces/picker';
import { looksLikeHkMoTw, searchProvinces, type ProvinceMatch } from '../../lib/provinces/search';
import { restoreOnMount } from '../shared/restore';

/** A province's name as the page shows it. */
const shown = (p: PickerProvince) => p.label ?? p.name;

export interface ProvinceSearchProps {
  id: string;
  /** The id of the list this field chooses in (described as controlled by it). */
  controls: string;
  copy: Dictionary['provincePicker']['search'];
  /** The label of the list this field chooses in (the field's accessible name includes it). */
  field: string;
  provinces: PickerProvince[];
  /** Choose a province in the list (its slug). */
  choose: (slug: string) => void;
}

/**
 * The field, its status line and, when several provinces fit, one button for each.
 *
 * @example
 * <ProvinceSearch id="x-home-search" controls="x-home" field="户籍所在省份" copy={copy.search} provinces={data} choose={setHome} />
 */
export default function ProvinceSearch(props: ProvinceSearchProps) {
  const [query, setQuery] = createSignal('');
  const [picked, setPicked] = createSignal<ProvinceMatch<PickerProvince> | undefined>();
  const matches = createMemo(() => (query().trim() ? searchProvinces(query(), props.provinces) : []));

  const pick = (m: ProvinceMatch<PickerProvince>) => {
    setPicked(m);
    props.choose(m.province.slug);
  };
  const onInput = (value: string) => {
    setQuery(value);
    setPicked(undefined);
    const found = matches();
    if (found.length === 1) pick(found[0]!);
    // Text that does not name one province: what was chosen for earlier text does not stay.
    else if (value.trim()) props.choose('');
  };
  // Called once the island has started (a microtask or `pageshow`), outside any tracking scope.
  const restore = restoreOnMount((value) => untrack(() => onInput(value)));
  /** The city a match was found by, as typed in Latin letters (Shenzhen) or in Chinese. */
  const city = (m: ProvinceMatch<PickerProvince>) =>
    m.city && m.spelled ? fill(props.copy.citySpelled, { city: m.city, spelled: m.spelled }) : (m.city ?? '');
  const status = () => {
    const q = query().trim();
    if (!q) return '';
    const m = picked();
    if (m) {
      const abbr = m.province.abbr;
      return fill(props.copy.chosen[m.by], { province: shown(m.province), query: q, abbr, city: city(m) });
    }
    const n = matches().length;
    if (n > 0) return fill(props.copy.several, { count: n, query: q });
    return fill(looksLikeHkMoTw(q) ? props.copy.noneHkMoTw : props.copy.none, { query: q });
  };

  return (
    <div class="icp-province-search">
      <label for={props.id}>{props.copy.label}</label>
      <input
        ref={restore}
        id={props.id}
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        aria-controls={props.controls}
        aria-label={fill(props.copy.name, { field: props.field })}
        aria-describedby={`${props.id}-hint ${props.id}-status`}
        value={query()}
        onInput={(e) => {
          // The form reads its own fields on input; this field is not one of them.
          e.stopPropagation();
          onInput(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <p class="icp-province-hint" id={`${props.id}-hint`}>
        {props.copy.hint}
      </p>
      <p class="icp-province-search-status" id={`${props.id}-status`} role="status">
        {status()}
      </p>
      <Show when={!picked() && matches().length > 1}>
        <ul class="icp-province-candidates">
          <For each={matches()}>
            {(m) => (
              <li>
                <button type="button" class="icp-province-candidate" onClick={() => pick(m)}>
                  {m.city
                    ? fill(props.copy.optionCity, { province: shown(m.province), city: city(m) })
                    : fill(props.copy.option, { province: shown(m.province) })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
