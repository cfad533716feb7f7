/**
 * Loads every `src/content/provinces/*.json` (bundled by Vite: works in vitest, Astro pages and islands) and checks
 * each against the schema. A malformed entry throws here, at build time, never at a reader's input.
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

/** All 31 entries in the order of their administrative division codes (北京 11 … 新疆 65). */
export const DATA: readonly Province[] = /* @__PURE__ */ load();
