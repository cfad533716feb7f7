/**
 * What the reader sees of an interpretation: src/lib/messages returns codes and values, the dictionary slice words
 * them here, in one place, for the island and for the build-time table of the ten results. Only types come from
 * src/i18n (the island receives its slice as a prop); sentences are filled by src/i18n/fill.
 */
import type { Dictionary } from '../../i18n';
import { fill, say } from '../../i18n/fill';
import { localHref, type LocaleLinks } from '../../i18n/links';
import type { LimitDate, MessageInterpretation, MessageKind, NoteCode, StatedLimit } from '../../lib/messages';

/** The words of this tool (the dictionary's `messageDecoder` slice). */
export type DecoderCopy = Dictionary['messageDecoder'];
/** Link texts of pages. */
export type PagesCopy = Dictionary['pages'];

/** One row of "what was found": label, value, and an optional link after it. */
export type FoundRow = { label: string; value: string; link?: { href: string; text: string } };

/**
 * An interpretation in words.
 *
 * @example
 * const v: DecoderView = viewOf(interpretMessage(''), copy, pages); // v.title === copy.empty.title
 */
export interface DecoderView {
  kind: MessageKind;
  alert: boolean;
  title: string;
  now?: string;
  meaning: string;
  steps: string[];
  facts: FoundRow[];
  closest: string[];
  foundWords: string[];
  /**
   * The time limit the notice itself gives (shown first), with the words it came from; for a step whose limit MIIT
   * fixes (the MIIT SMS) and a notice that says otherwise, that rule first and the notice's limit as what it says.
   */
  limit?: string;
  /** The label before `limit`. */
  limitLabel?: string;
  /** The general time limit of this kind of message; named as the general rule when the notice gives its own. */
  deadline?: string;
  calculator?: { href: string; text: string };
  notes: string[];
  links: { href: string; text: string }[];
}

/**
 * Notes that change what to do first: worded as the first advice ("现在要做的"), in place of the kind's own, and not
 * repeated under the notes.
 */
const LEAD_NOTES: ReadonlySet<NoteCode> = new Set<NoteCode>([
  'cancelNotAsked',
  'smsNone',
  'triesUsed',
  'triesLeft',
  'resultsDisagree',
]);

/**
 * Word an interpretation with the dictionary slice (`blank` says whether the box is empty); `links` (the
 * dictionary's `links` section) puts the internal links in the page's language (left as src/lib gives them without).
 *
 * @example
 * viewOf(interpretMessage('您的备案订单已通过初审。'), copy, pages).title // '初审通过：还不是备案通过'
 */
