/** Search normalisation: one spelling for page text and queries, the synonym table, sentence snippets. */
export { FIXED_TERMS, numeralsToDigits, parseChineseNumeral } from './numerals';
export {
  indexTerms,
  normaliseQuery,
  normaliseText,
  parseTradTable,
  replaceSynonyms,
  type TradTable,
} from './normalise';
export { sentenceExcerpt, sentenceExcerpts, type ExcerptHolder } from './excerpt';
export { KEEP, RELATED, SAME, type Related, type SameMeaning } from './synonyms';
export { preloadSearchWhenIdle, type ConnectionHints } from './preload';
