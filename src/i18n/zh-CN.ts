/**
 * 简体中文 (zh-CN): every sentence the tools show, in one place. The words follow the 术语表 (/guide/glossary/).
 * Facts: ../shared/facts/icp-facts.md. Placeholders `{name}` are filled by src/i18n/fill with the values src/lib
 * returns. Each tool has its own section; a section whose keys are src/lib codes says so with `satisfies`, so a
 * code without a sentence fails `astro check`.
 */
import type { DeadlineKind, MessageKind, NoteCode } from '../lib/messages';
import type { PageKey } from '../lib/routes';
import type { DocumentType, VerificationCode } from '../lib/verification';
import type { FilingType } from '../lib/miit-sms';
import type { LocaleLinks } from './links';
import type { DomainCode } from '../lib/domains';
import type { FooterCode } from '../lib/footer';
import type { Basis, BureauVerdict, PickerCode } from '../lib/provinces/picker';
import type { TopicCellCode } from '../lib/provinces/rules';
import type { MatchedBy } from '../lib/provinces/search';
import type { AgeBracket, RuleOutcome, RuleTopic } from '../lib/provinces/vocabulary-data';
import type { ProvinceRule } from '../lib/provinces/schema';

/** The months as dates write them, January first (one list for every section that writes dates). */
const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

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

/**
 * Where this locale's pages live (src/i18n/links): the root locale's addresses are the ones src/lib/routes writes,
 * so nothing is prefixed or renamed.
 */
const links: LocaleLinks = { prefix: '', anchors: {} };

/** The filing types an MIIT SMS names (the word after 您的), as the tools show them. */
const FILING_TYPE_NAMES = {
  首次备案: '首次备案',
  新增备案: '新增备案',
  新增网站: '新增网站',
  新增接入: '新增接入',
  新增主体: '新增主体',
  变更主体: '变更主体',
  变更网站: '变更网站',
  变更备案: '变更备案',
  注销网站: '注销网站',
  注销主体: '注销主体',
  注销备案: '注销备案',
  取消接入: '取消接入',
} satisfies Record<FilingType, string>;

/** Shared by every tool. */
const common = {
  /** Shown by every tool page while JavaScript is off or has not run; the byHand link follows right after it. */
  needsJs: '这个小工具要在浏览器里运行 JavaScript 才能用，现在 JavaScript 没有运行。',
  /** The link after needsJs to the guide section that answers by hand ({page}: its link text). */
  byHand: '不用工具，照指南一步步查：{page}',
  privacy: '隐私：你填写或粘贴的内容只在你的浏览器里处理，不会上传、保存，也不会写进网址。',
  /**
   * A province's name wherever a tool shows it (src/i18n/provinces): `{name}` the Chinese short name (广东), `{local}`
   * the same name in the page's language (the same on a Chinese page).
   */
  provinceName: '{name}',
  /** A bureau's name wherever a tool shows it: `{name}` in Chinese (广东省通信管理局), `{local}` in the page's language. */
  bureauName: '{name}',
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
  filingTypes: FILING_TYPE_NAMES,
  /** Above the receipt time when the box holds the MIIT SMS: the time and the deadline are that SMS's. */
  deadlineFor: '下面的接收时间和截止时间都是上面粘贴的这条短信（验证码 {code}）的。',
  /** …when the box holds several MIIT SMS: they are the latest one's ({code}). */
  deadlineForLatest:
    '上面粘贴了不止一条工信部短信：下面的接收时间和截止时间都是最新一条（验证码 {code}）的，请填这一条的接收时间。',
  /** Instead of the receipt time and the deadline when the box holds something else (a login code, a look-alike…). */
  noDeadline:
    '上面粘贴的不是工信部的核验短信，所以这里不给它算核验截止时间：24 小时只针对 12381 发来的工信部短信。收到了那条短信，就把它整条粘贴上来；或者清空上面的框，再填那条短信的接收时间。',
  /** A different MIIT SMS was pasted after a time had been given for another one ({code}: new, {old}: earlier). */
  timeCleared:
    '这条短信（验证码 {code}）不是之前填写接收时间的那条（验证码 {old}），之前的时间已清空：请填这条短信的接收时间。',
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
  /** Read by screen readers right after the copy button's text: what it copies ({field}: the label; {form}: the form). */
  copyWhat: '{field}',
  copyWhatForm: '{field} {form}',
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
    /** For a document whose number cannot be checked (其他证件, a foreign passport, a Macau ID). */
    unchecked: '这种证件的号码无法核对，按你输入的号码，后六位是：',
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
    'input.label': '前面的“{label}”是说明文字，不用填，只填后面的内容。',
    'input.punctuation': '两端的标点“{chars}”不是要填的内容，请删掉。',
    'code.tooLong': '内容太长（超过 {limit} 个字符），这里只填短信里的 6 位数字验证码。',
    'code.empty': '短信验证码不能为空（页面提示）。请填短信中“验证码：”后的 6 位数字。',
    'code.pastedSms': '这里只填 6 位验证码，不要粘贴整条短信。',
    'code.cancelAccess':
      '这条短信说的是取消接入，而取消接入不用短信核验：先别填它的验证码，向接入商确认确实有这笔申请。',
    'code.notDigits': '验证码只有数字，不含“{chars}”。',
    'code.length': '验证码是 6 位数字，这里是 {length} 位。',
    'phone.tooLong': '内容太长（超过 {limit} 个字符），这里只填手机号（11 位）。',
    'phone.empty': '手机号不能为空（页面提示）。请填备案时登记的 11 位手机号。',
    'phone.brackets': '含括号，请删掉。',
    'phone.prefix': '带了“{prefix}”。页面只接受 11 位手机号本身，请去掉它。',
    'phone.foreign': '这是境外号码，页面只接受大陆 11 位手机号。',
    'phone.notDigits': '手机号只有数字，不含“{chars}”。',
    'phone.landline': '这是固定电话，短信只发到手机。请填 11 位手机号。',
    'phone.hkMacau':
      '8 位数字、以 5、6 或 9 开头，可能是香港或澳门的手机号（没带 +852/+853）。核验页面只接受 11 位的大陆手机号（13–19 开头）：请填备案时登记的大陆手机号；不确定登记的是哪个号码，请问接入商。',
    'phone.hotline': '这像是固定电话或热线号码，不是手机号。请填 11 位手机号。',
    'phone.iot': '这是 13 位物联网号码：收不到短信，页面也只收 11 位。请联系接入商换号。',
    'phone.length': '手机号是 11 位，这里是 {length} 位。',
    'phone.range': '“{start}”开头的不是手机号段（第二位应是 3–9）。',
    'phone.virtual': '{prefix} 是虚拟运营商号段，腾讯云提示可能收不到工信部短信；收不到时请联系接入商换号。',
    'tail.tooLong': '内容太长（超过 {limit} 个字符），这里只填证件号码的最后 6 个字符。',
    'tail.empty': '证件号不能为空（页面提示）。请填证件号码最后 6 个字符（含符号）。',
    'tail.lowerX': '18 位证件号码最后一位的校验码写作大写 X。页面是否把小写 x 当作 X，没有公开说明：稳妥起见填大写 X。',
    'tail.lookalikeX': '“{chars}”看起来像 X，但不是字母 X（常是输入法打出的乘号或符号）：请换成英文字母 X。',
    'tail.lowerLetters':
      '含小写字母“{chars}”。后六位里有没有字母，要看证件：居民身份证和居住证只有最后一位可能是字母（大写 X）；香港身份证括号里的校验码可能是 A；外国护照和其他证件的号码可以有字母。请对照证件填写（已知格式的证件上字母都是大写，下面按大写给出）。',
    'tail.symbols':
      '含符号“{chars}”：符号也算在后六位里，这里照原样保留。已知格式的证件中，只有香港、澳门身份证的后六位带符号（括号）；请确认证件号码（以接入商登记的为准）里确实有它，没有就删掉。',
    'tail.strayChars': '含证件号码里不会有的字符“{chars}”（如汉字），只填证件号码上的数字、字母和符号。',
    'tail.tooMany': '只填最后 6 个字符，这里有 {count} 个（输入框只收前 6 个）。最后 6 个是：{value}',
    'tail.tooFew': '需要正好 6 个字符（括号等符号也算），这里只有 {count} 个。',
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
    'document.bracketForms':
      '核验页面要的是接入商登记的证件号码的最后六个字符。登记时带括号（照证件印的写），最后六个字符是 {bracketed}；登记时没写括号，就是 {plain}。请按接入商那里登记的写法填，拿不准就先问接入商。',
    'document.foreignPassport':
      '不是中国护照的格式（E 或 G 加 8 位数字，或 E 加字母和 7 位数字），按外国护照处理：只检查了长度和字符。',
    'document.passportFormat': '护照号码是 6–20 个字母和数字，如 E12345678。',
    'document.otherTooShort': '证件号码至少 6 个字符，这里只有 {count} 个。',
    'document.otherUnchecked':
      '无法核对这种证件的格式，请对照证件确认后六位。横线、斜线、括号等符号也算在后六位里，这里照原样保留。',
    'document.otherSpaces':
      '空格已去掉（和“证件号码后六位”一栏一样）。如果接入商登记的号码里有空格，提交前先问接入商怎么填。',
    'sms.noCode': '没找到 6 位验证码，请粘贴完整的工信部短信。',
    'sms.notMiit': '没有提到工信部或 beian.miit.gov.cn，看起来不是工信部的核验短信。',
    'sms.otherHost': '含其他网址（{host}），可能是仿冒短信：核验只在 beian.miit.gov.cn 进行，别在别处填写。',
    'sms.otherHosts': '含其他网址（{host}、{host2}），可能是仿冒短信：核验只在 beian.miit.gov.cn 进行，别在别处填写。',
    'sms.cancelAccess':
      '取消接入由接入商办理，不用短信核验，所以自称取消接入的核验短信不寻常：先别核验，向接入商确认确实有这笔申请。',
    'sms.olderCode':
      '粘贴的内容里还有较早的验证码 {old}。验证码重发后，旧的就不能用了：下面的“短信验证码”一栏已填入最新一条短信的验证码 {code}。',
    'sms.olderCodeMaybe':
      '粘贴了不止一条工信部短信：下面的“短信验证码”一栏已填入最新一条的验证码 {code}，较早的是 {old}。同一个手机收到重发的短信时，只有最新一条的验证码能用，旧的别再填；如果两条是两位负责人各自手机上收到的，各人填自己那条。',
    'sms.providerCode':
      '{code} 在接入商署名的通知里，不是工信部的核验验证码，所以没有填入。核验用的验证码由工信部单独发短信（12381 发送，开头是【工业和信息化部】，附 beian.miit.gov.cn 的核验链接）。',
    'sms.notFilingCode':
      '{code} 不是工信部的核验验证码：这条短信是登录、付款或接入商自己验证手机号用的，几分钟内有效。别把它填到工信部核验页面，那里只填 12381 发来的工信部短信里的验证码。',
    'sms.lookAlike':
      '这条短信里的链接 {host} 仿冒官方网址，很可能是诈骗：别打开，也别在那里填验证码、手机号或证件号码。核验只在 beian.miit.gov.cn 进行；拿不准就到接入商控制台看订单状态。',
  } satisfies Record<VerificationCode, string>,
};

