/**
 * 简体中文 (zh-CN): every sentence the tools show, in one place. The words follow the 术语表 (/guide/glossary/).
 * Facts: ../shared/facts/icp-facts.md. Placeholders `{name}` are filled by src/i18n/fill with the values src/lib
 * returns. Each tool has its own section; a section whose keys are src/lib codes says so with `satisfies`, so a
 * code without a sentence fails `astro check`.
 */
import type { PageKey } from '../lib/routes';
import type { DomainCode } from '../lib/domains';

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
  domainCheck: '域名能不能备案',
  footer: '页脚备案号代码',
  suffixes: '哪些域名后缀能备案',
  registrar: '在国外注册商买的域名能备案吗',
  subdomains: '子域名要不要单独备案',
  realName: '域名实名认证',
  footerGuide: '把备案号放到网站首页',
  policeFooter: '把公安备案号放到网站底部',
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
const domainCheck = {
  label: '域名或网址',
  hint: '输入域名，或直接粘贴网址，例如 blog.example.cn、https://www.example.com/about；中文域名和 xn-- 开头的写法都可以。',
  okText: '这个后缀在可以备案的名单里。',
  okWarnText: '后缀可以备案，但请先看下面几点：',
  badText: '这个域名现在不能备案：',
  errorsHeading: '问题',
  warningsHeading: '请注意',
  notesHeading: '工具查不到的，请自己确认',
  fileThis: '备案时填写的域名：',
  ascii: '在 DNS 里写作：',
  suffix: '后缀：',
  copy: '复制',
  copied: '已复制',
  copyManual: '已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制',
  seeAlso: '相关说明：',
  /** One sentence per code of src/lib/domains. */
  says: {
    'domain.empty': '请输入一个域名，例如 example.cn。',
    'domain.tooLong': '太长了，不像一个域名：一个域名最长 {max} 个字符。',
    'domain.invalidChar': '域名里不能有“{char}”：只能用字母、数字、连字符（-）和汉字，各段之间用点隔开。',
    'domain.space': '域名里不能有空格。请只输入一个域名或一个网址。',
    'domain.emptyLabel': '“{host}”里有连续的两个点，或者以点开头，请检查是不是多打了一个点。',
    'domain.labelTooLong': '“{label}”这一段太长：域名的每一段最多 {max} 个字符（中文按编码后的长度算）。',
    'domain.hyphen': '“{label}”这一段以连字符开头或结尾，这样的域名注册不了。',
    'domain.badPunycode': '“{label}”不是有效的中文域名编码（xn-- 开头的写法），请复制完整的域名再试。',
    'domain.ip':
      '{host} 是 IP 地址，不是域名。备案的对象是域名：先注册一个能备案的域名，备案通过后再把它解析到这台服务器。',
    'domain.noSuffix': '“{host}”没有后缀（例如 .cn、.com），不是一个完整的域名。',
    'domain.onlySuffix': '“{host}”只是后缀 {suffix} 本身，前面还要有你注册的名字，例如 example{suffix}。',
    'domain.notApproved':
      '{suffix} 不在工信部批准的顶级域名名单里（按我们 {checked} 核对的名单）。用这个后缀的域名办不了 ICP 备案，所以也不能放在中国内地的服务器上对外提供网站。可以换一个名单里的后缀（例如 .cn、.com、.中国）重新注册；或者把网站放在中国香港或境外的服务器上，那样不用备案。工信部会批准新的后缀，买之前请在工信部的域名信息查询网站再查一次。',
    'domain.email': '你输入的像是邮箱地址，这里按 @ 后面的域名 {value} 检查。',
    'domain.forGovernment':
      '{suffix} 是党政机关专用的后缀：党政机关的网站要用 .gov.cn 或 .政务 的域名，个人和企业不能用这个后缀。',
    'domain.forNonProfit':
      '{suffix} 面向非营利性机构（事业单位的网站要用 .cn 或 .公益 的域名），不是给个人和企业用的。',
    'domain.forEducation': '{suffix} 面向教育机构，不是给个人和企业用的。',
    'domain.forResearch': '{suffix} 面向科研机构，不是给个人和企业用的。',
    'domain.forDefence': '{suffix} 面向国防机构，不是给个人和企业用的。',
    'domain.govSubdomain': '{host} 是政府域名下的子域名：政府部门的子域名要单独备案，不能直接沿用主域名的备案。',
    'domain.subdomain':
      '你输入的是 {host}。备案的是主域名 {value}：它备案之后，www、blog 这类子域名指向同一家接入商的服务器时不用再备案。',
    'domain.idn': '{value} 是中文域名，在 DNS 和有些系统里写作 {ascii}，两种写法是同一个域名。',
    'domain.listDate': '名单是我们 {checked} 核对的版本；工信部会批准新的后缀，以工信部的域名信息查询网站为准。',
    'domain.realName':
      '域名要先完成实名认证，实名信息同步到备案系统还要几天（接入商常见的建议是等约 3 个工作日）。工具看不到你的域名实名了没有。',
    'domain.holder':
      '域名持有人要和备案主体一致：个人备案登记在本人名下，单位备案登记在单位名下。工具看不到持有人是谁。',
    'domain.registrar':
      '域名要在工信部批准的境内注册商那里注册；在境外注册商买的，要先转入境内注册商。工具看不到你的域名在哪家注册商。',
  } satisfies Record<DomainCode, string>,
};

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
