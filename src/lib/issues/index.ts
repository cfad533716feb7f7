/**
 * What src/lib says to a reader, without words: a code that the locale's dictionary (src/i18n) turns into a sentence,
 * the values that sentence is filled with, and internal links as a page key plus an address. src/lib never imports a
 * dictionary; the dictionaries import these types. Pure TypeScript, no DOM.
 */

/**
 * A value a sentence is filled with (a code, a count, a host name, a number as typed).
 *
 * @example
 * const p: Param = 6;
 */
export type Param = string | number;

/**
 * Named values for a sentence's `{name}` placeholders.
 *
 * @example
 * const p: Params = { length: 5 };
 */
export type Params = Readonly<Record<string, Param>>;

/**
 * One thing src/lib tells the reader: `code` picks the sentence in the dictionary, `params` fill it.
 *
 * @example
 * const i: Issue<'code.length'> = { code: 'code.length', params: { length: 5 } };
 */
export interface Issue<C extends string = string> {
  readonly code: C;
  readonly params?: Params;
}

/**
 * Build an {@link Issue}; `params` is left out when empty so results compare and serialise simply.
 *
 * @example
 * issue('code.length', { length: 5 }) // { code: 'code.length', params: { length: 5 } }
 * issue('code.empty') // { code: 'code.empty' }
 */
export function issue<C extends string>(code: C, params?: Params): Issue<C> {
  return params && Object.keys(params).length > 0 ? { code, params } : { code };
}

/**
 * An internal link: the address and the key of its link text in the dictionary's `pages` table.
 *
 * @example
 * const l: PageLink = { href: '/guide/faq/', page: 'faq' };
 */
export interface PageLink<K extends string = string> {
  readonly href: string;
  readonly page: K;
}

/**
 * The verdict of a checker of something a person types (a form field, a site name, a domain): whether it would be
 * accepted, exactly what to type, and what to tell the reader, as codes. Checkers add their own fields to it.
 *
 * @example
 * const v: Verdict<'code.length'> = { ok: false, value: '12345', errors: [{ code: 'code.length', params: { length: 5 } }], warnings: [] };
 */
export interface Verdict<C extends string = string> {
  /** Would be accepted as typed (no errors). */
  ok: boolean;
  /** Exactly what to type (normalised); '' when nothing usable can be derived. */
  value: string;
  /** Why it would be refused, and what to do instead. */
  errors: Issue<C>[];
  /** Accepted, but worth a look. */
  warnings: Issue<C>[];
}

/**
 * Build a {@link Verdict}; `ok` is true when there are no errors.
 *
 * @example
 * verdict('123456') // { ok: true, value: '123456', errors: [], warnings: [] }
 */
export function verdict<C extends string>(
  value: string,
  errors: Issue<C>[] = [],
  warnings: Issue<C>[] = [],
): Verdict<C> {
  return { ok: errors.length === 0, value, errors, warnings };
}
