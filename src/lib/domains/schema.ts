/**
 * zod/mini schemas of the suffix list (./suffixes-data.ts) and its sources (./sources-data.ts). The unit tests and the
 * tool's wrapper (at build time) parse the data with them, so that an entry without a source, a source without a
 * page address or a date, a suffix written with a dot or in capitals, or a suffix listed twice fails; the island
 * never ships them.
 */
import * as z from 'zod/mini';
import { SUFFIX_SOURCES } from './sources-data';
import { SUFFIXES, SUFFIXES_CHECKED } from './suffixes-data';

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const sourceIds = Object.keys(SUFFIX_SOURCES) as [keyof typeof SUFFIX_SOURCES, ...(keyof typeof SUFFIX_SOURCES)[]];

/**
 * Schema of one source: a page or file (not a site's or repository's home), its own date ('' when it gives none) and
 * the date we read it.
 *
 * @example
 * SuffixSourceSchema.safeParse(SUFFIX_SOURCES.tencent).success // true
 */
export const SuffixSourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.string().check(
    z.regex(/^https:\/\/[^\s/]+\.[^\s/]+\/\S+$/, 'a page or file, not a home page'),
    z.refine((u) => !/^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/.test(u), 'not a repository root'),
  ),
  dated: z.union([z.literal(''), date]),
  checked: date,
  read: z.boolean(),
  secondary: z.boolean(),
});

/**
 * Schema of one suffix: lower-case labels of letters, digits, hyphens or Chinese characters, joined by dots, with no
 * leading dot and no `xn--` form (the checker decodes punycode first); at least one source.
 *
 * @example
 * SuffixEntrySchema.safeParse({ suffix: 'com.cn', from: ['tencent'] }).success // true
 * SuffixEntrySchema.safeParse({ suffix: '.COM', from: ['tencent'] }).success // false
 */
export const SuffixEntrySchema = z.object({
  suffix: z.string().check(
    z.regex(
      /^(?:[a-z0-9\p{Script=Han}](?:[a-z0-9\p{Script=Han}-]*[a-z0-9\p{Script=Han}])?)(?:\.[a-z0-9\p{Script=Han}]+){0,1}$/u,
    ),
    z.refine((s) => !s.split('.').some((l) => l.startsWith('xn--')), 'write Chinese suffixes in characters'),
  ),
  from: z.array(z.enum(sourceIds)).check(z.minLength(1)),
  holder: z.optional(z.enum(['government', 'nonProfit', 'education', 'research', 'defence'])),
});

/**
 * Schema of the whole data: the sources, the date and the list, with no suffix twice.
 *
 * @example
 * DomainDataSchema.safeParse({ sources: SUFFIX_SOURCES, checked: SUFFIXES_CHECKED, suffixes: SUFFIXES }).success // true
 */
export const DomainDataSchema = z.object({
  sources: z.record(z.string(), SuffixSourceSchema),
  checked: date,
  suffixes: z.array(SuffixEntrySchema).check(
    z.minLength(1),
    z.refine((list) => new Set(list.map((e) => e.suffix)).size === list.length, 'a suffix is listed twice'),
  ),
});

/**
 * Parse the suffix list and its sources; throws (a ZodError) when the data is wrong, so that the build stops. The
 * tool's wrapper calls it at build time.
 *
 * @throws {Error} when the data does not match DomainDataSchema (a programming error in the data files)
 * @example
 * parseDomainData().suffixes.length > 100 // true
 */
export function parseDomainData(): z.infer<typeof DomainDataSchema> {
  return DomainDataSchema.parse({ sources: SUFFIX_SOURCES, checked: SUFFIXES_CHECKED, suffixes: SUFFIXES });
}