/** The 24 hours, said the same way everywhere (facts §1: from receipt; JD: 一般 5~10 分钟 after submission). */
const SMS24 =
  '验证码有效期 1 天，从收到短信时算起 24 小时；超时没核验，订单会被退回，要重新提交。两位负责人各收一条时，都在收到第一条短信后的 24 小时内核验最稳妥。';
const TRIES = '同一条验证码连续输错 5 次，第 6 次提交时订单会被退回。';

/** 提示/短信解读 (src/components/message-decoder). */
const messageDecoder = {
  ui: {
    inputLabel: '粘贴收到的短信或提示',
    inputHint:
      '从接入商初审、工信部短信核验、管局审核到备案之后的任何通知都行：短信、邮件、控制台上的提示，或凭记忆转述的。整段粘贴即可，全角半角、繁体、空格换行、夹杂英文都不影响。',
    placeholder: '例如：您的ICP备案订单已通过初审并提交至江苏省通信管理局审核，请留意工信部发送的短信核验通知。',
    decodeButton: '解读',
    clearButton: '清空',
    examplesTitle: '试试示例：',
    examplesNote:
      '“等待其他核验人”“找不到记录”是核验页面的原话，“已提交管局”是京东云短信的原话；“工信部短信”按真实短信的格式填入虚构的验证码，其余是示例措辞，各地、各接入商的原文不同。',
    privacy: '隐私：粘贴的内容只在你的浏览器里分析，不会上传、保存，也不会写进网址。',
    scamLabel: '警告',
    nowLabel: '现在要做的：',
    matchedLabel: '依据原文',
    codeLabel: '验证码',
    filingTypeLabel: '申请类型',
    filingNumberLabel: '备案号',
    siteNumberLabel: '网站备案号',
    subjectNumberLabel: '主体备案号',
    provinceLinkText: '{name}管局的要求',
    licenceLabel: '经营许可证号',
    policeNumberLabel: '公安备案号',
    reasonLabel: '原因',
    linksLabel: '原文里的网址',
    suspiciousLabel: '可疑网址',
    nextStepsTitle: '下一步',
    deadlineTitle: '时间限制',
    /** Before the time limit the notice itself gives (shown first). */
    limitLabel: '通知给的期限：',
    /** The notice's limit: a count ({count}) or a day ({date}: `date` or `dateNoYear`). */
    limitUnits: {
      days: '{count} 天内',
      'working-days': '{count} 个工作日内',
      hours: '{count} 小时内',
      date: '{date}前',
      /** A day with an hour ({time}: `time`). */
      dateTime: '{date} {time} 前',
    },
    /** An hour of a day the notice gives ({hour}, {minute}: two digits). */
    time: '{hour}:{minute}',
    /**
     * Before the limit of a step whose limit MIIT fixes (the MIIT SMS), when the notice's own limit differs: the rule
     * leads, the notice's limit ({stated}, as in limitUnits) is what the notice says.
     */
    limitRuleLabel: '核验期限：',
    limitRule: {
      longer:
        '收到工信部短信后 {hours} 小时内。通知写 {stated}，但工信部短信的有效期是收到后 {hours} 小时：按 {hours} 小时算',
      shorter: '收到工信部短信后 {hours} 小时内（工信部短信的有效期）。通知写 {stated}，比这更早：按通知的时间办',
      date: '收到工信部短信后 {hours} 小时内（工信部短信的有效期）。通知写 {stated}：两个时间按先到的那个算',
    },
    /** The same for a count of one. */
    limitUnitsOne: { days: '1 天内', 'working-days': '1 个工作日内', hours: '1 小时内' },
    /** After a count, when the notice gives its own date ({from}) and so the last day ({date}). */
    limitFrom: '，按通知上的日期（{from}）算，最后一天是 {date}',
    /** After limitFrom when the count runs into a year whose holidays are not yet published. */
    limitEstimated: '（跨入还没公布放假安排的年份，按法定节假日估算）',
    /** The words of the notice the limit was read from. */
    limitWords: '（原文：“{words}”）',
    /** Before the general time limit when the notice gives its own. */
    generalRule: '一般规定：',
    /** A day ({monthName}: one of monthNames). */
    date: '{year}年{monthName}{day}日',
    /** A day the notice gives without a year. */
    dateNoYear: '{monthName}{day}日',
    monthNames: MONTHS,
    calculatorLinkText: '用期限计算器算出具体时间',
    notesTitle: '注意',
    closestTitle: '最接近的几种（请对照原文判断）：',
    foundWordsTitle: '原文提到：',
    guideLinksTitle: '详细说明：',
    /** Between the items of a list in a sentence (hosts, words found, guide links). */
    listSeparator: '、',
    /** One of several page results pasted together: its place and its title. */
    resultItem: '第 {n} 条“{title}”',
    /** A word or phrase of the pasted text, quoted. */
    quote: '“{text}”',
  },
  filingTypes: FILING_TYPE_NAMES,
  examples: [
    {
      label: '工信部短信',
      text: '【工业和信息化部】验证码：482913。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】',
    },
    {
      label: '已提交管局',
      text: '【京东云】尊敬的 xx：您的备案信息已经提交至通信管理局审核，请关注并完成工信部短信验证，通信管理局审核时间 20 个工作日内，审核结果将由管局直接发短信和邮件通知您，请耐心等待。',
    },
    { label: '等待其他核验人', text: '尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。' },
    { label: '找不到记录', text: '尊敬的ICP用户：该条验证库里找不到记录或已完成验证。' },
    {
      label: '审核通过',
      text: '【广东省通信管理局】您的备案申请已审核通过，主体备案号：粤ICP备2026012345号，网站备案号：粤ICP备2026012345号-1。',
    },
    { label: '初审驳回', text: '您的ICP备案订单初审未通过，原因：网站名称含“平台”二字，请修改后重新提交。' },
    {
      label: '可疑短信',
      text: '【工信部ICP备案】您的备案即将过期，请于24小时内登录 beian-miit.gov-cn.top 缴纳年审费用，逾期备案号将被注销。',
    },
  ],
  table: {
    caption: '核验页面的十种结果（原文照录，前面都有“尊敬的ICP用户：”）',
    text: '页面原文',
    meaning: '意思',
    first: '先做什么',
    resendTab: '（短信重发页）',
    /** Between a result's title and its meaning. */
    titleSeparator: '：',
  },
  empty: { title: '请先粘贴内容', meaning: '把收到的短信、邮件或页面提示贴到输入框。' },
  unknown: {
    title: '没能确定是哪一种通知',
    meaning:
      '这段文字里没有足够的线索，不作猜测。下面列出在原文里找到的内容（能判断时，还有最接近的几种），请对照原文判断。',
    /** The same when nothing was found to list. */
    meaningBare: '这段文字里没有足够的线索，不作猜测。',
    steps: [
      '贴上完整原文再试，连同【】里的签名和前后几句。',
      '到接入商控制台看订单状态：那里写的是订单现在的真实进度。',
    ],
  },
  kinds: {
    'first-review': {
      title: '接入商正在初审',
      now: '保持手机畅通，接听接入商的核实电话：没接到或答不上来，订单常被驳回。',
      meaning: '接入商在检查你提交的资料，还没有提交管局；审核人员可能来电核实负责人和网站情况。',
      steps: ['提前想好网站名称、内容和用途怎么说。', '初审一般 1–3 个工作日，各家不同；有结果会短信或邮件通知。'],
    },
    'materials-needed': {
      title: '接入商要你补充或重新上传材料',
      now: '按通知里说的补上（重拍照片、上传核验单或前置审批文件），再提交。',
      meaning: '初审时接入商认为材料不合格或缺少材料，订单停在初审，补齐后才能继续。',
      steps: [
        '核验照片常见问题：背景不是纯色、戴眼镜反光、头发挡住耳朵、光线太暗。',
        '《网站备案信息真实性核验单》要按接入商给的模板签字（单位还要盖章）。',
        '涉及新闻、出版、教育、医疗保健、药品和医疗器械的网站，先取得主管部门的前置审批文件。',
      ],
    },
    rejected: {
      title: '接入商初审驳回',
      now: '按驳回原因在接入商控制台改好资料，再提交初审。',
      meaning: '接入商在初审时没有通过，把订单退给你修改；还没有提交管局，也不用短信核验。',
      steps: ['初审再通过、提交管局后，工信部短信才会发出，那时再核验。'],
    },
    'first-review-passed': {
      title: '初审通过：还不是备案通过',
      now: '接下来接入商提交管局，工信部核验短信随后发给每位负责人，每人在收到后 24 小时内核验；网站先别开放访问。',
      meaning: '接入商的初审过了，原文没说已经提交管局。备案要等管局审核通过才算完成。',
      steps: [
        '留意 12381（或 106…12381）发来的短信，别被拦截。',
        '核验完成后管局审核一般 1–20 个工作日，期间网站保持关闭，域名解析先别恢复。',
      ],
    },
    'submitted-to-bureau': {
      title: '已提交管局：还不是备案通过',
      now: '还没核验的：工信部核验短信一般在提交后 5–10 分钟内发给每位负责人，每人在收到后 24 小时内核验；已经核验完的：等管局审核（一般 1–20 个工作日）。网站先别开放访问。',
      meaning:
        '接入商初审已过，订单已提交省通信管理局（管局）。管局在短信核验完成后审核：还没核验的，先完成短信核验；已经核验完的，现在就是在等管局的审核结果。',
      steps: [
        '还没核验的：短信由 12381（或 106…12381）发出；收到后打开 beian.miit.gov.cn 的核验页面，填验证码、手机号和证件号码后六位。',
        '核验完成后管局审核一般 1–20 个工作日，结果以短信和邮件通知；期间网站保持关闭。',
      ],
    },
    'miit-sms': {
      title: '工信部核验短信',
      now: '在收到后 24 小时内打开 beian.miit.gov.cn 的核验页面完成短信核验。',
      meaning: '接入商已把备案提交管局，收到短信的负责人要用它完成短信核验。',
      steps: [
        '只在 beian.miit.gov.cn 核验；短信里的链接指向别的网址，就别点。',
        '填 6 位验证码、收短信的手机号（11 位，不加 +86）和证件号码后六位，再填图形验证码提交。',
        '把页面显示的结果贴到这里。',
      ],
    },
    verified: {
      title: '短信核验全部完成',
      now: '等管局审核，不用再操作；网站继续保持关闭。',
      meaning: '所有负责人都已核验，申请交管局审核。',
      steps: [
        '结果同步到接入商控制台有延迟（京东云约 30–60 分钟，阿里云 24 小时内），先别重复提交。',
        '审核结果以短信和邮件通知，保持手机畅通。',
      ],
    },
    'verified-others-pending': {
      title: '你已核验，还差其他负责人',
      now: '马上通知还没核验的负责人，用他自己收到的短信核验。',
      meaning: '你这一份完成了，但还有负责人（主体负责人或网站负责人）没核验；在期限内没完成，订单会被退回。',
      steps: ['对方没收到短信，可以在核验页的“短信重发”里重发（最多 2 次，京东云、阿里云的说法）。'],
    },
    'failed-contact-provider': {
      title: '核验失败，需问接入商',
      now: '联系接入商或在控制台看订单，问清失败原因。',
      meaning: '核验没有通过，页面不给原因。',
      steps: ['通常要改正资料重新提交，收到新短信后再核验。'],
    },
    'failed-wrong-info': {
      title: '填写的信息不对',
      now: '核对验证码、手机号、证件号码后六位后再提交。',
      meaning: '至少一项与备案资料不符。',
      steps: [
        '验证码：最新一条短信里的 6 位数字。',
        '手机号：收短信的 11 位号码，不加 +86、空格或横线。',
        '证件号码后六位：最后 6 个字符，含符号，如 567(8)；括号用接入商登记时的写法。',
      ],
    },
    'failed-retry': {
      title: '核验没有成功，可以重试',
      now: '核对填写内容和图形验证码后再提交一次。',
      meaning: '这次核验没有通过，页面没给原因。',
      steps: ['反复失败就联系接入商。'],
    },
    'no-record': {
      title: '没找到相关记录',
      now: '先别重复操作：到接入商控制台看订单现在的状态，或用 beian.miit.gov.cn 的公共查询核对。',
      meaning:
        '核验库或查询里没有对应的记录：可能填错、已经核验过、还没同步，也可能订单已进入下一步（腾讯云说这常表示已提交管局）；在公共查询里查不到，通常是还没审核通过。',
      steps: ['若订单仍是待核验，核对手机号和证件号码后六位再试，不行再找接入商。'],
    },
    'already-verified': {
      title: '已经核验过了',
      now: '不用再提交，等管局审核。',
      meaning: '这份申请之前已核验完成。',
      steps: ['结果同步到接入商控制台有延迟，先别重复操作。'],
    },
    'resend-none-pending': {
      title: '没有待重发的短信',
      now: '到接入商控制台看订单状态。',
      meaning: '目前没有待核验的申请：可能已核验完、已退回，或接入商还没提交管局。',
      steps: ['刚提交管局的订单一般 5–10 分钟后才发短信，稍后再查。'],
    },
    'resend-sent': {
      title: '验证码已重发',
      now: '查看手机，用最新一条短信的验证码核验。',
      meaning: '新的验证码已发到负责人手机，旧的不要再用。',
      steps: ['留意手机的垃圾短信拦截。'],
    },
    'resend-limit': {
      title: '重发次数已用完',
      now: '用已收到的最新验证码尽快核验。',
      meaning: '不能再重发（京东云、阿里云说最多重发 2 次）；不能及时核验，订单会被退回。',
      steps: [
        '收不到短信：查拦截、欠费停机，确认号码没换过。',
        '实在无法核验：等订单退回后，在接入商控制台改正手机号再提交。',
      ],
    },
    'code-expired': {
      title: '验证码已过期',
      now: '别再用这条验证码：联系接入商，订单通常要重新提交，收到新短信后再核验。',
      meaning: '验证码从收到起 24 小时内有效，过期的不能再用。',
      steps: ['还在期限内但收不到新短信，可以在核验页的“短信重发”里重发（最多 2 次）。'],
    },
    'code-wrong': {
      title: '验证码填错了',
      now: '对照最新一条工信部短信，重新填 6 位验证码。',
      meaning: '页面认为验证码不对：可能抄错、用了旧短信或别的验证码。',
      steps: ['只用工信部（12381）短信里的验证码，不是接入商登录或付款的验证码。'],
    },
    returned: {
      title: '备案被管局退回',
      now: '按退回原因改好资料，在接入商控制台重新提交。',
      meaning: '管局（或工信部系统）没有通过这次申请，退回修改。',
      steps: ['重新提交后要再过初审、再收短信核验。'],
    },
    approved: {
      title: '备案已通过',
      now: '网站：在首页底部放上备案号，链接到 https://beian.miit.gov.cn/，然后再开放访问。App、小程序（号码以 A 结尾）：不放网页底部，按接入商和平台的要求在应用里显示。',
      meaning: '管局审核通过，备案完成。',
      steps: [
        '放主体备案号还是带 -N 的网站备案号，各省管局要求不同，以接入商的通知为准。',
        '网站开通后 30 日内到 beian.mps.gov.cn 办公安联网备案，接入商不代办。',
        '换主机要在新接入商办新增接入；信息变了要办变更；不用了要办注销。',
      ],
    },
    'police-filing': {
      title: '公安联网备案的通知',
      now: '按通知办理或查看公安联网备案；它和 ICP 备案是两套，号码也不同。',
      meaning: '这是公安联网备案（公网安备）的消息，不是 ICP 备案的审核结果。',
      steps: [
        'ICP 备案号形如 粤ICP备2026012345号-1，在 beian.miit.gov.cn 查询。',
        '公安备案号形如 京公网安备11010802012345号，在 beian.mps.gov.cn 办理和查询。',
      ],
    },
    'info-check': {
      title: '备案信息核查',
      now: '在通知给的期限内按要求更新或确认信息（多在接入商控制台办理）。',
      meaning: '备案通过后，接入商或管局会核查信息是否真实、能否联系、网站是否和备案一致。',
      steps: ['不处理，备案可能被注销；拿不准就问接入商。'],
    },
    'shell-warning': {
      title: '空壳网站提醒',
      now: '在期限内让网站重新在接入商那里接入并能访问，或者主动注销。',
      meaning: '网站没有接入商、打不开或不再对应备案，管局会把它当空壳处理并注销备案。',
      steps: ['换了服务器的，在新接入商办新增接入。'],
    },
    'access-cancel': {
      title: '取消接入通知',
      now: '还要用这个网站，就在现在用的服务商办理新增接入；通知写了日期的，赶在那天之前办。',
      meaning: '这家接入商已经或即将不再为这个网站提供接入。网站没有接入后会成为空壳，备案可能被注销。',
      steps: ['不再用这个网站，可以办注销。'],
    },
    cancelled: {
      title: '备案已注销',
      now: '注销后网站不能在大陆服务器上开放访问；以后再用，要重新办首次备案。',
      meaning: '备案号已经收回，查询里不再显示。',
      steps: ['页脚里的旧备案号要去掉。'],
    },
    scam: {
      title: '小心：这很像诈骗或仿冒',
      now: '别点里面的链接，别付款，也别在那里填验证码、手机号或证件号码。',
      meaning: 'ICP 备案免费、没有年费，也不会过期；工信部和管局不会发付款链接，短信核验只在 beian.miit.gov.cn 进行。',
      steps: [
        '到接入商控制台或 beian.miit.gov.cn 的公共查询核对真实状态。',
        '拿不准就打接入商官网上的客服电话问，不用短信里给的号码或微信。',
      ],
    },
    'not-a-filing-code': {
      title: '这不是工信部的核验验证码',
      now: '别把它填到工信部的核验页面：那里只填工信部（12381）短信里的验证码。',
      meaning: '这是接入商或其他网站登录、付款、注册或验证手机号用的验证码，几分钟内有效。',
      steps: ['接入商在填写备案信息时验证手机号的验证码，只填在接入商自己的页面里。'],
    },
  } satisfies Record<Exclude<MessageKind, 'unknown'>, { title: string; now: string; meaning: string; steps: string[] }>,
  deadlines: {
    'sms-24h': SMS24 + TRIES,
    'review-20wd':
      '管局审核一般 1–20 个工作日；《非经营性互联网信息服务备案管理办法》第十二条规定 20 个工作日内；腾讯云说浙江是 30 个工作日（这是接入商的说法，不是法规的时限）。无法加急。',
    'police-30d': '网站开通后 30 日内办理公安联网备案。',
  } satisfies Record<DeadlineKind, string>,
  notes: {
    licence: '{number} 是经营许可证号，不是备案号。',
    police: '{number} 是公安联网备案号，不是 ICP 备案号。',
    badNumber:
      '“ICP备”后的格式不对：应为 省简称+ICP备+8 或 10 位数字+号，网站的备案号末尾再加 -N（N 是 1–3 位数字，App 的再带 A），如 粤ICP备2026012345号-1。',
    suspiciousHost: '{host} 不是官方网址，而是仿冒官方或接入商的网址：别打开，别在那里填任何信息。',
    payment: '原文要你为备案付钱：ICP 备案不收费，也没有年费、年审费或加急费。',
    codeRequest:
      '原文要你把验证码发给别人：工信部、管局和接入商都不会这样要，验证码只由你自己在 beian.miit.gov.cn 的核验页面填写。',
    filingExpires: '原文说备案会过期：ICP 备案没有有效期，不需要续费。',
    noCode: '没找到 6 位数字验证码，请对照原短信。',
    noNumber: '原文没有备案号，可在接入商控制台或 beian.miit.gov.cn 的公共查询里查看。',
    twoNumbers: '{subject} 是主体备案号，{site} 是这个网站的备案号；页脚放哪一个，看管局和接入商的要求。',
    suffix: '末尾 -N 表示该主体的第 N 个网站，带 A 的是 App。',
    numberOnly: '找到了备案号，但原文没说审核结果；可在 beian.miit.gov.cn 的公共查询核对。',
    noReason: '原文没写原因，请到接入商控制台查看。',
    approximate: '原文和常见的原话不完全一样，这里按最接近的意思解读；以页面或通知的原文为准。',
    bareFail: '原文只说失败，没写原因。',
    triesUsed:
      '先别再提交：你说已经失败了 {count} 次。同一条验证码连续输错 5 次后，第 6 次提交时订单会被退回（腾讯云的说法；阿里云说连续 5 次失败后，24 小时后流程自动退回）。联系接入商，问订单现在的状态和下一步；订单退回后要重新提交，收到新短信再核验。',
    triesLeft:
      '你说已经失败了 {count} 次：同一条验证码连续输错 5 次后，第 6 次提交时订单会被退回，所以最多还能再试 {left} 次。提交前逐项核对验证码、手机号和证件号码后六位；拿不准的先问接入商，别拿提交来试。',
    smsFirst: '首次备案、新增网站：主体负责人和网站负责人可能各收一条（同一号码只收一条），收到的人都要核验。',
    smsSite: '新增类申请：短信发给相关负责人，收到的人都要核验。',
    smsAccess: '新增接入：短信发给原备案里登记的网站负责人手机；号码换过的，要先在原接入商办变更。',
    smsChange: '变更：短信发给信息有变动的负责人。',
    smsCancel:
      '注销网站、注销主体：华为云和微信开放平台的说明里要短信核验，京东云的表里没有。核验就是确认这次注销，注销后备案号不再有效：是你们要注销的，按期核验；没人提出过注销，先别核验，向接入商问清楚。',
    smsNone:
      '取消接入由接入商办理，不用短信核验，所以自称取消接入的核验短信不寻常：先别核验，也别用其中的验证码，向接入商确认确实有这笔申请。',
    cancelNotAsked:
      '先别核验，马上问接入商：这是注销的核验短信，核验就是确认这次注销，注销后备案号不再有效，网站也不能再开放访问。你们没有申请过注销，就别填这个验证码，打接入商官网上的客服电话（不用短信里给的号码）问清是谁提交的；不核验，这次注销过了期限会被退回。',
    sixDigits:
      '只找到一串 6 位数字 {digits}：如果这是工信部短信（12381 发来）里的验证码，在收到短信后 24 小时内到 beian.miit.gov.cn 的核验页面填写，连同收短信的手机号和证件号码后六位；如果是接入商或别的网站发来的登录、付款验证码，别填到那里。把整条短信贴上来，能看出是哪一种。',
    twoResults:
      '原文里有 {count} 条不同的核验结果，按先后是：{list}。上面按最后一条解读；如果是两位负责人各自的结果，各人对照自己那条，订单的进度以接入商控制台为准。',
    resultsDisagree:
      '原文里的核验结果互相矛盾：既有“已完成”，又有“失败”。先别重新提交：到接入商控制台看订单现在的状态和每位负责人的核验情况，以那里为准。',
    othersPendingToo:
      '原文还说另一位负责人还没核验。页面找不到记录，不等于你这一份已经核验完（也可能是填错了）：先在接入商控制台看订单状态和每位负责人的核验情况。订单还在等核验，还没核验的人要用自己手机收到的短信，在收到后 24 小时内核验；没收到短信，可以在核验页的“短信重发”里重发。',
    hintName: '网站名称至少 3 个汉字且与内容相关，不能只用域名或字母数字；个人网站叫“博客”“论坛”常被驳回。',
    hintPhone: '审核期间可能来电核实，保持手机畅通。',
    hintDomain: '域名持有者要和备案主体一致，实名认证要已同步（约 3 个工作日）。',
    hintAccess: '审核通过前网站不能被访问：首次备案和新增网站先删除域名解析。',
    hintSms: '重新提交后会收到新短信，在收到后 24 小时内核验。',
    hintPhoto: '核验照片：纯色背景、不戴眼镜、露出耳朵、光线均匀。',
    formPhone: '这是核验页面提交前的格式检查，不是核验结果：手机号只填 11 位数字，不加 +86、0086、空格或横线。',
    formBlank: '这是核验页面提交前的格式检查，不是核验结果：验证码、手机号、证件号码后六位都要填。',
    notMiitCode: '{code} 不是工信部的核验验证码。',
    olderCode: '原文里还有较早的验证码 {old}。验证码重发后，旧的就不能用了：核验只填最新一条短信的验证码 {code}。',
    olderCodeMaybe:
      '原文里有不止一条工信部短信，这里读的是最新一条的验证码 {code}，较早的是 {old}。同一个手机收到重发的短信时，只有最新一条的验证码能用，旧的别再填；如果两条是两位负责人各自手机上收到的，各人填自己那条。',
    codeBeforeResend:
      '原文里的验证码 {code} 是重发之前那条短信里的：重发后它就不能用了，别再填。核验用新短信里的验证码，新短信没到就先等几分钟。',
    providerCode:
      '{code} 在接入商署名的通知里，不是工信部的核验验证码。核验用的验证码由工信部单独发短信（12381 发送，开头是【工业和信息化部】，附 beian.miit.gov.cn 的核验链接），收到那条再核验。',
    smsNotSent:
      '原文说核验短信没能发出：这不是核验失败，核验页面上没有要重填的。到接入商控制台核对收短信的负责人手机号（11 位、能正常收短信），有误就按接入商的提示改正；号码没错，问接入商怎样重新发送。',
    privateContact:
      '原文以工信部或管局的名义，要你通过 QQ、微信或个人手机号联系：别联系这些账号和号码。备案的事在接入商控制台办理，先到那里或 beian.miit.gov.cn 的公共查询核对备案状态。',
    idExpiring:
      '原文还说证件会到期（“{words}”）：到期前换好新证件，再按接入商的指引更新备案里的证件信息。证件过期了，之后的备案核查会要求更新。',
  } satisfies Record<NoteCode, string>,
};

