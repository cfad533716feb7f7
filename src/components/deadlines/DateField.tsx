/**
 * A labelled date or date-time input of the 期限计算 islands, with hint and error lines wired to it by
 * aria-describedby. A value the browser already put in the field (restored by Back / form restore, or typed before
 * the island hydrated) is read when the island starts and passed to `onValue`, so it is checked, never overwritten.
 * Focusing the field fetches the date checks (./date-checks.ts), so that they are there by the first keystroke.
 */
import { createUniqueId, untrack, type JSX } from 'solid-js';
import { INPUT_YEARS } from '../../lib/deadlines/years';
import { restoreOnMount } from '../shared/restore';
import { useDateChecks } from './date-checks';

export interface DateFieldProps {
  label: string;
  hint: string;
  type: 'date' | 'datetime-local';
  value: string;
  onValue: (value: string) => void;
  /** Error (or normalisation note) to show; '' for none. Shown only once mounted. */
  message: string;
  invalid: boolean;
  /** Extra controls beside the input (e.g. a 改为此刻 button). */
  children?: JSX.Element;
}

const MIN = `${INPUT_YEARS.from}-01-01`;
const MAX = `${INPUT_YEARS.to}-12-31`;

export default function DateField(props: DateFieldProps) {
  const id = createUniqueId();
  // Called once, after mount: reads the props as they are then (untracked, as the lint rule wants it said).
  const restore = restoreOnMount((v) => untrack(() => v !== props.value && props.onValue(v)));
  return (
    <div class="icp-deadlines-field">
      <label for={id}>{props.label}</label>
      <div class="icp-deadlines-row">
        <input
          id={id}
          ref={restore}
          type={props.type}
          min={props.type === 'date' ? MIN : `${MIN}T00:00`}
          max={props.type === 'date' ? MAX : `${MAX}T23:59`}
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          onFocus={useDateChecks}
          aria-describedby={`${id}-hint ${id}-err`}
          aria-invalid={props.invalid}
        />
        {props.children}
      </div>
      <p id={`${id}-hint`} class="icp-deadlines-hint">
        {props.hint}
      </p>
      <p id={`${id}-err`} class="icp-deadlines-error">
        {props.message}
      </p>
    </div>
  );
}
