/**
 * How every tool shows a checker's verdict (src/lib/issues' { ok, errors, warnings }): the status line's icon and the
 * bulleted lists of errors and warnings, with one set of classes (`icp-check-…`, styled in CheckVerdict.css) so that
 * 短信核验信息自查 and 网站名称自查 look and read the same. Issues are said here, through the tool's table of the
 * dictionary (src/i18n/fill's `say`); a list of sentences already said is shown as it is.
 */
import { For, Show, type JSX } from 'solid-js';
import type { Issue, PageLink } from '../../lib/issues';
import { say } from '../../i18n/fill';
import { localHref, type LocaleLinks } from '../../i18n/links';

/** The verdict levels and the icon shown (to sighted readers only) before the status line. */
export const CHECK_ICON = { ok: '✓ ', warn: '! ', bad: '✗ ' } as const;
export type CheckLevel = keyof typeof CHECK_ICON;

/** The classes of a status line at this level. */
export const statusClass = (level: CheckLevel) => `icp-check-status icp-check-${level}`;

/** The level of a verdict: refused, accepted with warnings, or accepted. */
export const checkLevel = (v: { ok: boolean; warnings: readonly unknown[] }): CheckLevel =>
  v.ok ? (v.warnings.length ? 'warn' : 'ok') : 'bad';

/** A table of a dictionary section: one sentence per code. */
export type IssueTable<C extends string> = Readonly<Record<C, string>>;

/** What a list shows: sentences already said, or issues with the table that says them. */
type ListItems<C extends string> =
  | { items: readonly string[]; issues?: undefined; table?: undefined }
  | { issues: readonly Issue<C>[]; table: IssueTable<C>; items?: undefined };

/**
 * A bulleted list of messages with an optional heading, or nothing when empty. `render` turns one message (and, for
 * issues, the issue it says) into the list item's content (plain text by default).
 */
export function CheckList<C extends string>(
  p: ListItems<C> & {
    kind: 'errors' | 'warnings';
    heading?: string;
    render?: (message: string, issue?: Issue<C>) => JSX.Element;
  },
) {
  const entries = (): [string, Issue<C> | undefined][] =>
    p.issues ? p.issues.map((i) => [say(p.table, i), i]) : (p.items ?? []).map((m) => [m, undefined]);
  return (
    <Show when={entries().length}>
      <Show when={p.heading}>
        <p class="icp-check-heading">{p.heading}</p>
      </Show>
      <ul class={`icp-check-list icp-check-${p.kind}`}>
        <For each={entries()}>{([m, i]) => <li>{p.render ? p.render(m, i) : m}</li>}</For>
      </ul>
    </Show>
  );
}

/**
 * A whole verdict: the status line (`status[level]`, then `children`), the errors and the warnings, said through
 * `table`.
 */
export function CheckVerdict<C extends string>(p: {
  verdict: { ok: boolean; errors: readonly Issue<C>[]; warnings: readonly Issue<C>[] };
  table: IssueTable<C>;
  status: Readonly<Record<CheckLevel, string>>;
  headings?: { errors?: string; warnings?: string };
  render?: (message: string, issue?: Issue<C>) => JSX.Element;
  children?: JSX.Element;
}) {
  const level = () => checkLevel(p.verdict);
  return (
    <>
      <p class={statusClass(level())}>
        <span aria-hidden="true">{CHECK_ICON[level()]}</span>
        {p.status[level()]}
        {p.children}
      </p>
      <CheckList
        issues={p.verdict.errors}
        table={p.table}
        kind="errors"
        heading={p.headings?.errors}
        render={p.render}
      />
      <CheckList
        issues={p.verdict.warnings}
        table={p.table}
        kind="warnings"
        heading={p.headings?.warnings}
        render={p.render}
      />
    </>
  );
}

/** What to know (not a fault): a plain list with its heading, or nothing when empty. */
export function Notes(p: { items: readonly string[]; heading: string }) {
  return (
    <Show when={p.items.length}>
      <p class="icp-check-heading">{p.heading}</p>
      <ul class="icp-check-list">
        <For each={p.items}>{(m) => <li>{m}</li>}</For>
      </ul>
    </Show>
  );
}

/**
 * The guide pages that explain a verdict, after a line of their own (`heading`): each page by its name in `pages`,
 * at its address in the page's language (`links`); nothing when there are none.
 */
export function PageLinks<K extends string>(p: {
  heading: string;
  items: readonly PageLink<K>[];
  pages: Readonly<Record<K, string>>;
  links: LocaleLinks;
}) {
  return (
    <Show when={p.items.length}>
      <p>{p.heading}</p>
      <ul class="icp-tool-links">
        <For each={p.items}>
          {(l) => (
            <li>
              <a href={localHref(p.links, l.href)}>{p.pages[l.page]}</a>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
