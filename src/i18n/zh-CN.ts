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
const siteName = {
  // Code tables keyed by the unions of src/lib/site-name/codes.ts: a code without a sentence fails `astro check`.
  privacyNote:
    '本工具只在你的浏览器里运行：输入的名称不会发送到任何地方，也不会被保存（不用 localStorage、Cookie，也不写进网址）。',
  nameLabel: '打算填写的网站名称',
  nameHint: '输入或粘贴名称，下面会立即给出结论和理由。',
  subjectLegend: '备案主体',
  personal: '个人',
  organisation: '单位（公司、事业单位、社会组织等）',
  provinceLabel: '备案所在省份（可选）',
  provinceNone: '不选省份，只查全国通用的规则',
  provinceHint: '选了省份，会加上这个省管局公开的名称限制词。',
  okText: '按各接入商公开的命名规则，没有发现问题。',
  okWarnText: '没有各地都会退回的问题，但下面这几点常被驳回或退回：',
  badText: '这个名称会被驳回或退回：',
  errorsHeading: '必须修改',
  warningsHeading: '建议修改',
  submitted: '实际提交的名称：',
  /** {province}: the province's short name; {words}: its words, each as `word`. */
  provinceChecked: '{province}：已加上这个省的名称限制词：{words}',
  provinceNoWords: '{province}：这个省没有找到公开的名称限制词，只按全国通用规则检查。',
  provinceFormats: '{province}：已加上这个省管局规定的名称格式：{formats}。',
  /** One word found, as listed ({word}), or as typed ({typed}) when typed differently (traditional, full-width). */
  word: '“{word}”',
  wordAs: '“{typed}”（即“{word}”）',
  /** The one concrete rename ({name}), when the check found one that passes it. */
  suggestion: '例如改成“{name}”。',
  /** The kind of name to write instead, when there is no concrete rename. */
  patterns: {
    personal: '改名时，可以起“小林的摄影作品集”“前端学习笔记”这样说明内容的名称。',
    organisation: '改名时，可以用单位名称或简称，加上网站内容（如“某某科技产品介绍”）。',
    provinceFormat: '改名时，请按{province}管局的要求写成{formats}。',
  } satisfies Record<import('../lib/site-name/codes').SiteNamePattern, string>,
  /** A province's name formats ({formats}): each format quoted, its `*` written as formatOwner, joined by formatOr. */
  formatOwner: '某某',
  formatOr: '或',
  /** The texts of the links a finding ends with. */
  links: { preApproval: '前置审批说明', province: '该省的管局要求' } satisfies Record<
    import('../lib/site-name/codes').SiteNameLinkKey,
    string
  >,
  /** The sectors that need 前置审批 ({sector} of 'regulated'). */
  sectors: {
    news: '新闻',
    broadcast: '广播电影电视节目',
    medical: '医疗保健',
    drugs: '药品和医疗器械',
    education: '教育',
    publishing: '出版',
    culture: '文化（网络游戏、演出等）',
    finance: '金融',
  } satisfies Record<import('../lib/site-name/codes').Sector, string>,
  /** Whom a province rule applies to ({who} of 'province.words'), by the rule's appliesTo. */
  who: { 个人: '个人网站的', 单位: '单位网站的', 全部: '' } satisfies Record<
    import('../lib/site-name/check').ProvinceWords['appliesTo'],
    string
  >,
  /**
   * One sentence per finding. {words}: the words found; {value}: what was typed; {province}, {source}: the province
   * rule's province and source. A finding with a link ends where the link text follows.
   */
  issues: {
    'name.empty':
      '网站名称还没有填写：这是备案表单的必填项，接入商不会受理空的名称。请写一个说明网站内容、至少 3 个汉字的名称，例如“小林的摄影作品集”。',
    'name.tooLong': '内容太长（{length} 个字符）：这里只填网站名称本身，一般是十个字左右。请只粘贴名称。',
    'name.domain':
      '“{value}”是域名（网址），不能直接作网站名称：各地管局都要求名称说明网站内容，接入商初审就会驳回。请写一个说明网站内容的中文名称。',
    'name.noHan':
      '“{value}”没有汉字：管局不接受纯数字、纯字母或只有符号的网站名称（腾讯云、华为云的命名要求都这样写），接入商初审就会驳回。请改成说明网站内容的中文名称。',
    'name.short':
      '名称只有 {count} 个汉字：腾讯云、华为云都要求网站名称至少 3 个字，太短也看不出网站是做什么的，常被驳回。请把网站的内容或主人写进名称，凑足 3 个以上汉字。',
    'national.personal':
      '名称以{words}开头：个人网站名称不能以“中国”“中华”“中央”“人民”“人大”“国家”这类字开头（阿里云、华为云的命名要求；青云、腾讯云更严，名称里出现都不行），接入商初审就会驳回。请换一个不以这些字开头、说明网站内容的名称。',
    'national.organisation':
      '名称以{words}开头：不是国家机关的单位，网站名称不能以“中国”“中华”“中央”“人民”“人大”“国家”这类字开头（阿里云、华为云的命名要求；青云、腾讯云更严，名称里出现都不行），各地管局都会退回。只有国家机关，或登记名称本身就带这些字的单位，才能用单位名称命名，提交前请先向接入商确认；其他单位请换一个不以这些字开头的名称。',
    'national.inside':
      '名称里有{words}：阿里云、华为云的命名要求只说不是国家单位的网站名称不能以“中国”“中华”“中央”“人民”“人大”“国家”这类字开头；青云的规则更严，名称里出现这些字都不行，腾讯云也说非政府网站的名称不能含“中国”“国家”“人民”一类字样。在这些接入商备案很可能被驳回：请去掉{words}，或提交前先向接入商确认。',
    illegal:
      '名称含{words}：带赌博、彩票、色情或“反腐”“廉政”这类违法或敏感字样的名称，管局不予备案，接入商初审就会驳回。请换一个不含这类字样、与网站实际内容相符的名称。',
    organisation:
      '名称含{words}：腾讯云、华为云的命名要求都写明，个人网站名称不能带公司、企业、组织一类字样，多数管局会退回；“工作室”“官网”也常在各省的个人网站限制词里。如果网站属于单位，请以单位为主体备案；个人网站请去掉{words}。',
    'interactive.personal':
      '名称含{words}：个人网站不能开论坛、社区、留言这类交互服务，名称带这类字样常被接入商初审驳回（青云的命名规则写明个人网站名称禁止带博客、论坛、在线、社区、交流，华为云也把“博客”列为个人网站禁用词）。请换成说明内容的词。',
    'interactive.organisation':
      '名称含{words}：不少管局不接受名称带论坛、社区、在线、交流等字样，除非已为这类交互服务办好相关审批（青云的命名规则）。网站没有这类功能就去掉{words}；确有这类功能，请先向接入商确认所在省份的要求。',
    commercial:
      '名称含{words}：个人备案只用于非经营性的个人网站，商城、购物、平台一类字样会被看作经营或平台服务，接入商初审和管局常会驳回（青云：个人网站不能涉及经营行为；不少省份把这些词列为个人网站限制词）。要开网店或做平台，请以单位为主体备案；个人网站请去掉{words}。',
    regulated:
      '名称含{words}：看起来是{sector}类信息服务。按《互联网信息服务管理办法》第五条等规定，这类服务要先取得主管部门的前置审批，没有审批文件时接入商初审会驳回、管局会退回（华为云把{sector}列为需要前置审批的行业）。网站并不提供这类服务就去掉{words}；确实提供，请先办好前置审批，见',
    place:
      '名称含地名{words}：阿里云的命名要求写明个人网站名称不能使用地名，腾讯云也说不是政府的网站，名称不能含特定地名，华为云同样把地名列为个人网站名称的禁用词。接入商初审可能因此驳回：请去掉{words}，换成说明网站内容的词。',
    'name.long':
      '名称有 {length} 个字：华为云建议个人网站名称在 3 到 {max} 个字符之间，名称太长，接入商初审时可能要求改短。请删去修饰的字，只留下说明网站内容的部分。',
    'name.generic':
      '“{value}”只说了这是一个网站，没有说网站的内容：腾讯云、华为云、阿里云的命名要求都写明，网站名称要体现网站的内容，这样的名称常被接入商初审驳回。请写明网站是做什么的。',
    'province.words':
      '名称含{words}：{province}管局对{who}网站名称另有限制，不接受{words}（依据：{source}）。请去掉{words}。{province}的其他要求见',
    'province.format':
      '{province}管局对{who}网站名称规定了格式，只能写成{formats}（依据：{source}）。{province}的其他要求见',
    'domain.inside':
      '名称里夹带了域名“{value}”：网站名称不能是域名，多数接入商也不接受名称里带网址（腾讯云：个人网站名称不能是域名）。请删掉它。',
    'symbols.emoji':
      '名称含表情符号{words}：网站名称只能用文字，腾讯云和阿里云的命名要求都写明名称不能含特殊符号，带表情的名称接入商初审就会驳回。请删掉。',
    'symbols.special':
      '名称含特殊符号{words}：腾讯云的命名要求写明网站名称不能含特殊符号，多数接入商只接受汉字、字母和数字。请删掉这些符号。',
  } satisfies Record<import('../lib/site-name/codes').SiteNameCode, string>,
};

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
