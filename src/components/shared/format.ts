/**
 * UI templating for the islands (not a rule, so not in src/lib). Fill `{name}` placeholders of a label string
 * (labels are plain strings so Astro can serialise them).
 * Unknown placeholders are left as they are.
 *
 * @example
 * fill('还剩 {left}', { left: '3 小时' }); // '还剩 3 小时'
 */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
