/**
 * The image file the footer uses for the 公安 badge when none is given: a path on the reader's own site. Its own
 * file so that the writer's form can show it as a placeholder without loading the footer rules (./core re-exports it).
 *
 * @example
 * DEFAULT_BADGE // '/images/gongan-beian.png'
 */
export const DEFAULT_BADGE = '/images/gongan-beian.png';