import type { HolidayName } from '../lib/deadlines/calendar-data';
import type { DateCode, OrderCode } from '../lib/deadlines/validate';

/**
 * 期限计算 (src/components/deadlines). `common` is shared by its four calculators and by the SMS deadline that
 * 短信核验信息自查 shows (which gets `{ common, sms }`).
 */
const deadlines = {
  common: {
    /** A day, from the parts src/lib/deadlines gives ({weekday}: one of `weekdays`; {monthName}: one of `months`). */
    day: '{year}年{monthName}{day}日（{weekday}）',
    /** An instant: a day and the time ({hour}, {minute} two digits). */
    dateTime: '{year}年{monthName}{day}日（{weekday}）{hour}:{minute}',
    weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    /** The months as the dates write them ({monthName}), January first. */
    months: MONTHS,
    /** A countdown ({minutes}, {seconds} two digits); `durationDays` when a day or more is left. */
    duration: '{hours} 小时 {minutes} 分 {seconds} 秒',
    durationDays: '{days} 天 {hours} 小时 {minutes} 分 {seconds} 秒',
    /** Names of the zones a time can be typed in ({zone} of the labels below). */
    beijingTime: '北京时间',
    localTime: '你这里的时间',
    normalizedNote: '已按 {value} 理解你的输入。',
    /** What src/lib/deadlines/validate says about a typed day or date-time. */
    dateErrors: {
      'day.empty': '请填写日期，例如 2026-02-14。',
      'day.format': '日期格式不对：请按“年-月-日”填写，例如 2026-02-14。',
      'dateTime.empty': '请填写日期和时间，例如 2026-11-28 09:30。',
      'dateTime.noTime': '请同时填写日期和时间，例如 2026-11-28 09:30。',
      'dateTime.format': '格式不对：请按“年-月-日 时:分”填写，例如 2026-11-28 09:30。',
      'dateTime.time': '时间不对：小时应在 0 到 23 之间，分钟在 0 到 59 之间。',
      'date.month': '没有 {month} 月：月份应在 1 到 12 之间。',
      'date.day': '{year} 年 {month} 月只有 {max} 天，没有 {day} 日，请检查日期。',
      'date.years': '请填写 {from} 年至 {to} 年之间的日期（其他年份的节假日无法推算）。',
    } satisfies Record<DateCode, string>,
  },
  /** Holidays by the codes of src/lib/deadlines/calendar-data.ts, as the State Council notices name them. */
  holidays: {
    newYear: '元旦',
    springFestival: '春节',
    qingming: '清明节',
    labourDay: '劳动节',
    dragonBoat: '端午节',
    midAutumn: '中秋节',
    nationalDay: '国庆节',
    nationalDayMidAutumn: '国庆节、中秋节',
  } satisfies Record<HolidayName, string>,
  /** 短信核验截止时间 (SmsDeadline), also shown by 短信核验信息自查. */
  sms: {
    heading: '短信核验截止时间',
    intro:
      '工信部的核验短信写明有效期 1 天：从收到短信起 24 小时内要完成核验。短信一般在接入商把订单提交到管局后 5–10 分钟内收到。',
    twoPeople:
      '需要两位负责人核验时（例如首次备案、新增网站，两人手机号不同），两人各收到一条短信。稳妥起见，两人都在第一条短信到达后的 24 小时内做完：京东云把这 24 小时写成整张备案订单的期限。',
    receivedLabel: '收到短信的时间（{zone}）',
    receivedHint: '看手机上这条短信的接收时间，填在这里；刚收到短信，就点“刚收到”。',
    nowButton: '刚收到',
    /** Shown only when the device is not on UTC+8: which clock the typed times were read off. */
    zoneLegend: '你填的时间是',
    zoneLocal: '我这里的时间（{zone}，{offset}）',
    deadlineLabel: '请在这个时间之前完成核验（北京时间）：',
    /** With the device not on UTC+8: the receipt time and the deadline on both clocks. */
    receivedLine: '收到短信：北京时间 {beijing}，你这里的时间 {local}（{offset}）',
    localLine: '你这里的时间：{time}（{offset}）',
    left: '还剩 {d}',
    over: '已超过 {d}',
    statusOk: '还来得及，请在截止前完成核验。',
    statusUrgent: '不到 2 小时了，请尽快完成核验。',
    statusPassed:
      '已经超过 24 小时：这条短信的验证码已失效，备案申请会被退回。请联系接入商重新提交，收到新的短信后再核验。',
    futureNote: '你填的收到时间比此刻还晚，请检查；下面仍按你填的时间计算。',
    waiting: '还没有填写收到短信的时间，所以这里还不计时。填上手机上显示的接收时间，或者刚收到就点“刚收到”。',
    icsButton: '把核验截止加入日历（.ics）',
    icsSummary: 'ICP 备案：工信部短信核验截止（北京时间 {time}）',
    icsDescription:
      '在截止前打开短信里的核验链接，填写短信验证码、手机号码和证件号码后六位。超时未核验，备案申请会被退回，需要接入商重新提交。',
  },
  /** 核验结果多久同步到接入商 (SyncWindow). */
  sync: {
    heading: '核验结果多久同步到接入商',
    intro: '核验成功后，接入商的备案系统不会马上更新。各家写的时间不同，下面都列出来：',
    verifiedLabel: '核验完成时间（{zone}）',
    verifiedHint: '核验页面提示成功的时间。默认取上面填的收到短信的时间，请改成你实际完成核验的时间。',
    order: {
      'order.endBeforeStart': '核验完成时间早于收到短信的时间，请检查这两个时间。',
    } satisfies Record<OrderCode, string>,
    afterDeadline: '核验完成时间晚于核验截止（{time}）：超时的核验不会被接受，备案申请会被退回。',
    jd: '京东云（一位用户 2025 年 3 月在京东云的备案记录）：约 30–60 分钟，即 {from} 至 {to}',
    aliyun: '阿里云：24 小时内，即 {time} 之前',
    tencent:
      '腾讯云没有给出核验结果同步的时间：它文档里的“6 小时”“1–2 个工作日”是管局审核结果同步到腾讯云的时间，不是短信核验的结果。',
    local: '换成你这里的时间：阿里云的 24 小时到 {time}（{offset}）为止。',
    note: '在这之前，接入商控制台仍显示“待验证”是正常的。核验成功后工信部不会再发短信。',
    waiting: '填写核验完成时间后，这里显示结果。',
  },
  /** 管局审核期限 (ReviewWindow). */
  review: {
    heading: '管局审核期限',
    intro:
      '管局审核一般 1–20 个工作日；《非经营性互联网信息服务备案管理办法》第十二条规定 20 个工作日内；腾讯云说浙江是 30 个工作日（接入商的说法，不是法规的时限）。工具不计提交当天，从下一个工作日数起，扣除节假日、计入调休上班日。',
    submittedLabel: '提交管局的日期',
    submittedHint: '接入商通知“已提交管局”的那一天。打开页面时默认填入今天（北京日期）。',
    provinceLabel: '备案所在省份',
    provinceHint: '选择省份，按该省的审核时限计算；不选则按法规的 20 个工作日。',
    provinceNone: '不选省份（按 20 个工作日）',
    provinceOption: '{name}（{n} 个工作日）',
    provinceOptionStated: '{name}（{n} 个工作日，接入商的说法，不是法规的时限）',
    firstLabel: '审核期第 1 个工作日',
    lastLabel: '第 {n} 个工作日（最晚）',
    holidaysHeading: '期间的节假日和调休',
    offRange: '{name}放假：{from} 至 {to}，共 {days} 天',
    offDay: '{name}放假：{from}',
    workDay: '{name}调休上班：{from}',
    estimatedTag: '（估算）',
    /** The last day when it can only be given as a range (春节 of a year without a notice). */
    lastRange: '{from} 至 {to}',
    likelyNote:
      '国务院还没有公布 {year} 年的放假安排，最后一天只能给出范围：只扣除法定节假日，是 {statutory}；照近年的春节安排（从除夕起连休 8 天，前后各调一个周末上班）算，是 {likely}，这一天更可能：2025、2026 年的通知都是这样安排春节的。',
    noHolidays: '这段时间没有法定节假日或调休。',
    estimateNotice:
      '估算：这段时间有日期落在国务院尚未公布放假安排的年份。已扣除法定节假日（农历节日按农历换算）和周末，但调休上班日和补假要等通知公布后才知道，实际日期可能相差几天。',
    waiting: '填写提交管局的日期后，这里显示结果。',
    icsButton: '把审核最后一天加入日历（.ics）',
    icsSummary: 'ICP 备案：管局审核第 {n} 个工作日（最晚）',
    icsDescription: '提交管局：{submitted}。审核期第 1 个工作日：{first}。各省实际用时不同，以管局通知为准。',
    icsLikely: '{year} 年的放假安排还没有公布，这一天按近年的春节安排估算；只扣除法定节假日则是 {statutory}。',
  },
  /** 公安联网备案期限 (PoliceDeadline). */
  police: {
    heading: '公安联网备案期限',
    intro:
      'ICP 备案通过、网站开通后，在 30 日内自己到全国互联网安全管理服务平台办理公安联网备案：公安部令第33号第十二条对互联单位、接入单位和法人、其他组织这样规定，个人网站按接入商和当地网警的要求办。按日历天数算，开通当天不计。',
    liveLabel: '网站开通的日期',
    liveHint: '网站正式上线、可以访问的那一天。打开页面时默认填入今天（北京日期）。',
    lastLabel: '最晚在这一天办完公安联网备案：',
    restDayNote: '这一天是周末或节假日，如需联系公安机关，请提前办理。',
    waiting: '填写网站开通的日期后，这里显示截止日期。',
    icsButton: '把公安联网备案截止加入日历（.ics）',
    icsSummary: 'ICP 备案后：公安联网备案截止（网站开通后第 30 日）',
    icsDescription: '网站开通：{live}。在 https://beian.mps.gov.cn 办理公安联网备案，拿到公安备案号后挂在网站底部。',
  },
};

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
  /** The status when only the picked province ({province}) refuses the name (its own words or format). */
  badProvinceText:
    '{province}管局不接受这个名称：下面是{province}自己的规定，你在{province}备案就必须修改（别的省份不一定有这条）：',
  errorsHeading: '必须修改',
  warningsHeading: '建议修改',
  submitted: '实际提交的名称：',
  /** {province}: the province's short name; {words}: its words, each as `word`. */
  provinceChecked: '{province}：已加上这个省的名称限制词：{words}',
  provinceNoWords: '{province}：没有找到这个省对{subject}名称的公开限制，只按全国通用规则检查。',
  provinceFormats: '{province}：已加上这个省管局规定的名称格式：{formats}。',
  /** A province's words ({words}) or formats ({formats}) for the other kind of site only ({whom}), not applied. */
  provinceOtherWords: '{province}：这个省的名称限制词{words}只针对{whom}；你选的是{subject}，没有加上。',
  provinceOtherFormats: '{province}：管局规定的名称格式{formats}只针对{whom}；你选的是{subject}，不用照这个格式写。',
  /** The kind of site chosen ({subject}), and the kind a province rule is for ({whom}). */
  subjectSites: { personal: '个人网站', organisation: '单位网站' } satisfies Record<
    import('../lib/site-name/check').Subject,
    string
  >,
  /** One word found, as listed ({word}), or as typed ({typed}) when typed differently (traditional, full-width). */
  word: '“{word}”',
  wordAs: '“{typed}”（即“{word}”）',
  /** Between the quoted words of a list ({words}). */
  wordSeparator: '',
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
  /** A source's translated title ({title}) and its own title ({original}): src/i18n/sources.ts. Unused in zh-CN. */
  sourceTitle: '{title}（{original}）',
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
  /** Why a sector needs 前置审批 ({basis} of 'regulated'): named by 292号令 art. 5, or its own rules and licence. */
  sectorBasis: {
    article5: '《互联网信息服务管理办法》第五条点名了这类服务：备案前要先取得主管部门的审核同意（前置审批）。',
    ownRules:
      '这类服务有自己的法规和许可证，《互联网信息服务管理办法》第五条没有点名它；不过接入商和管局同样要求先取得许可再备案（和第五条的几类统称前置审批）。',
  } satisfies Record<ReturnType<typeof import('../lib/site-name/check').sectorBasis>, string>,
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
      '名称含{words}：看起来是{sector}类信息服务。{basis}没有审批文件或许可证时，接入商初审会驳回、管局会退回（华为云把{sector}列为需要前置审批的行业）。网站并不提供这类服务就去掉{words}；确实提供，请先办好前置审批，见',
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
    'name.space':
      '名称的汉字之间有空格。我们读到的接入商命名规则只说名称不能含特殊符号，没有提到空格；不过中文名称本来不加空格，单位网站的名称一般就是单位名称或简称（华为云），单位名称里也没有空格。去掉空格最稳妥。',
    'symbols.special':
      '名称含特殊符号{words}：腾讯云的命名要求写明网站名称不能含特殊符号，多数接入商只接受汉字、字母和数字。请删掉这些符号。',
  } satisfies Record<import('../lib/site-name/codes').SiteNameCode, string>,
};

