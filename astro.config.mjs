// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import solid from '@astrojs/solid-js';
import starlightLinksValidator from 'starlight-links-validator';
import csp from './src/integrations/csp';
import calendarCheck from './src/integrations/calendar-check';
import search from './src/integrations/search';
import { satteri } from '@astrojs/markdown-satteri';
import langZh from './src/integrations/lang-zh';
import { PROVINCES } from './src/lib/provinces/data';
import { PROVINCES_EN } from './src/lib/provinces/data-en';
import { provincePath } from './src/lib/routes';

/**
 * The 31 province pages (src/pages/provinces/[slug].astro, src/pages/en/provinces/[slug].astro), in
 * administrative-code order, for the sidebar; Starlight puts /en/ before the link on English pages.
 */
const provinceLinks = PROVINCES.map((p, i) => ({
  label: p.name,
  translations: { en: PROVINCES_EN[i].name },
  link: provincePath(p.slug),
}));

/**
 * The address the site is deployed at. Used for the sitemap and for canonical links.
 * Set SITE_URL when building for a real host, e.g. `SITE_URL=https://beian.example.cn npm run build`.
 * The default matches `npm start` (astro preview) so that a local build is self-consistent.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';
const site = process.env.SITE_URL || DEFAULT_SITE_URL;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Everything is served from our own origin: no telemetry, no remote images, no prefetch to other hosts.
  devToolbar: { enabled: false },
  // English pages quote Chinese terms: each run is marked lang="zh-CN" for screen readers and fonts.
  markdown: { processor: satteri({ hastPlugins: [langZh(['en'])] }) },
  integrations: [
    starlight({
      title: { 'zh-CN': 'ICP 备案指南', en: 'ICP Filing Guide' },
      description:
        '从授权码、填写信息、工信部短信核验到管局审核的 ICP 备案全流程中文指南，附管局与材料查询、网站名称自查、短信核验信息自查、提示/短信解读和期限计算等在浏览器里运行的小工具。',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      // Starlight's own UI strings that are still English in zh-CN live in src/content/i18n/zh-CN.json.
      // Fails the build on a broken internal link or anchor.
      plugins: process.env.ICP_NO_LINK_CHECK ? [] : [starlightLinksValidator({ errorOnLocalLinks: false })],
      // Wrap long lines in code blocks: no horizontal scrolling on phones, and no unnamed scroll regions
      // (Expressive Code turns overflowing blocks into role=region without a name: axe landmark-unique).
      expressiveCode: { defaultProps: { wrap: true } },
      customCss: ['./src/styles/custom.css'],
      favicon: '/favicon.svg',
      lastUpdated: false,
      pagination: true,
      credits: false,
      sidebar: [
        {
          label: '开始',
          translations: { en: 'Start' },
          items: [{ label: '首页', translations: { en: 'Home' }, link: '/' }],
        },
        {
          label: '备案指南',
          translations: { en: 'Filing guide' },
          items: [
            { slug: 'guide/why' },
            { slug: 'guide/prepare' },
            { slug: 'guide/fill-in' },
            { slug: 'guide/site-name' },
            { slug: 'guide/first-review' },
            { slug: 'guide/sms-verification' },
            { slug: 'guide/bureau-review' },
            { slug: 'guide/after-approval' },
            { slug: 'guide/faq' },
            { slug: 'guide/glossary' },
          ],
        },
        {
          label: '常见情况',
          translations: { en: 'Common situations' },
          items: [
            { slug: 'guide/need-filing' },
            { slug: 'guide/pre-approval' },
            { slug: 'guide/app-filing' },
            { slug: 'guide/foreigners' },
            { slug: 'guide/multiple-sites' },
            { slug: 'guide/changes' },
            { slug: 'guide/keep-valid' },
            { slug: 'guide/spot-check' },
            { slug: 'guide/police-filing' },
            { slug: 'guide/footer' },
            { slug: 'guide/comments-and-ai' },
            { slug: 'guide/scams' },
          ],
        },
        {
          label: '各省管局',
          translations: { en: 'Provincial bureaus' },
          items: [
            { slug: 'provinces' },
            { label: '31 个省份', translations: { en: '31 provinces' }, collapsed: true, items: provinceLinks },
          ],
        },
        { label: '小工具', translations: { en: 'Tools' }, items: [{ autogenerate: { directory: 'tools' } }] },
      ],
    }),
    solid(),
    calendarCheck(),
    // After starlight(): Chinese-aware search on Starlight's own search UI (src/integrations/search).
    // The province pages share one template: their repeated section headings count as body text in search.
    search({ templatePages: ['provinces/*'] }),
    // Last, so that it sees the final HTML: a strict Content-Security-Policy on every page.
    csp(),
  ],
});
