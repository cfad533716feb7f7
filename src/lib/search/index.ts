/** Search normalisation: one spelling for page text and queries, the synonym table, sentence snippets. */
export { numeralsToDigits, parseChineseNumeral } from './numerals';
export { FIXED_TERMS } from './numerals-data';
export {
  indexTerms,
  normalizeQuery,
  normalizeSearchText,
  parseTradTable,
  TRAD_TABLE,
  replaceSynonyms,
  type TradTable,
} from './normalize';
export { sentenceExcerpt, sentenceExcerpts, type ExcerptHolder } from './excerpt';
export { KEEP, RELATED, SAME, type Related, type SameMeaning } from './synonyms-data';
export { preloadSearchWhenIdle, type ConnectionHints } from './preload';
