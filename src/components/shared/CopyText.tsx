/**
 * A copy button for a value the tool shows (a domain, a block of HTML): writes it to the clipboard, or, where the
 * browser refuses, selects the shown text so that the reader can copy it by hand, and says which happened in a
 * status region. The feedback clears as soon as the value changes. Words come from the caller's dictionary slice.
 */
import { createSignal } from 'solid-js';

export default function CopyText(p: {
  /** What is copied. */
  text: string;
  /** The element showing the text, selected when the clipboard is not available. */
  target: () => HTMLElement | undefined;
  /** Button text, and the texts after copying or selecting. */
  label: string;
  done: string;
  manual: string;
  /**
   * Read after the button's text by screen readers: what is copied (e.g. the field's label). A space separates the
   * two, outside the hidden part, so that the name reads “Copy Mobile number” in languages that space their words.
   */
  what?: string;
}) {
  const [state, setState] = createSignal<[string, 'done' | 'manual'] | null>(null);
  const shown = () => {
    const s = state();
    return s && s[0] === p.text ? s[1] : '';
  };
  const copy = async () => {
    const text = p.text;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState([text, 'done']);
    } catch {
      const el = p.target();
      const sel = window.getSelection();
      if (el && sel) {
        const range = document.createRange();
        range.selectNodeContents(el);
        sel.removeAllRanges();
        sel.addRange(range);
      }
      setState([text, 'manual']);
    }
  };
  return (
    <span class="icp-tool-copy">
      <button type="button" class="icp-tool-button" onClick={() => void copy()}>
        {shown() === 'done' ? p.done : p.label}
        {p.what ? (
          <>
            {' '}
            <span class="sr-only">{p.what}</span>
          </>
        ) : null}
      </button>
      <span role="status" class="icp-tool-copied">
        {shown() === 'done' ? p.done : shown() === 'manual' ? p.manual : ''}
      </span>
    </span>
  );
}