/** 管局与材料查询 (src/components/province-picker): the picker island, the /provinces/ table and its sources. */
const provincePicker = {
  subjectLegend: '以谁的名义备案（主体类型）',
  personal: '个人',
  organisation: '单位（企业、事业单位、社会团体等）',
  homePersonal: '身份证上的户籍所在省份',
  homeOrganisation: '单位注册所在省份（营业执照或登记证书上的住所）',
  homeHint:
    '按规定，备案向主体住所所在地的省通信管理局（管局）办理。持港澳台或外国证件的个人，各省做法不同，请看居住地的省份页面或问接入商。',
  choose: '请选择',
  residenceLabel: '你现在居住的省份',
  residenceSame: '与户籍地相同',
  residenceHint: '户籍在外省、想在居住地备案时选择；有的管局要求居住证，有的不受理外省个人。',
  ageLabel: '主体负责人（你本人）的年龄',
  ageHint: '未成年人能否备案、需要什么证明，各管局不同。',
  /** The age brackets as the list shows them. */
  ages: {
    未满16岁: '未满16岁',
    '16至17岁': '16–17岁',
    '18至59岁': '18–59岁',
    '60岁及以上': '60岁及以上',
  } satisfies Record<AgeBracket, string>,
  /** Typing finds a province: the search field beside each province list. */
  search: {
    label: '输入查找',
    /** The field's name for screen readers: the visible label, then the list it chooses in ({field}). */
    name: '输入查找：{field}',
    hint: '可以输入省份的中文名、英文名或拼音（广东、Tibet、guangdong）、简称（粤、苏）、城市的中文名或拼音（深圳、shenzhen、Xi’an）或备案号（苏ICP备……）。',
    /** One province found and chosen ({province}: its name). */
    chosen: {
      name: '已选：{province}',
      abbr: '已选：{province}（简称“{query}”）',
      bureau: '已选：{province}',
      number: '已选：{province}（备案号开头的“{abbr}”）',
      licence: '已选：{province}（经营许可证号开头的“{abbr}”）',
      police: '已选：{province}（公安备案号开头的“{abbr}”）',
      slug: '已选：{province}',
      city: '已选：{province}（{city}所在的省份）',
    } satisfies Record<MatchedBy, string>,
    /** Several provinces fit ({count}); a button for each follows. */
    several: '有 {count} 个省份符合“{query}”，请选一个：',
    /** A candidate's button: {province}, and the city it was found by when there is one. */
    option: '{province}',
    optionCity: '{province}（{city}）',
    /** A city found by its Latin spelling ({spelled}, as in the data: Shenzhen, Xi'an), shown as {city} above. */
    citySpelled: '{city}',
    none: '没有找到“{query}”对应的省份。请换个写法（例如写所在的地级市），或直接在列表里选。',
    /** Not found, for text that names 香港、澳门 or 台湾. */
    noneHkMoTw:
      '没有找到“{query}”对应的省份：港澳台地区没有 ICP 备案的管局。持港澳台证件的个人，选你在内地居住的省份（各省做法不同）；单位选它在内地注册的省份。',
  },
  prompt: '选好省份后，这里会显示由哪个管局审核、它是否受理你的情况，以及要额外准备什么。',
  /** What the picker asks for when it cannot answer yet. */
  issues: {
    'home.missingPersonal': '请选择身份证上的户籍所在省份。',
    'home.missingOrganisation': '请选择单位注册（营业执照或登记证书上住所）所在的省份。',
    'residence.unknown': '请从列表中选择你现在居住的省份，或留空表示与户籍地相同。',
  } satisfies Record<PickerCode, string>,
  /** After a bureau's name: why it is listed ({basis}, one of `basis`). */
  head: '（{basis}）',
  /** Why a bureau is listed. */
  basis: {
    home: '按户籍地',
    registered: '按注册地',
    residence: '按居住地（跨省）',
  } satisfies Record<Basis, string>,
  /** What a bureau's published rules say about the case ({bureau}: its name). */
  verdicts: {
    accepted: '{bureau}：公开资料里没有对这种情况的额外限制，按全国通用要求准备即可。',
    conditional: '{bureau}：公开规则没有说不受理这种情况；除全国通用的材料外，还要准备下面这些。',
    refused: '{bureau}：按已公开的规则，不受理这种情况。',
    unknown: '{bureau}：这种情况没有找到公开说明，无法判断是否受理。请先问你的接入商。',
    check: '{bureau}：公开规则对这种情况有专门说明，请逐条看下面的要求，拿不准时问你的接入商。',
    disputed:
      '{bureau}：各接入商的公开说明不一致（有的说不受理，有的说可以），下面两种说法都列出；请以你的接入商的答复为准。',
  } satisfies Record<BureauVerdict, string>,
  refusalsTitle: '不受理的依据',
  materialsTitle: '需要额外准备',
  notesTitle: '这个管局的其他要求',
  unknownTopics: '没有找到公开说明的方面：{topics}',
  /** Between the items of a list in a sentence. */
  listSeparator: '、',
  /** A rule's text as the province data has it ({text}). */
  ruleText: '{text}',
  /** Before a rule's Chinese wording, on a page whose rule texts are translated (never shown on a Chinese page). */
  ruleOriginal: '原文：',
  ruleLink: '规则与来源',
  /** After a rule that another source contradicts. */
  disputedRule: '（另有来源说法不同，两种都列在省份页面上）',
  others: '{province}还有 {count} 条其他公开要求（如网站名称、页脚备案号、域名数量），',
  pageLink: '查看{province}的全部要求',
  privacy: '本工具只在你的浏览器里运行，选择的内容不会发送或保存。',
  /** The rule topics, as the picker and the /provinces/ table name them. */
  topics: {
    跨省备案与居住证: '跨省备案与居住证',
    手机号归属地: '手机号归属地',
    年龄: '年龄',
    域名与网站数量: '域名与网站数量',
    网站名称额外限制: '网站名称额外限制',
    页脚备案号格式: '页脚备案号格式',
    材料与核验单: '材料与核验单',
    人脸核验方式: '人脸核验方式',
    其他: '其他',
  } satisfies Record<RuleTopic, string>,
  /** The /provinces/ table (ProvinceTable.astro). */
  table: {
    caption: '31 个省（自治区、直辖市）管局的备案要求一览',
    province: '省份',
    reviewLimit: '管局审核时限',
    days: '{days} 个工作日',
    /** After a cell: how many rules the topic has, when more than one. */
    count: '（共 {count} 条）',
    /** The same, when two of the rules contradict each other. */
    countDisputed: '（共 {count} 条，说法不一）',
    /** After a province's name: its short name as in filing numbers ({abbr}). */
    abbr: '（{abbr}）',
    /** After a cell that shows the first sentence of a longer rule. */
    more: '……',
    none: '未找到公开说明',
    /** What the annotated 跨省 and 年龄 rules decide. */
    cells: {
      disputed: '说法不一',
      'cross.refused': '不受理外省个人',
      'cross.extra': '外省个人需本省居住证明',
      'cross.accepted': '受理外省个人',
      'minors.refused': '未成年人不受理',
      'minors.extra': '未成年人需额外证明',
    } satisfies Record<TopicCellCode, string>,
  },
  /** The sources list of the pages that summarise all provinces (ProvinceSources.astro). */
  sources: {
    /** After a source: which provinces cite it ({provinces}), or all of them. */
    some: '（{provinces}）',
    all: '（全部省份）',
  },
  /** A source's translated title ({title}) and its own title ({original}): src/i18n/sources.ts. Unused in zh-CN. */
  sourceTitle: '{title}（{original}）',
};

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
  /** Read by screen readers right after the copy button's text: what it copies. */
  copyWhat: '备案时填写的域名',
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
      '域名持有人要和备案主体对得上。个人备案，域名要登记在本人名下。单位备案，接入商的说法不一样：京东云说域名注册者可以是单位本身（含公司股东），也可以是单位的主要负责人或高级管理人员；青云说持有者要和备案主体一致（名称、证件类型、证件号码），不一致就要先把域名过户给备案主体。域名登记在老板个人名下的，先问你的接入商认不认，再决定要不要过户给公司。工具看不到持有人是谁。',
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
  /** A source's translated title ({title}) and its own title ({original}): src/i18n/sources.ts. Unused in zh-CN. */
  sourceTitle: '{title}（{original}）',
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
    'icp.hidden':
      '{number} 写在代码里，但被隐藏了（{how}，在它自己或外层元素上），访问者看不到。备案号要在页面底部显示出来：去掉隐藏它的写法。',
    'icp.oldLink': '{number} 链接到旧地址 {href}：miibeian.gov.cn 已经停用，请改成 https://beian.miit.gov.cn/。',
    'icp.wrongLink':
      '{number} 链接到 {href}，应该链接到工信部备案管理系统 https://beian.miit.gov.cn/（写成 http://beian.miit.gov.cn/ 也可以）。',
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
    'police.hidden':
      '{number} 写在代码里，但被隐藏了（{how}，在它自己或外层元素上），访问者看不到。公安备案号要在页面底部显示出来：去掉隐藏它的写法。',
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
    'badge.default':
      '你没有填图标地址，代码里的公安备案图标用的是 {badge}：从公安备案平台下载图标，放到你网站的这个位置（放在别处就把代码里的地址改成那里）。不想显示图标，就删掉代码里 <img …> 这一段，只留号码和链接。',
    'police.otherProvince':
      '公安备案号的省份简称是“{police}”，ICP 备案号的是“{icp}”。两个号码由不同的机关分别发放：ICP 备案号由管局发放，公安备案号由公安机关发放。我们没有找到两者必须同省的规定，也没有找到省份不同时是怎么回事的说明；请在公安备案平台 beian.mps.gov.cn 按号码查一下，确认它登记的就是这个网站。',
    'footer.cut': '粘贴的内容太长，只检查了最后 {max} 个字符（页脚在页面末尾）。',
    'footer.allGood': '备案号写法正确，也链接到了工信部备案管理系统。',
  } satisfies Record<FooterCode, string>,
};

