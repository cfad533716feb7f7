/**
 * 我该在哪里备案、要准备什么: which 管局 reviews a filing and whether its published rules accept the case.
 * Pure and data-driven: it reads the province rules (their `appliesTo`, `when` and `outcome`) and never guesses;
 * where the data says nothing public was found the answer is "unknown, ask your 接入商". It returns codes; the
 * island words them with the dictionary (src/i18n, section `provincePicker`).
 * It takes the data as an argument (see toPickerData), so that an island need not bundle the whole collection.
 */
import { issue, type Issue } from '../issues';
import { CITIES, CITY_LATIN } from './cities-data';
import { PROVINCE_OTHER_NAMES } from './names-en-data';
import type { Province, ProvinceRule } from './schema';
import { isUnknown } from './rules';
import { namesBeyondSlug } from './search';
import {
  AGE,
  AGE_BRACKETS,
  APPLIES_TO,
  OUTCOME,
  PICKER_TOPICS,
  TOPIC,
  type AgeBracket,
  type RuleOutcome,
  type RuleTopic,
} from './vocabulary-data';

export { PICKER_TOPICS };

/** What a rule means for the case when the data does not say: 材料与核验单 rules are extra materials. */
function effectiveOutcome(r: Pick<ProvinceRule, 'topic' | 'outcome'>): RuleOutcome {
  return r.outcome ?? (r.topic === TOPIC.materials ? OUTCOME.extra : OUTCOME.note);
}

/**
 * A person (个人) or an organisation (单位: 企业、事业单位、社会团体…).
 *
 * @example
 * const s: SubjectType = 'personal';
 */
export type SubjectType = 'personal' | 'organisation';

/**
 * A rule as the picker needs it: no source (the link leads to the rule and its source on the province page).
 *
 * @example
 * const r: PickerRule = { topic: '年龄', text: '…', appliesTo: '个人', i: 1 }; // provinceHref('zhejiang', 1)
 */
export type PickerRule = Pick<ProvinceRule, 'topic' | 'text' | 'appliesTo' | 'when' | 'outcome'> & {
  /** Position in the province's `rules` (for the link to it, see provinceHref). */
  i: number;
  /** True when another source says otherwise on the same point (the rule has `conflictsWith`). */
  disputed?: true;
  /** The Chinese wording, when `text` is a translation of it (see toPickerData's `shown`). */
  original?: string;
};

/**
 * A province as the picker needs it.
 *
 * @example
 * const p: PickerProvince = toPickerData(PROVINCES)[0]; // 北京
 */
export interface PickerProvince {
  slug: string;
  /** Short and full name in Chinese: what typed text and `PickerInput.home` are matched against. */
  name: string;
  fullName: string;
  /** The name as the page shows it ('Guangdong (广东)'); `name` when absent. */
  label?: string;
  /** For the search by typing (./search.ts): 粤, 川, 深圳, Guangdong Province, Tibet, Shenzhen … */
  abbr: string;
  altAbbrs: readonly string[];
  cities: readonly string[];
  /** Names in Latin letters besides the slug (English name and full name, other names); see ./search.ts. */
  latin?: readonly string[];
  /** The cities' Latin spellings, `|` between cities, `/` between spellings (see ./search.ts ProvinceKeys). */
  cityLatin?: string;
  /** The bureau's name as the page shows it (only shown, never matched). */
  bureau: string;
  rules: PickerRule[];
  /** How many published rules of other topics the province page has (not passed to the picker). */
  others: number;
}

/**
 * The trimmed data the picker works on, made on the server and handed to the island as props. `provinces` are the
 * Chinese entries (names, abbreviations and rules are read from them); `shown`, the same provinces as the page shows
 * them (index i is the same province, with its rules in the same order), gives each rule's text, with its Chinese
 * wording as `original` where the two differ. The names stay Chinese (they are matched against); the caller adds the
 * displayed `label` and bureau name. `english`, the same provinces in English (index i again), gives the English
 * names the search also finds (on pages in every language), with the other names of ./names-en-data.ts, those the
 * slug does not find already (see namesBeyondSlug); the cities' Latin spellings come from ./cities-data.ts.
 *
 * @example
 * toPickerData(PROVINCES).length // 31
 * toPickerData(PROVINCES, PROVINCES_EN)[0].rules[0].original // the Chinese text of the English rule
 * toPickerData(PROVINCES, PROVINCES, PROVINCES_EN)[4].latin // ['Inner Mongolia', 'Nei Mongol'] (Beijing: none, the slug finds it)
 */
