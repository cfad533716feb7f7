/**
 * English (en): the page of one province (/en/provinces/<slug>/). The words follow the English glossary
 * (/en/guide/glossary/); the Chinese a reader meets on screen stays beside the English. Same placeholders as the
 * zh-CN section `provincePage`.
 */
import type { Dictionary } from './index';

export const provincePage: Dictionary['provincePage'] = {
  pathPrefix: '/en',
  title: '{province}: ICP filing requirements',
  description:
    'ICP filing requirements of the {bureau} ({province} bureau, 管局): filing numbers starting “{abbr}ICP备”, bureau review within {days} working days, cross-province filing and residence permits, where mobile numbers must be registered, age limits, website names, the filing number in the footer, materials and face verification. Each rule with its source and the date it was checked.',
  intro:
    'A filing entity in {province} is reviewed by the {bureau} (the bureau, 管局). Below are the rules this bureau has published beyond the national requirements, each with whom it applies to (individuals or organisations), where it comes from and when it was checked, followed by the original Chinese wording. The national requirements (domain real-name verification, website names, MIIT SMS verification and so on) are in {prepare}; {picker} also tells you, for your own case, which bureau handles your filing and what extra to prepare.',
  bureauHeading: 'The bureau and how long bureau review takes',
  bureau: 'Bureau: {bureau}',
  bureauUnverified: '{bureau} (its official website address has not been verified, so it is not listed here)',
  prefix: 'ICP filing numbers start with: {prefix} (for example {example})',
  prefixCode: '{abbr}ICP备',
  example: '{abbr}ICP备2026012345号-1',
  review: 'Bureau review time limit: {days} working days (source: {source}, checked {checked}).',
  review20:
    'Bureau review usually takes 1–20 working days; Article 12 of the “非经营性互联网信息服务备案管理办法” (Measures for the Administration of Non-commercial Internet Information Service Filing) says a complete application is dealt with within 20 working days. Bureau review cannot be expedited.',
  reviewLonger:
    'Article 12 of the “非经营性互联网信息服务备案管理办法” (Measures for the Administration of Non-commercial Internet Information Service Filing) sets 20 working days; access providers say bureau review in {province} can take up to {days} working days. Bureau review cannot be expedited.',
  rulesHeading: 'Requirements by topic',
  rulesIntro:
    '“{notFound}” means we checked the sources listed but found no public rule of this bureau on that point. It does not mean there is no requirement: in that case follow what your access provider tells you at its preliminary review (初审). Rules marked “Sources disagree” are where different access providers’ notes contradict each other; both are listed.',
  noRules: '{notFound} (no source that can be checked has been collected yet).',
  words: 'Words you cannot use: {words}.',
  formats: 'The only name formats allowed: {formats} (replace “{owner}” with your name, in Chinese as on your ID).',
  formatOwner: '某某',
  quoted: '“{item}”',
  listSeparator: ', ',
  disputed:
    '{label} this differs from {sources}; both are listed. When you file, follow what your access provider asks at its preliminary review.',
  disputedLabel: 'Sources disagree:',
  applies: 'Applies to: {who}{limit}{outcome}. Source: {source} (checked {checked})',
  who: { 个人: 'individuals', 单位: 'organisations', 全部: 'individuals and organisations' },
  outcome: { 不受理: '; not accepted', 需额外材料: '; extra documents needed', 说明: '' },
  where: {
    个人: 'household registration (户籍)',
    单位: 'place of registration',
    全部: 'household registration (户籍) or place of registration',
  },
  nonLocal: ' whose {where} is in another province',
  local: ' whose {where} is in this province',
  ages: ' aged {ages}',
  ageNames: { 未满16岁: 'under 16', '16至17岁': '16–17', '18至59岁': '18–59', '60岁及以上': '60 or over' },
  original: 'Original Chinese:',
  sourcesHeading: 'Sources',
  sourcesId: 'sources',
};