export function viewOf(
  r: MessageInterpretation,
  copy: DecoderCopy,
  pages: PagesCopy,
  blank = false,
  links?: LocaleLinks,
): DecoderView {
  const empty = blank || r.empty === true;
  const u = copy.ui;
  const href = (h: string) => (links ? localHref(links, h) : h);
  const list = (items: readonly string[]) => items.join(u.listSeparator);
  const k = r.kind === 'unknown' ? undefined : copy.kinds[r.kind];
  const head = empty ? { ...copy.empty, steps: [] as string[] } : (k ?? copy.unknown);
  const facts: FoundRow[] = [];
  if (r.suspiciousHosts.length) facts.push({ label: u.suspiciousLabel, value: list(r.suspiciousHosts) });
  if (r.code) facts.push({ label: u.codeLabel, value: r.code });
  if (r.filingType) facts.push({ label: u.filingTypeLabel, value: copy.filingTypes[r.filingType] });
  if (r.filingNumber) {
    const p = r.province;
    facts.push({
      label: r.subjectNumber ? u.siteNumberLabel : u.filingNumberLabel,
      value: r.filingNumber,
      ...(p ? { link: { href: href(p.href), text: fill(u.provinceLinkText, { name: p.name }) } } : {}),
    });
  }
  if (r.subjectNumber) facts.push({ label: u.subjectNumberLabel, value: r.subjectNumber });
  if (r.licence) facts.push({ label: u.licenceLabel, value: r.licence });
  if (r.policeNumber) facts.push({ label: u.policeNumberLabel, value: r.policeNumber });
  if (r.reason) facts.push({ label: u.reasonLabel, value: r.reason });
  if (r.foundLinks) facts.push({ label: u.linksLabel, value: list(r.foundLinks) });
  if (r.matched) facts.push({ label: u.matchedLabel, value: fill(u.quote, { text: r.matched }) });
  const lead = empty ? undefined : r.notes.find((n) => LEAD_NOTES.has(n.code));
  const now = lead ? say(copy.notes, lead) : k && !empty ? k.now : undefined;
  // an unknown text with nothing to list says so, and does not announce a list
  const bare = !k && !empty && !facts.length && !r.found.length && !r.closest.length;
  return {
    kind: r.kind,
    alert: r.kind === 'scam',
    title: head.title,
    ...(now ? { now } : {}),
    meaning: bare ? copy.unknown.meaningBare : head.meaning,
    steps: [...head.steps],
    facts,
    closest: r.closest.map((c) => (c === 'unknown' ? '' : copy.kinds[c].title)).filter(Boolean),
    foundWords: r.found.map((w) => fill(u.quote, { text: w })),
    ...(r.statedLimit
      ? {
          limit: limitText(r.statedLimit, u),
          limitLabel: ruleLeads(r.statedLimit) ? u.limitRuleLabel : u.limitLabel,
        }
      : {}),
    ...(r.deadline ? { deadline: (r.statedLimit ? u.generalRule : '') + copy.deadlines[r.deadline] } : {}),
    ...(r.calculator ? { calculator: { href: href(r.calculator.href), text: u.calculatorLinkText } } : {}),
    notes: r.notes
      .filter((n) => n !== lead)
      .map((n) =>
        // the page's results pasted together, each named by its title in text order
        n.code === 'twoResults'
          ? say(copy.notes, {
              code: n.code,
              params: {
                ...n.params,
                list: (r.results ?? [])
                  .map((k, i) => fill(u.resultItem, { n: i + 1, title: k === 'unknown' ? '' : copy.kinds[k].title }))
                  .join(u.listSeparator),
              },
            })
          : say(copy.notes, n),
      ),
    links: empty ? [] : r.links.map((l) => ({ href: href(l.href), text: pages[l.page] })),
  };
}

/** A day of the notice ('YYYY-MM-DD' or a {@link LimitDate}) in words. */
function dayText(d: string | LimitDate, u: DecoderCopy['ui']): string {
  const [year, month, day] = typeof d === 'string' ? d.split('-').map(Number) : [d.year, d.month, d.day];
  const monthName = u.monthNames[(month ?? 1) - 1] ?? String(month);
  return fill(year === undefined ? u.dateNoYear : u.date, {
    ...(year !== undefined ? { year } : {}),
    monthName,
    day: day!,
  });
}

/** Whether a limit's MIIT rule leads over it (the notice's own limit differs from it). */
function ruleLeads(l: StatedLimit): boolean {
  return !!l.rule && l.rule.compared !== 'same';
}

/**
 * The notice's own time limit in words: the limit, the day a count falls on (from the notice's own date), the words.
 *
 * @example
 * limitText({ unit: 'days', count: 7, words: '请于7日内办理' }, copy.ui) // '7 天内（原文：“请于7日内办理”）'
 */
export function limitText(l: StatedLimit, u: DecoderCopy['ui']): string {
  const timed = l.date?.hour !== undefined;
  const unit =
    l.unit === 'date'
      ? timed
        ? u.limitUnits.dateTime
        : u.limitUnits.date
      : l.count === 1
        ? u.limitUnitsOne[l.unit]
        : u.limitUnits[l.unit];
  let text = fill(unit, {
    count: l.count ?? '',
    ...(l.date ? { date: dayText(l.date, u) } : {}),
    ...(timed
      ? {
          time: fill(u.time, {
            hour: String(l.date!.hour).padStart(2, '0'),
            minute: String(l.date!.minute ?? 0).padStart(2, '0'),
          }),
        }
      : {}),
  });
  if (l.from && l.fallsOn)
    text +=
      fill(u.limitFrom, { from: dayText(l.from, u), date: dayText(l.fallsOn, u) }) +
      (l.estimated ? u.limitEstimated : '');
  if (l.rule && ruleLeads(l))
    text = fill(u.limitRule[l.rule.compared as 'longer' | 'shorter' | 'date'], { hours: l.rule.hours, stated: text });
  return text + fill(u.limitWords, { words: l.words });
}
