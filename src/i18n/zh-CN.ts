/**
 * 简体中文 (zh-CN): every sentence the tools show, in one place. The words follow the 术语表 (/guide/glossary/).
 * Facts: ../shared/facts/icp-facts.md. Placeholders `{name}` are filled by src/i18n/fill with the values src/lib
 * returns. Each tool has its own section; a section whose keys are src/lib codes says so with `satisfies`, so a
 * code without a sentence fails `astro check`.
 */
import type { PageKey } from '../lib/routes';
import type { DocumentType, VerificationCode } from '../lib/verification';

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

/** 短信核验信息自查 (src/components/sms-check). Codes: src/lib/verification (FieldCheck, extractSmsInfo). */
const smsCheck = {
  triesNote:
    '三项中任何一项不对，都算一次核验失败。连续失败 5 次后，第 6 次提交会让这次申请被退回，只能由接入商重新提交、再等新的短信。所以请先在这里检查，再去核验页面提交。',
  privacyNote:
    '本工具只在你的浏览器里运行：输入的内容不会发送到任何地方，本站也不保存它（不用 localStorage、sessionStorage、Cookie，也不写进网址）。你返回或刷新本页时，浏览器自己可能把刚填的内容恢复到输入框里，工具会照常检查它；这些内容只在你的设备上，关闭这个标签页后就没有了。点“复制”时，内容会放进你设备的剪贴板。',
  smsLegend: '第一步（可选）：粘贴工信部短信',
  smsLabel: '把收到的工信部短信整条粘贴到这里',
  smsHint:
    '会从中读出验证码（自动填入下面的“短信验证码”一栏）和申请类型。短信写明有效期 1 天；接入商的说明都是从收到短信时起算 24 小时，所以下面填你收到短信的时间。',
  smsFilingType: '申请类型：',
  receivedLabel: '收到短信的时间（北京时间）',
  receivedHint: '默认是你打开本页的时间；如果短信更早收到，请改成实际时间。',
  receivedInvalid: '请填写有效的日期和时间。',
  fieldsLegend: '第二步：检查要在核验页面填写的三项',
  codeLabel: '短信验证码',
  codeHint: '短信里“验证码：”后面的 6 位数字。',
  phoneLabel: '手机号码',
  phoneHint: '备案时登记的、收到这条短信的负责人手机号（11 位）。',
  tailLabel: '证件号码后六位',
  tailHint:
    '这位负责人备案所用证件号码的最后 6 个字符，括号等符号也算在内。例如香港身份证 A123456(3)：主号码 123456 只留最后 3 位 456，再加括号和校验码，正好 6 个字符 456(3)。',
  /** The status line of a field's verdict. */
  status: {
    ok: '这样填写可以。',
    warn: '这样填写页面会接受，但请留意：',
    bad: '这样填写会被页面拒绝或核验不通过：',
  },
  typeThis: '要填写的内容：',
  /** Before one of the two forms of a tail with brackets ({form}: halfWidth or fullWidth below). */
  typeForm: '要填写的内容（{form}）：',
  halfWidth: '半角括号',
  fullWidth: '全角括号',
  copy: '复制',
  copied: '已复制',
  copyManual: '无法自动复制，已选中文字，请手动复制（Ctrl+C、⌘C 或长按）。',
  helperSummary: '不确定后六位？用完整证件号推算',
  helperIntro: '选择证件类型并输入完整号码，这里会核对号码（有校验码的证件会核对校验码）并取出后六位。',
  docTypeLabel: '证件类型',
  docNumberLabel: '完整证件号码',
  docExample: '格式示例：',
  /** The status line of the document helper's verdict (the tail follows when the number is valid). */
  docStatus: {
    ok: '号码核对无误，后六位是：',
    warn: '号码核对无误，后六位是：',
    bad: '这个号码有问题：',
  },
  useTail: '填入“证件号码后六位”',
  /** The document types of the helper's select, in the order of DOCUMENT_TYPES. */
  documentTypes: {
    'resident-id': '居民身份证',
    'residence-permit': '港澳台居民居住证',
    'hk-macau-permit': '港澳居民来往内地通行证（回乡证）',
    'taiwan-permit': '台湾居民来往大陆通行证（台胞证）',
    'hk-id': '香港身份证',
    'macau-id': '澳门身份证',
    passport: '护照',
    other: '其他证件',
  } satisfies Record<DocumentType, string>,
  /** One sentence per code of src/lib/verification. */
  issues: {
    'input.fullWidthDigits': '含全角字符，请切换到英文（半角）输入法输入数字。',
    'input.fullWidthAlnum': '含全角字符，请切换到英文（半角）输入法输入字母或数字。',
    'input.fullWidthBrackets': '含中文全角括号（），请改用半角括号 ()。',
    'input.spaces': '含空格或看不见的字符（包括全角空格、复制带入的字符），请删掉。',
    'input.dashes': '含横线“-”，请删掉。',
    'input.typeThis': '请填写：{value}',
    'code.tooLong': '内容太长（超过 {limit} 个字符），这里只填短信里的 6 位数字验证码。',
    'code.empty': '短信验证码不能为空（页面提示）。请填短信中“验证码：”后的 6 位数字。',
    'code.pastedSms': '这里只填 6 位验证码，不要粘贴整条短信。',
    'code.notDigits': '验证码只有数字，不含“{chars}”。',
    'code.length': '验证码是 6 位数字，这里是 {length} 位。',
    'phone.tooLong': '内容太长（超过 {limit} 个字符），这里只填手机号（11 位）。',
    'phone.empty': '手机号不能为空（页面提示）。请填备案时登记的 11 位手机号。',
    'phone.brackets': '含括号，请删掉。',
    'phone.prefix': '带了“{prefix}”。页面只接受 11 位手机号本身，请去掉它。',
    'phone.foreign': '这是境外号码，页面只接受大陆 11 位手机号。',
    'phone.notDigits': '手机号只有数字，不含“{chars}”。',
    'phone.landline': '这是固定电话，短信只发到手机。请填 11 位手机号。',
    'phone.hotline': '这像是固定电话或热线号码，不是手机号。请填 11 位手机号。',
    'phone.iot': '这是 13 位物联网号码：收不到短信，页面也只收 11 位。请联系接入商换号。',
    'phone.length': '手机号是 11 位，这里是 {length} 位。',
    'phone.range': '“{start}”开头的不是手机号段（第二位应是 3–9）。',
    'phone.virtual': '{prefix} 是虚拟运营商号段，腾讯云提示可能收不到工信部短信；收不到时请联系接入商换号。',
    'tail.tooLong': '内容太长（超过 {limit} 个字符），这里只填证件号码的最后 6 个字符。',
    'tail.empty': '证件号不能为空（页面提示）。请填证件号码最后 6 个字符（含符号）。',
    'tail.lowerX': '字母请用大写（x 改为 X）。',
    'tail.strayChars': '含证件号里没有的字符“{chars}”，只填数字、字母和括号。',
    'tail.tooMany': '只填最后 6 个字符，这里有 {count} 个（输入框只收前 6 个）。最后 6 个是：{value}',
    'tail.tooFew': '需要正好 6 个字符（括号也算），这里只有 {count} 个。',
    'tail.brackets':
      '括号要不要输、用全角还是半角，没有官方说明；核验页面是否两种写法都认，也没有公开说明（一位用户 2025 年 3 月在京东云的备案记录写“含符号”，示例里是全角括号）。请用接入商登记证件时的写法；拿不准就先问接入商再提交，别拿核验次数去试：连续填错 5 次，第 6 次提交会让这次申请被退回。',
    'tail.oddBrackets': '括号位置不常见（一般形如 456(3)），请对照证件。',
    'document.tooLong': '内容太长（超过 {limit} 个字符），这里只填证件号码。',
    'document.empty': '请输入完整的证件号码。',
    'document.lowerX': '小写 x 已改为大写 X，核验时也请输大写。',
    'document.oldId': '这是已停用的 15 位旧号。备案登记的通常是 18 位新号，后六位不同：请按新证号码推算。',
    'document.residentIdLength': '居民身份证号码是 17 位数字加 1 位数字或 X，这里是 {count} 个字符。',
    'document.residencePermitLength': '港澳台居民居住证号码是 17 位数字加 1 位数字或 X，这里是 {count} 个字符。',
    'document.permitArea': '居住证号码以 810000、820000 或 830000 开头，这个是 {area}。',
    'document.hkPermit': '这是香港居民的居住证号码，后六位取法相同。',
    'document.macauPermit': '这是澳门居民的居住证号码，后六位取法相同。',
    'document.taiwanPermit': '这是台湾居民的居住证号码，后六位取法相同。',
    'document.badProvince': '开头两位不是有效的省级代码，号码可能输错了。',
    'document.birthDate': '出生日期 {date} 不存在或晚于今天，号码可能输错了。',
    'document.checkDigit': '最后一位校验码对不上：号码里有输错的地方，请对照证件逐位核对。',
    'document.hkMacauPermitFormat': '回乡证号码是 H 或 M 加 8 位数字（旧证加 10 位）。',
    'document.taiwanPermitFormat': '台胞证号码是 8 位数字；其他格式请选“其他证件”。',
    'document.hkIdFormat': '香港身份证号码形如 A123456(3)：1–2 个字母、6 位数字加校验码。',
    'document.hkIdCheck': '括号里的校验码对不上：号码里有输错的地方，请对照证件核对。',
    'document.macauIdFormat': '澳门身份证号码形如 1234567(8)，以 1、5 或 7 开头。',
    'document.macauIdUnchecked': '澳门身份证校验码的算法未公开，这里只检查了格式。',
    'document.foreignPassport':
      '不是中国护照的格式（E 或 G 加 8 位数字，或 E 加字母和 7 位数字），按外国护照处理：只检查了长度和字符。',
    'document.passportFormat': '护照号码是 6–20 个字母和数字，如 E12345678。',
    'document.otherTooShort': '证件号码至少 6 个字符，这里只有 {count} 个。',
    'document.otherUnchecked': '无法核对这种证件的格式，请对照证件确认后六位（已去掉空格和横线）。',
    'sms.noCode': '没找到 6 位验证码，请粘贴完整的工信部短信。',
    'sms.notMiit': '没有提到工信部或 beian.miit.gov.cn，看起来不是工信部的核验短信。',
    'sms.otherHost': '含其他网址（{host}），可能是仿冒短信：核验只在 beian.miit.gov.cn 进行，别在别处填写。',
    'sms.otherHosts': '含其他网址（{host}、{host2}），可能是仿冒短信：核验只在 beian.miit.gov.cn 进行，别在别处填写。',
    'sms.cancelAccess': '取消接入不需要短信核验；收到自称取消接入的核验短信，请先向接入商确认。',
  } satisfies Record<VerificationCode, string>,
};

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
