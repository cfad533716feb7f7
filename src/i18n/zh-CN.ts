/**
 * 简体中文 (zh-CN): every sentence the tools show, in one place. The words follow the 术语表 (/guide/glossary/).
 * Facts: ../shared/facts/icp-facts.md. Placeholders `{name}` are filled by src/i18n/fill with the values src/lib
 * returns. Each tool has its own section; a section whose keys are src/lib codes says so with `satisfies`, so a
 * code without a sentence fails `astro check`.
 */
import type { PageKey } from '../lib/routes';
import type { DomainCode } from '../lib/domains';
import type { FooterCode } from '../lib/footer';

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
const footerCheck = {
  // The footer writer (FooterCode).
  icpLabel: 'ICP 备案号',
  icpHint: '管局审核通过后通知里的号码，例如 京ICP备2026000000号-1。',
  policeLabel: '公安联网备案号（可选）',
  policeHint: '例如 京公网安备11010802012345号；还没办好可以先空着，办好后再回来生成。',
  badgeLabel: '公安备案图标在你网站上的地址',
  badgeHint: '从公安备案平台下载图标，放到你自己的网站上，再填它的地址。不要直接引用别的网站上的图片。',
  codeHeading: '复制到网站首页底部的代码',
  codeWaiting: '填好备案号，这里会出现代码。',
  codeBad: '先改好下面的问题，才能生成代码：',
  // The footer checker (FooterCheck).
  pasteLabel: '网页源代码或页脚代码',
  pasteHint:
    '在浏览器里打开网站首页，按 Ctrl+U（Mac 上按 ⌥⌘U）查看源代码，全选、复制后粘贴到这里；也可以只粘贴页脚那一段。粘贴的内容只当作文字读取，不会运行。',
  checkWaiting: '粘贴代码后，这里会显示检查结果。',
  okText: '没有发现必须修改的问题。',
  okWarnText: '没有必须修改的问题，但下面几点建议改：',
  badText: '下面这些要改：',
  foundIcp: '找到的 ICP 备案号：',
  foundPolice: '找到的公安备案号：',
  linksTo: '链接到',
  noLink: '没有链接',
  // Shared.
  errorsHeading: '必须修改',
  warningsHeading: '建议修改',
  notesHeading: '说明',
  ruleHeading: '{province}管局的要求从哪里来：',
  ruleSays: { subject: '挂主体备案号', site: '挂网站备案号（带 -N）', unknown: '没有说挂哪个号码' },
  ruleSource: '：{says}（核对于 {checked}）',
  provincePage: '{province}的全部管局要求',
  copy: '复制代码',
  copied: '已复制',
  copyManual: '已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制',
  seeAlso: '相关说明：',
  /** One sentence per code of src/lib/footer. */
  says: {
    'icp.empty': '请填写备案号，例如 京ICP备2026000000号-1。',
    'icp.notFound':
      '没有找到 ICP 备案号。备案号写作“省份简称 + ICP备 + 数字 + 号”，例如 京ICP备2026000000号-1，网站首页底部必须显示它。',
    'icp.noProvince': '备案号开头少了省份简称（例如 京、沪、粤），应写成“京ICP备……号”这样。',
    'icp.badProvince': '备案号开头的“{abbr}”不是省份简称。备案号以备案所在省份的简称开头，例如 京、沪、粤、蜀。',
    'icp.altProvince':
      '备案号里的省份简称是“{official}”，不是“{abbr}”（例如四川是“蜀”、贵州是“黔”）。请照管局下发的号码写。',
    'icp.badDigits':
      '“ICP备”后面的数字有 {count} 位，而主体号是 8 位（较早的）或 10 位（较新的）。请对照管局的通知核对。',
    'icp.noHao': '数字后面少了“号”字：备案号写作“京ICP备2026000000号”。',
    'icp.badSite': '“-”后面应是网站的序号（例如 -1），“{site}”不是有效的序号。',
    'icp.dash': '序号前用的是“{dash}”，备案号里用的是普通的连字符“-”。',
    'icp.case': '“{written}”应写成大写的“ICP”。',
    'icp.fullWidth': '备案号里有全角的字母或数字，请改成半角，和管局下发的号码一字不差。',
    'icp.app': '以 A 结尾的是 App 的备案号；网站底部要写网站自己的备案号。',
    'icp.licence': '页面上还有“ICP证”或“B2-”开头的编号：那是经营许可证的编号，不是备案号，不能代替备案号。',
    'icp.noLink': '{number} 没有链接。备案号要链接到工信部备案管理系统 https://beian.miit.gov.cn/。',
    'icp.oldLink': '{number} 链接到旧地址 {href}：miibeian.gov.cn 已经停用，请改成 https://beian.miit.gov.cn/。',
    'icp.wrongLink':
      '{number} 链接到 {href}，应该链接到工信部备案管理系统 https://beian.miit.gov.cn/（http 开头也可以）。',
    'icp.several': '页面上有 {count} 个不同的备案号：请确认每个都是你的，而且这个网站显示的是它自己的号码。',
    'icp.provinceSubject': '按{province}管局的要求（来源见下方），底部挂的是主体备案号，不带 -N：应显示 {number}。',
    'icp.usedSubject': '按{province}管局的要求（来源见下方），代码里用的是主体备案号 {number}，不带 -N。',
    'icp.provinceSite':
      '按{province}管局的要求（来源见下方），底部挂带 -N 的网站备案号；这里只有主体备案号，请填写完整的网站备案号。',
    'icp.provinceDisputed': '{province}该挂哪个号码，接入商的说法不一致（来源见下方）；以管局和你的接入商的通知为准。',
    'icp.depends':
      '挂主体备案号还是带 -N 的网站备案号，由管局决定：多数省份挂网站备案号，广东等少数省份挂主体备案号。我们没有找到{province}的明确说法，请以接入商的通知为准。',
    'icp.provinceMismatch': '备案号的省份简称是“{abbr}”，和{province}对不上，没有套用{province}的要求。',
    'police.notFound':
      '没有认出公安备案号。它写作“省份简称 + 公网安备 + 14 位数字 + 号”，例如 京公网安备11010802012345号。',
    'police.noProvince': '公安备案号开头少了省份简称，应写成“京公网安备……号”这样。',
    'police.badProvince': '公安备案号开头的“{abbr}”不是省份简称。',
    'police.altProvince': '公安备案号里的省份简称是“{official}”，不是“{abbr}”。',
    'police.badDigits': '“公网安备”后面的数字有 {count} 位，公安备案号是 14 位数字。',
    'police.noHao': '公安备案号的数字后面少了“号”字。',
    'police.region': '公安备案号的前两位 {code} 不是“{abbr}”那个省份的地区代码，请对照公安备案平台上的号码核对。',
    'police.fullWidth': '公安备案号里有全角的数字，请改成半角。',
    'police.noLink':
      '{number} 没有链接。公安备案平台给出的代码会把号码链接到它在 beian.mps.gov.cn 上的查询页，建议照样加上。',
    'police.noCode': '公安备案号的链接指向 beian.mps.gov.cn，但地址里没有号码，应带上 code={digits}。',
    'police.codeMismatch':
      '公安备案号的链接里是 code={code}，和号码的数字 {digits} 不一致：点开会查到别的网站，或者什么也查不到。',
    'police.oldLink':
      '{number} 链接到旧平台 {href}。公安备案平台已经搬到 beian.mps.gov.cn，有网站维护者反映旧地址已经打不开；请改用平台现在给出的链接。',
    'police.wrongLink': '{number} 链接到 {href}，应该链接到 beian.mps.gov.cn 上的查询页。',
    'police.none':
      '没有找到公安备案号。网站开通后 30 日内要办理公安联网备案（个人网站要不要办，各地要求不一样），办好后把号码也放到底部。',
    'police.foreignBadge': '公安备案图标是从 {host} 直接引用的：请把图标下载下来，放在你自己的网站上再引用。',
    'badge.foreign':
      '图标地址要写你自己网站上的路径（例如 /images/gongan-beian.png），不能是别的网站的地址：“{badge}”。',
    'footer.cut': '粘贴的内容太长，只检查了最后 {max} 个字符（页脚在页面末尾）。',
    'footer.allGood': '备案号写法正确，也链接到了工信部备案管理系统。',
  } satisfies Record<FooterCode, string>,
};

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
