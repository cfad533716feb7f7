/**
 * A Markdown (Sätteri) HTML-tree plugin for the pages of other languages (src/content/docs/<locale>/): every run of
 * Chinese in their text (a quoted term such as “接入商”, a button label, a filing number) is wrapped in
 * `<span lang="zh-CN">`, so that screen readers read it as Chinese and the browser picks a Chinese font. Text in code,
 * and in elements that already say their language, is left as it is. Chinese pages (the root locale) are not touched.
 */
import type { HastPluginEntry } from 'satteri';
import { zhParts } from '../lib/text/cjk';

/** Elements whose text is not prose. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

type Parentish = { type: string; tagName?: string; properties?: Record<string, unknown> } | undefined;

/**
 * The plugin entry for `satteri({ hastPlugins: [...] })`. `locales`: the folders under src/content/docs/ whose pages
 * are not Chinese (e.g. `['en']`).
 *
 * @example
 * // astro.config.mjs: markdown: { processor: satteri({ hastPlugins: [langZh(['en'])] }) }
 */
export default function langZh(locales: string[]): HastPluginEntry {
  const folders = locales.map((l) => `/src/content/docs/${l}/`);
  return (ctx) => {
    const path = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '';
    if (!folders.some((f) => path.includes(f))) return null;
    return {
      name: 'icp-lang-zh',
      text(node, v) {
        const parts = zhParts(node.value);
        if (!parts.some((p) => p.zh)) return;
        for (let p: Parentish = v.parent(node); p; p = p.type === 'root' ? undefined : v.parent(p as never)) {
          if (p.type === 'element' && (SKIP.has(p.tagName ?? '') || p.properties?.lang)) return;
        }
        v.replaceNode(
          node,
          parts.map((part) =>
            part.zh
              ? {
                  type: 'element' as const,
                  tagName: 'span',
                  properties: { lang: 'zh-CN' },
                  children: [{ type: 'text' as const, value: part.text }],
                }
              : { type: 'text' as const, value: part.text },
          ),
        );
      },
    };
  };
}
