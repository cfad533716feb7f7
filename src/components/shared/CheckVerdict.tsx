/**
 * How every tool shows a FieldCheck-shaped verdict (src/lib's { ok, errors, warnings }): the status line's icon
 * and the bulleted lists of errors and warnings, with one set of classes (`icp-check-…`, styled in CheckVerdict.css)
 * so that 短信核验信息自查 and 网站名称自查 look and read the same.
 */
import { For, Show, type JSX } from 'solid-js';

/** The verdict levels and the icon shown (to sighted readers only) before the status line. */
export const CHECK_ICON = { ok: '✓ ', warn: '! ', bad: '✗ ' } as const;
export type CheckLevel = keyof typeof CHECK_ICON;

/** The classes of a status line at this level. */
export const statusClass = (level: CheckLevel) => `icp-check-status icp-check-${level}`;

/**
 * A bulleted list of messages with an optional heading, or nothing when empty. `render` turns one message into the
 * list item's content (plain text by default).
 */
export function CheckList(p: {
  items: string[];
  kind: 'errors' | 'warnings';
  heading?: string;
  render?: (message: string) => JSX.Element;
}) {
  return (
    <Show when={p.items.length}>
      <Show when={p.heading}>
        <p class="icp-check-heading">{p.heading}</p>
      </Show>
      <ul class={`icp-check-list icp-check-${p.kind}`}>
        <For each={p.items}>{(m) => <li>{p.render ? p.render(m) : m}</li>}</For>
      </ul>
    </Show>
  );
}
