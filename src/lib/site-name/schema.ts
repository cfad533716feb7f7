/**
 * zod/mini schemas of the word-list data (./words-data.ts) and its sources (./sources-data.ts). Used by the unit tests, so that
 * a list without a source, a source without a page address or a date, or an empty word fails the suite; the island
 * never ships them.
 */
import * as z from 'zod/mini';
import { SOURCES } from './sources-data';

/**
 * Schema of one source.
 *
 * @example
 * WordSourceSchema.safeParse(SOURCES.qingcloud).success // true
 */
export const WordSourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.string().check(z.regex(/^https?:\/\/[^\s/]+\.[^\s/]+\/\S+$/, 'a source is the address of one page or file')),
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
    words: z
      .array(z.string().check(z.regex(/^\p{Script=Han}{2,}$/u, 'list words are simplified Han only')))
      .check(z.minLength(1)),
    sector: z.optional(
      z.enum(['news', 'broadcast', 'medical', 'drugs', 'education', 'publishing', 'culture', 'finance']),
    ),
    sources: z
      .array(z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]))
      .check(z.minLength(1)),
  }),
);
