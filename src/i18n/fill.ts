/**
 * The one way a dictionary sentence is filled: `{name}` placeholders take the values src/lib returns. Islands import
 * this module (small) and receive their slice of the dictionary as a prop, so the words travel in the page's HTML and
 * never in a tool's JavaScript; they never import a dictionary file.
 */
import type { Issue, Params } from '../lib/issues';

/**
 * Fill the `{name}` placeholders of a dictionary sentence. A placeholder without a value is left as it is, so a
 * missing parameter shows up in tests instead of disappearing.
 *
 * @example
 * fill('验证码是 6 位数字，这里是 {length} 位。', { length: 5 }) // '验证码是 6 位数字，这里是 5 位。'
 * fill('{a}、{b}', { a: 1 }) // '1、{b}'
 */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m,
  );
}

/**
 * The sentence for one {@link Issue} from a table of a dictionary (`table[issue.code]`, filled with its params).
 * An unknown code gives '' (the type system already refuses it; this only guards data from outside).
 *
 * @example
 * say({ 'code.length': '这里是 {length} 位。' }, { code: 'code.length', params: { length: 5 } }) // '这里是 5 位。'
 */
export function say<C extends string>(table: Readonly<Record<C, string>>, item: Issue<C>): string {
  const template = Object.prototype.hasOwnProperty.call(table, item.code) ? table[item.code] : undefined;
  return typeof template === 'string' ? fill(template, item.params) : '';
}

/**
 * {@link say} for every issue of a list (errors, warnings, notes).
 *
 * @example
 * sayAll({ a: '甲', b: '乙' }, [{ code: 'a' }, { code: 'b' }]) // ['甲', '乙']
 */
export function sayAll<C extends string>(table: Readonly<Record<C, string>>, items: readonly Issue<C>[]): string[] {
  return items.map((i) => say(table, i));
}
