/**
 * The one loader of the province data: every `src/content/provinces/*.json`, checked against the schema. Everything
 * that needs a province reads it from here: the pages (the /provinces/ table, each province page), the tools'
 * wrappers (which hand their islands what they need as props), astro.config.mjs (the sidebar) and the rest of
 * src/lib/provinces. Bundled by Vite (`import.meta.glob`): works in vitest, in Astro's pages and config, and in
 * islands. A malformed entry throws here, at build time, never at a reader's input.
 */
import * as z from 'zod/mini';
import { ProvinceSchema, type Province } from './schema';

const files = import.meta.glob('../../content/provinces/*.json', { eager: true, import: 'default' });

function load(): readonly Province[] {
  const list = Object.entries(files).map(([path, json]) => {
    const parsed = ProvinceSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  return Object.freeze(list.sort((a, b) => a.code - b.code));
}

/**
 * All 31 provinces, in the usual order (administrative division codes: 北京 11, 天津, 河北 … 宁夏, 新疆 65).
 *
 * @example
 * PROVINCES.length // 31
 * PROVINCES[0].name // '北京'
 */
export const PROVINCES: readonly Province[] = /* @__PURE__ */ load();
