/**
 * 域名能不能备案: whether a domain's suffix is on MIIT's list of approved top-level domains, and which domain is the
 * one that is filed. Pure: no DOM, no storage, no network; nothing throws. The list (dated, with its sources) is data:
 * ./suffixes-data.ts and ./sources-data.ts, validated by ./schema.ts.
 */
export { checkDomain } from './check';
export type { DomainCode, DomainVerdict } from './check';
export { SUFFIXES, SUFFIXES_CHECKED } from './suffixes-data';
export type { SuffixEntry, SuffixHolder } from './suffixes-data';
export { SUFFIX_SOURCES } from './sources-data';
export type { SuffixSource, SuffixSourceId } from './sources-data';
