/**
 * zod/mini schemas of the word-list data (./words.ts) and its sources (./sources.ts). Used by the unit tests, so that
 * a list without a source, a source without a page address or a date, or an empty word fails the suite; the island
 * never ships them.
 */
import * as z from 'zod/mini';
import { SOURCES } from './sources';

/**
 * Schema of one source.
 *
 * @example
 * WordSourceSchema.safeParse(SOURCES.qingcloud).success // true
 */
export const WordSourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.string().check(z.regex(/^https?:\/\/[^\s/]+\.[^\s/]+\/\S+$/, '来源要指向具体页面或文件')),
  checked: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  secondary: z.optional(z.boolean()),
});

/**
 * Schema of SOURCES.
 *
 * @example
 * SourcesSchema.safeParse(SOURCES).success // true
 */
export const SourcesSchema = z.record(z.string(), WordSourceSchema);

/**
 * Schema of WORD_LISTS: each list names at least one key of SOURCES.
 *
 * @example
 * SiteNameWordsSchema.safeParse(WORD_LISTS).success // true
 */
export const SiteNameWordsSchema = z.array(
  z.object({
    id: z.enum(['national', 'illegal', 'organisation', 'interactive', 'commercial', 'regulated']),
    subjects: z.array(z.enum(['personal', 'organisation'])).check(z.minLength(1)),
    level: z.enum(['error', 'warning']),
    words: z.array(z.string().check(z.regex(/^\p{Script=Han}{2,}$/u, '词表只收简体汉字词'))).check(z.minLength(1)),
    sector: z.optional(z.string().check(z.minLength(1))),
    sources: z
      .array(z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]))
      .check(z.minLength(1)),
  }),
);