export function toPickerData(
  provinces: readonly Province[],
  shown: readonly Province[] = provinces,
  english: readonly Pick<Province, 'name' | 'fullName'>[] = [],
): PickerProvince[] {
  return provinces.map((p, k) => {
    const rules: PickerRule[] = [];
    let others = 0;
    p.rules.forEach((r, i) => {
      if (PICKER_TOPICS.includes(r.topic) || r.outcome) {
        const text = shown[k]?.rules[i]?.text ?? r.text;
        rules.push({
          topic: r.topic,
          text,
          ...(text !== r.text ? { original: r.text } : {}),
          appliesTo: r.appliesTo,
          ...(r.when ? { when: r.when } : {}),
          ...(r.outcome ? { outcome: r.outcome } : {}),
          ...(r.conflictsWith?.length ? { disputed: true as const } : {}),
          i,
        });
      } else if (!isUnknown(r)) others++;
    });
    const en = english[k];
    const latin = namesBeyondSlug(p.slug, [
      ...(en ? [en.name, en.fullName] : []),
      ...(PROVINCE_OTHER_NAMES[p.slug] ?? []),
    ]);
    const cities = CITIES[p.slug] ?? [];
    return {
      slug: p.slug,
      name: p.name,
      fullName: p.fullName,
      abbr: p.abbr,
      altAbbrs: p.altAbbrs,
      cities,
      ...(latin.length ? { latin } : {}),
      ...(cities.length ? { cityLatin: cities.map((c) => CITY_LATIN[c] ?? '').join('|') } : {}),
      bureau: p.bureau.name,
      rules,
      others,
    };
  });
}

/**
 * What the person tells the picker. `home`: where the 单位 is registered, or the 户籍 on the person's ID (a slug
 * such as 'guangdong', or its name: 广东 / 广东省). `residence`: where the person lives (个人 only; empty = same as
 * home). `age`: the person's age bracket (个人 only).
 *
 * @example
 * const q: PickerInput = { subject: 'personal', home: 'hunan', residence: 'guangdong', age: '18至59岁' };
 */
export interface PickerInput {
  subject: SubjectType;
  home: string;
  residence?: string;
  age?: AgeBracket;
}

/**
 * - `refused`: a published rule says this bureau does not take this case;
 * - `conditional`: it takes it with something extra (see `materials`);
 * - `unknown`: the case depends on a rule nobody has published (跨省 or a minor's age) — ask the 接入商;
 * - `check`: a published rule on this case does not state what it means for it (no `outcome`) — read it;
 * - `disputed`: sources disagree, one rule refuses the case and another accepts it (both are listed);
 * - `accepted`: no published rule of this bureau stands against it.
 *
 * @example
 * const v: BureauVerdict = 'conditional';
 */
export type BureauVerdict = 'accepted' | 'conditional' | 'refused' | 'unknown' | 'check' | 'disputed';

/**
 * Why a bureau is an option: the ID's 户籍 (`home`, 个人), the registration (`registered`, 单位), or where the
 * person lives (`residence`, a 跨省 filing).
 *
 * @example
 * const b: Basis = 'residence';
 */
export type Basis = 'home' | 'registered' | 'residence';

/**
 * One bureau the filing could go to, and what its rules say about this case.
 *
 * @example
 * const o: BureauOption = pickBureau(q, data).options[0];
 */
export interface BureauOption {
  province: PickerProvince;
  /** Why this bureau: the ID's 户籍 / the registration (本地), or where the person lives (跨省). */
  basis: Basis;
  /** True when the subject's 户籍 or registration is in another province than this bureau. */
  nonLocal: boolean;
  verdict: BureauVerdict;
  /** Rules that refuse the case. */
  refusals: PickerRule[];
  /** Rules asking for something extra in this case. */
  materials: PickerRule[];
  /** Other rules of this bureau that apply to this case (among PICKER_TOPICS). */
  notes: PickerRule[];
  /** Topics that matter for this case but where nothing public was found. */
  unknown: RuleTopic[];
}

/**
 * What the picker asks for when it cannot answer: the province of the 户籍 (`home.missingPersonal`) or of the
 * registration (`home.missingOrganisation`), or a residence it does not know (`residence.unknown`).
 *
 * @example
 * const c: PickerCode = 'home.missingPersonal';
 */
export type PickerCode = 'home.missingPersonal' | 'home.missingOrganisation' | 'residence.unknown';

/**
 * The answer: the bureaus in the order to consider them, or what to choose first (a code).
 *
 * @example
 * const r: PickerResult = pickBureau({ subject: 'organisation', home: 'beijing' }, data); // r.ok === true
 */
export type PickerResult = { ok: true; options: BureauOption[] } | { ok: false; issue: Issue<PickerCode> };

