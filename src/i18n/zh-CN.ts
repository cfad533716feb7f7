/**
 * 简体中文 (zh-CN): every sentence the tools show, in one place. The words follow the 术语表 (/guide/glossary/).
 * Facts: ../shared/facts/icp-facts.md. Placeholders `{name}` are filled by src/i18n/fill with the values src/lib
 * returns. Each tool has its own section; a section whose keys are src/lib codes says so with `satisfies`, so a
 * code without a sentence fails `astro check`.
 */
import type { PageKey } from '../lib/routes';

/** Link texts of the pages src/lib links to. */
const pages = {
  why: '为什么要备案',
  prepare: '备案前的准备',
  fillIn: '填写备案信息',
  siteNameGuide: '网站名称怎么起',
  first: '接入商初审',
  sms: '短信核验',
  review: '管局审核',
  after: '备案通过之后',
  faq: '常见问题',
  glossary: '术语表',
  needFiling: '要不要备案',
  preApproval: '前置审批',
  changes: '变更与注销',
  keepValid: '保持备案有效',
  police: '公安联网备案',
  provinces: '各省管局要求',
  check: '短信核验信息自查',
  decoder: '提示/短信解读',
  deadlines: '期限计算',
  policeDeadline: '公安联网备案期限',
  siteName: '网站名称自查',
  picker: '管局与材料查询',
} satisfies Record<PageKey, string>;

/** Shared by every tool. */
const common = {
  /** Shown by every tool page while JavaScript is off or has not run. */
  needsJs: '这个小工具要在浏览器里运行 JavaScript 才能用，现在 JavaScript 没有运行。',
  /** The link after needsJs to the guide section that answers by hand ({page}: its link text). */
  byHand: '不用工具，照指南一步步查：{page}',
  privacy: '隐私：你填写或粘贴的内容只在你的浏览器里处理，不会上传、保存，也不会写进网址。',
};

// ── Tool sections ───────────────────────────────────────────────────────────────────────────────────────────────
// One section per tool, in this order. Keep each section's edits inside its own braces.

/** 短信核验信息自查 (src/components/sms-check). */
const smsCheck = {};

/** 提示/短信解读 (src/components/message-decoder). */
const messageDecoder = {};

/** 期限计算 (src/components/deadlines). */
const deadlines = {};

/** 网站名称自查 (src/components/site-name). */
const siteName = {};

/** 管局与材料查询 (src/components/province-picker). */
const provincePicker = {};

/** 域名能不能备案 (src/components/domain-check). */
const domainCheck = {};

/** 页脚备案号代码 (src/components/footer-check). */
const footerCheck = {};

// ── The dictionary ──────────────────────────────────────────────────────────────────────────────────────────────

export default {
  lang: 'zh-CN',
  pages,
  common,
  smsCheck,
  messageDecoder,
  deadlines,
  siteName,
  provincePicker,
  domainCheck,
  footerCheck,
};
