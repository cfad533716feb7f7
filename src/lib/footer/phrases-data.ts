/**
 * The phrases of the provinces' 页脚备案号格式 rules (src/content/provinces) that say which ICP number the footer
 * shows. A rule that names neither says nothing about it (most only say "备案号要挂在页面下方并链接"). Matched at
 * build time by ./province.ts; add a phrase here when a new rule words it differently.
 */

/**
 * Phrases that say the footer shows the 主体备案号 (without -N).
 *
 * @example
 * SUBJECT_PHRASES.includes('挂出主体备案号') // true
 */
export const SUBJECT_PHRASES: readonly string[] = [
  '挂出主体备案号',
  '只挂主体备案号',
  '主体备案号（不带',
  '挂主体备案号',
];

/**
 * Phrases that say the footer shows the 网站备案号 (with its -N).
 *
 * @example
 * SITE_PHRASES.includes('写明网站备案号') // true
 */
export const SITE_PHRASES: readonly string[] = ['写明网站备案号', '挂网站备案号', '网站备案号（带'];