const MINORS: readonly AgeBracket[] = [AGE.under16, AGE.from16to17];

function resolve(data: readonly PickerProvince[], query: string | undefined): PickerProvince | undefined {
  if (typeof query !== 'string') return undefined;
  const q = query.normalize('NFKC').trim();
  if (!q) return undefined;
  return data.find((p) => p.slug === q.toLowerCase() || p.name === q || p.fullName === q);
}

function applies(rule: PickerRule, subject: SubjectType, nonLocal: boolean, age: AgeBracket | undefined): boolean {
  if (rule.appliesTo !== APPLIES_TO.all && rule.appliesTo !== APPLIES_TO[subject]) return false;
  const w = rule.when;
  if (w?.nonLocal !== undefined && w.nonLocal !== nonLocal) return false;
  if (w?.ages) {
    if (subject !== 'personal' || !age || !w.ages.includes(age)) return false;
  }
  return true;
}

function option(
  province: PickerProvince,
  basis: BureauOption['basis'],
  nonLocal: boolean,
  subject: SubjectType,
  age: AgeBracket | undefined,
): BureauOption {
  const own = province.rules.filter((r) => applies(r, subject, nonLocal, age));
  const known = own.filter((r) => !isUnknown(r));
  const refusals = known.filter((r) => effectiveOutcome(r) === OUTCOME.refused);
  const materials = known.filter((r) => effectiveOutcome(r) === OUTCOME.extra);
  const notes = known.filter((r) => effectiveOutcome(r) === OUTCOME.note);
  // The topics this case turns on: 跨省 for a person from another province, 年龄 for a minor.
  const decisive: RuleTopic[] = [];
  if (subject === 'personal' && nonLocal) decisive.push(TOPIC.crossProvince);
  if (subject === 'personal' && age && MINORS.includes(age)) decisive.push(TOPIC.age);
  const unknown: RuleTopic[] = [];
  let check = false;
  for (const topic of decisive) {
    const said = known.filter((r) => r.topic === topic);
    if (said.length === 0) unknown.push(topic);
    // A rule on the case whose meaning the data does not state (no `outcome`): the reader has to read it.
    else if (said.some((r) => r.outcome === undefined)) check = true;
  }
  // Sources disagree when, on a topic where one rule refuses the case, another one accepts it.
  const disputed = refusals.some((x) =>
    known.some((r) => r.topic === x.topic && r.outcome !== undefined && r.outcome !== OUTCOME.refused),
  );
  const verdict: BureauVerdict = disputed
    ? 'disputed'
    : refusals.length
      ? 'refused'
      : unknown.length
        ? 'unknown'
        : check
          ? 'check'
          : materials.length
            ? 'conditional'
            : 'accepted';
  return { province, basis, nonLocal, verdict, refusals, materials, notes, unknown };
}

/**
 * Which bureau reviews the filing and whether it takes this case. 单位: the bureau of the province where it is
 * registered (33号令 第三条: 住所所在地). 个人: the bureau of the ID's 户籍 province; when the person lives in another
 * province, that province's bureau as a second option, judged by its 跨省 rules (some need a 居住证, some refuse).
 * Never throws: missing or unknown provinces give `{ ok: false, issue }`.
 *
 * @example
 * pickBureau({ subject: 'organisation', home: 'guangdong' }, data).ok // true; options[0].province.name === '广东'
 * pickBureau({ subject: 'personal', home: 'hunan', residence: 'guangdong', age: '18至59岁' }, data)
 * // options: 湖南 (home) then 广东 (residence, judged by 广东's 跨省 rules)
 * pickBureau({ subject: 'personal', home: '' }, data) // { ok: false, issue: { code: 'home.missingPersonal' } }
 */
export function pickBureau(input: PickerInput, data: readonly PickerProvince[]): PickerResult {
  const subject: SubjectType = input?.subject === 'organisation' ? 'organisation' : 'personal';
  const home = resolve(data, input?.home);
  if (!home)
    return {
      ok: false,
      issue: issue(subject === 'organisation' ? 'home.missingOrganisation' : 'home.missingPersonal'),
    };
  if (subject === 'organisation') return { ok: true, options: [option(home, 'registered', false, subject, undefined)] };
  const age = input.age && (AGE_BRACKETS as readonly string[]).includes(input.age) ? input.age : undefined;
  const residenceQuery = input.residence?.trim();
  const residence = residenceQuery ? resolve(data, residenceQuery) : home;
  if (!residence) return { ok: false, issue: issue('residence.unknown') };
  const options = [option(home, 'home', false, subject, age)];
  if (residence.slug !== home.slug) options.push(option(residence, 'residence', true, subject, age));
  return { ok: true, options };
}