/**
 * The page of one province (src/components/province-page/ProvincePage.astro, at /provinces/<slug>/). Placeholders
 * in braces that name a link or an element (`{prepare}`, `{picker}`, `{bureau}` in `bureau`, `{prefix}`, `{source}`,
 * `{sources}`) are rendered as that element; the others are filled with text. Topic names are
 * `provincePicker.topics`.
 */
const provincePage = {
  title: '{province}：备案要求',
  description:
    '{bureau}（{province}管局）ICP 备案要求：{abbr}ICP备 备案号、管局审核时限 {days} 个工作日、跨省备案与居住证、手机号归属地、年龄、网站名称、页脚备案号格式、材料与人脸核验，每条附来源和核对日期。',
  intro:
    '在{province}备案的主体，由{bureau}审核。下面是这个省通信管理局（管局）在全国通用要求之外公开过的规则，每条都注明适用于个人还是单位、出自哪里、何时核对。全国通用的要求（域名实名、网站名称、短信核验等）见{prepare}；也可以用{picker}按你的情况筛出该找哪个管局、要额外准备什么。',
  bureauHeading: '管局与审核时限',
  bureau: '管局：{bureau}',
  bureauUnverified: '{bureau}（官方网站地址未核实，本站暂不列出）',
  prefix: '备案号开头：{prefix}（例如 {example}）',
  /** How a filing number of this province starts. */
  prefixCode: '{abbr}ICP备',
  /** An example filing number after the province's abbreviation. */
  example: '{abbr}ICP备2026012345号-1',
  review: '管局审核时限：{days} 个工作日（来源：{source}，核对于 {checked}）。',
  /** After the limit when it is the national 20 working days. */
  review20:
    '管局审核一般 1–20 个工作日；《非经营性互联网信息服务备案管理办法》第十二条规定材料齐全的在 20 个工作日内办结。管局审核不能加急。',
  /** After the limit when providers give this province a longer one ({days}). */
  reviewLonger:
    '《非经营性互联网信息服务备案管理办法》第十二条规定 20 个工作日内；{province}的接入商说明可达 {days} 个工作日。管局审核不能加急。',
  rulesHeading: '各项要求',
  rulesIntro:
    '“{notFound}”表示我们查过列出的来源，但没有找到这个管局在这方面的公开规定，并不代表没有要求；遇到这种情况，请以接入商初审时的说明为准。标着“来源说法不一”的，是不同接入商的说明互相矛盾，两种说法都列出。',
  /** A topic without any rule in the data. */
  noRules: '{notFound}（尚未收录可核对的来源）。',
  words: '不能使用的词：{words}。',
  formats: '只能用的名称格式：{formats}（“{owner}”换成你的姓名）。',
  /** Stands for the filer's own name in a name format (the data writes it `*`). */
  formatOwner: '某某',
  /** One quoted word, format or source title in a list. */
  quoted: '“{item}”',
  /** A source's translated title ({title}) and its own title ({original}): src/i18n/sources.ts. Unused in zh-CN. */
  sourceTitle: '{title}（{original}）',
  listSeparator: '、',
  /** After a rule that other rules contradict: {label} is shown in bold ({sources}: links to those rules). */
  disputed: '{label}与{sources}的说法不同，两种都列出；办理时以接入商初审的要求为准。',
  disputedLabel: '来源说法不一：',
  /** Under each rule: whom it applies to ({who}, {limit}), what it means ({outcome}), its source and date. */
  applies: '适用：{limit}{who}{outcome}。来源：{source}（核对于 {checked}）',
  who: { 个人: '个人', 单位: '单位', 全部: '个人和单位' } satisfies Record<ProvinceRule['appliesTo'], string>,
  outcome: { 不受理: '；不受理', 需额外材料: '；需要额外材料', 说明: '' } satisfies Record<RuleOutcome, string>,
  /** What "from another province" is measured by, for whom the rule applies to. */
  where: { 个人: '户籍', 单位: '注册地', 全部: '户籍或注册地' } satisfies Record<ProvinceRule['appliesTo'], string>,
  nonLocal: '{where}在外省的',
  local: '{where}在本省的',
  ages: '年龄为{ages}的',
  ageNames: {
    未满16岁: '未满16岁',
    '16至17岁': '16至17岁',
    '18至59岁': '18至59岁',
    '60岁及以上': '60岁及以上',
  } satisfies Record<AgeBracket, string>,
  /** Before the original Chinese of a translated rule (pages in another language only). */
  original: '原文：',
  sourcesHeading: '资料来源',
  /** The id of the sources heading (its slug). */
  sourcesId: '资料来源',
};

