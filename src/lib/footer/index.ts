/**
 * 页脚备案号代码: the footer HTML for an ICP filing number and a 公安联网备案 number, and a check of a pasted page's
 * footer (number present and well formed, linked to the right address). Pasted HTML is read as text, never run. Pure:
 * no DOM, no storage, no network; nothing throws.
 */
export { checkFooter, footerHtml } from './check';
export { DEFAULT_BADGE } from './core';
export type { FooterCode, FooterHtml, FooterNumber, FooterVerdict } from './core';
export { footerRules } from './province';
export type { FooterRule, NumberRule } from './province';
