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

import type { HolidayName } from '../lib/deadlines/calendar-data';
import type { DateCode, OrderCode } from '../lib/deadlines/validate';

/**
 * 期限计算 (src/components/deadlines). `common` is shared by its four calculators and by the SMS deadline that
 * 短信核验信息自查 shows (which gets `{ common, sms }`).
 */
const deadlines = {
  common: {
    /** A day, from the parts src/lib/deadlines gives ({weekday}: one of `weekdays`). */
    day: '{year}年{month}月{day}日（{weekday}）',
    /** An instant: a day and the time ({hour}, {minute} two digits). */
    dateTime: '{year}年{month}月{day}日（{weekday}）{hour}:{minute}',
    weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
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
    note: '在这之前，接入商控制台仍显示“待核验”是正常的。核验成功后工信部不会再发短信。',
    waiting: '填写核验完成时间后，这里显示结果。',
  },
  /** 管局审核期限 (ReviewWindow). */
  review: {
    heading: '管局审核期限',
    intro:
      '管局审核一般 1–20 个工作日；《非经营性互联网信息服务备案管理办法》第十二条规定 20 个工作日内；浙江的接入商说明可达 30 个工作日。工具不计提交当天，从下一个工作日数起，扣除节假日、计入调休上班日。',
    submittedLabel: '提交管局的日期',
    submittedHint: '接入商通知“已提交管局”的那一天。打开页面时默认填入今天（北京日期）。',
    provinceLabel: '备案所在省份',
    provinceHint: '选择省份，按该省的审核时限计算；不选则按法规的 20 个工作日。',
    provinceNone: '不选省份（按 20 个工作日）',
    provinceOption: '{name}（{n} 个工作日）',
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
      'ICP 备案通过、网站开通后，要在 30 日内自己到全国互联网安全管理服务平台办理公安联网备案（公安部令第33号 第十二条）。按日历天数算，开通当天不计。',
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