// ── The dictionary ──────────────────────────────────────────────────────────────────────────────────────────────

/** The filing process at a glance on the home page (src/components/content/ProcessTimeline.astro). */
const timeline = {
  name: 'ICP 备案流程时间线',
  /** One step read aloud (the drawing's description). */
  step: '第 {n} 步：{title}，{who}，{duration}。',
  /** The line under a step's title. */
  meta: '{duration} · {who}',
  steps: [
    { title: '准备域名与服务器，申请授权码', who: '你', duration: '域名刚实名的，等约 3 个工作日同步' },
    { title: '填写信息、上传资料、电子核验', who: '你（京东云控制台和 App）', duration: '按页面提示填写' },
    { title: '接入商初审（可能打核实电话）', who: '京东云', duration: '1–3 个工作日' },
    { title: '工信部短信核验', who: '你（收到短信的负责人）', duration: '短信写明有效期 1 天' },
    { title: '管局审核', who: '省通信管理局', duration: '一般 1–20 个工作日（腾讯云说浙江 30）' },
    { title: '备案通过：挂备案号、办公安联网备案', who: '你', duration: '网站开通后 30 日内办公安联网备案' },
  ],
  /** The caption: the whole-process range in working days, and with 浙江's 30. */
  caption:
    '从提交初审到拿到备案号，把各步的范围相加约 {min}–{max} 个工作日（腾讯云说浙江的管局审核是 30 个工作日，按此最多约 {zhejiangMax} 个）；不含准备域名的时间，遇到长假顺延。带红色圆点的两步有硬性期限。下面的指南目录按同样的顺序逐步展开。',
  /** The drawing's width in SVG units: wide enough for this language's longest line. */
  width: 470,
};

/**
 * The titles of the sources the pages and tools cite, in this language, by the source's address (src/i18n/sources.ts
 * shows them, each followed by the source's own title). Empty here: a Chinese page shows each source's own title, as
 * the province data and the word lists write it.
 */
const sourceTitles: Readonly<Record<string, string>> = {};

export default {
  lang: 'zh-CN',
  links,
  pages,
  common,
  smsCheck,
  messageDecoder,
  deadlines,
  siteName,
  provincePicker,
  domainCheck,
  footerCheck,
  provincePage,
  timeline,
  sourceTitles,
};
