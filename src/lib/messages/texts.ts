/**
 * The Chinese explanations per message kind. Kept short: these strings ship in the island's JavaScript.
 * Facts: ../shared/facts/icp-facts.md §1, §2, §5, §6 (provider claims are named as such); words as in the 术语表.
 */
import type { Deadline, GuideRef, MessageKind } from './types';

/**
 * Guide pages the answers point to.
 *
 * @example
 * GUIDES.sms.href // '/guide/sms-verification/'
 */
export const GUIDES = {
  sms: { href: '/guide/sms-verification/', text: '短信核验' },
  review: { href: '/guide/bureau-review/', text: '管局审核' },
  after: { href: '/guide/after-approval/', text: '备案通过之后' },
  faq: { href: '/guide/faq/', text: '常见问题' },
  check: { href: '/tools/sms-check/', text: '核验信息自查' },
  first: { href: '/guide/first-review/', text: '接入商初审' },
} as const satisfies Record<string, GuideRef>;

/**
 * The deadline calculator (built separately).
 *
 * @example
 * CALCULATOR_LINK // '/tools/deadlines/'
 */
export const CALCULATOR_LINK = '/tools/deadlines/';

/**
 * The 30-day 公安联网备案 calculator on the deadline tool's page (its heading's anchor).
 *
 * @example
 * POLICE_CALCULATOR_LINK // '/tools/deadlines/#公安联网备案期限'
 */
export const POLICE_CALCULATOR_LINK = '/tools/deadlines/#公安联网备案期限';

/** The 24 hours, said the same way on every page and in every tool (brief, facts §1). */
const SMS24 =
  '短信写明有效期 1 天，从短信发出时算起；工具以你收到短信的时间作为最接近的估计。超时未核验会被退回，要重新提交。';
const TRIES = '连续输错 5 次，第 6 次提交时会被退回。';
const REVIEW: Deadline = {
  kind: 'review-20wd',
  text: '管局审核一般 1–20 个工作日；《非经营性互联网信息服务备案管理办法》第十二条规定 20 个工作日内；浙江的接入商说明可达 30 个工作日。无法加急。',
};
const WAIT = '等管局审核，结果以短信和邮件通知；保持手机畅通，网站暂不开放访问。';
const LAG = '结果同步到接入商控制台有延迟，各家说法不同（京东云约 30–60 分钟，阿里云 24 小时内），先别重复操作。';
const SMS_AFTER = '提交管局约 5 分钟后，会收到工信部短信（12381 或 106…12381 发出），按短信完成核验。';

/**
 * What each kind means; notes and extracted values are added by interpretMessage.
 *
 * @example
 * const t: KindText = KIND_TEXT.approved;
 */
export interface KindText {
  title: string;
  meaning: string;
  nextSteps: string[];
  deadline?: Deadline;
  guides: GuideRef[];
}

/**
 * The explanation for every kind except `unknown` (which depends on what was seen).
 *
 * @example
 * KIND_TEXT['verified'].deadline?.kind // 'review-20wd'
 */
export const KIND_TEXT: Readonly<Record<Exclude<MessageKind, 'unknown'>, KindText>> = {
  'miit-sms': {
    title: '工信部核验短信',
    meaning: '接入商已把备案提交省通信管理局（管局），收到短信的负责人要用它在工信部网站完成短信核验。',
    nextSteps: [
      '打开短信里的核验链接（只认 beian.miit.gov.cn）。',
      '填 6 位验证码、收短信的手机号（11 位，不加 +86）和证件号码后六位，再填图形验证码提交。',
      '把页面显示的结果贴到这里。',
    ],
    deadline: { kind: 'sms-24h', text: SMS24 + TRIES },
    guides: [GUIDES.sms, GUIDES.check],
  },
  verified: {
    title: '短信核验全部完成',
    meaning: '所有负责人都已核验，申请将交管局审核。',
    nextSteps: [WAIT, LAG],
    deadline: REVIEW,
    guides: [GUIDES.review],
  },
  'verified-others-pending': {
    title: '你已核验，还差其他人',
    meaning: '你这一份已完成，但还有其他负责人（如主体负责人或网站负责人）没核验。',
    nextSteps: ['马上通知其他负责人用各自收到的短信核验。', '对方没收到短信，可在核验页的“短信重发”里重发。'],
    deadline: {
      kind: 'sms-24h',
      text: '其他负责人要在同一个有效期（1 天）内完成，否则会被退回。' + SMS24.slice(0, SMS24.indexOf('。') + 1),
    },
    guides: [GUIDES.sms],
  },
  'failed-contact-provider': {
    title: '核验失败，需问接入商',
    meaning: '核验没有通过，页面不给原因。',
    nextSteps: ['联系接入商或在控制台看订单，问清原因。', '通常要改正资料重新提交，收到新短信再核验。'],
    guides: [GUIDES.sms],
  },
  'failed-wrong-info': {
    title: '填写的信息不对',
    meaning: '验证码、手机号、证件号码后六位至少一项与备案资料不符。',
    nextSteps: [
      '验证码：最新一条短信里的 6 位数字。',
      '手机号：收短信的 11 位号码，不加 +86、空格或横线。',
      '证件号码后六位：最后 6 个字符，含符号，如 567(8)。',
    ],
    deadline: { kind: 'sms-24h', text: SMS24 + TRIES },
    guides: [GUIDES.sms, GUIDES.check],
  },
  'failed-retry': {
    title: '核验失败，请重试',
    meaning: '这次核验没有通过，页面没给原因。',
    nextSteps: ['核对填写内容和图形验证码后再提交。', '反复失败就联系接入商。'],
    deadline: { kind: 'sms-24h', text: SMS24 + TRIES },
    guides: [GUIDES.sms],
  },
  'no-record': {
    title: '没找到待核验记录',
    meaning:
      '核验库里没有对应的待核验申请：可能填错、已核验过或尚未同步，也可能订单已进入下一步（腾讯云说这常表示已提交管局）。',
    nextSteps: [
      '先别重复操作：到接入商控制台看订单状态，或用 beian.miit.gov.cn 的公共查询。',
      '若仍是待核验，核对手机号和证件号码后六位再试，不行再找接入商。',
    ],
    deadline: { kind: 'sms-24h', text: '若确实还没核验：' + SMS24 },
    guides: [GUIDES.sms, GUIDES.faq],
  },
  'already-verified': {
    title: '已经核验过了',
    meaning: '这份申请之前已核验完成，不用重复提交。',
    nextSteps: [WAIT, LAG],
    deadline: REVIEW,
    guides: [GUIDES.review],
  },
  'resend-none-pending': {
    title: '没有待重发的短信',
    meaning: '目前没有待核验的申请：可能已核验完、已退回，或接入商还没提交管局。',
    nextSteps: ['到接入商控制台看订单状态。', '刚提交管局的订单约 5 分钟后才发短信，稍后再查。'],
    guides: [GUIDES.sms],
  },
  'resend-sent': {
    title: '验证码已重发',
    meaning: '新的验证码已发到负责人手机。',
    nextSteps: ['查看手机，留意垃圾短信拦截。', '用最新一条短信的验证码尽快核验。'],
    deadline: { kind: 'sms-24h', text: SMS24 },
    guides: [GUIDES.sms],
  },
  'resend-limit': {
    title: '重发次数已用完',
    meaning: '不能再重发（华为云称最多重发 2 次）；不能及时核验，申请会被退回。',
    nextSteps: [
      '用已收到的最新验证码尽快核验。',
      '收不到：查拦截、欠费停机，确认号码没换过。',
      '实在无法核验：等退回后在接入商控制台改正手机号再提交。',
    ],
    deadline: { kind: 'sms-24h', text: SMS24 },
    guides: [GUIDES.sms, GUIDES.faq],
  },
  'submitted-to-bureau': {
    title: '已提交管局',
    meaning: '接入商初审已过，备案已提交省通信管理局（管局）。',
    nextSteps: [SMS_AFTER, WAIT],
    deadline: {
      kind: 'sms-24h',
      text: SMS24,
    },
    guides: [GUIDES.sms, GUIDES.review],
  },
  approved: {
    title: '备案已通过',
    meaning: '管局审核通过，备案完成。',
    nextSteps: [
      '首页底部居中放备案号，链接到 https://beian.miit.gov.cn/；带不带末尾的 -N 各省管局要求不同，以接入商的通知为准。',
      '网站开通后 30 日内到 beian.mps.gov.cn 办公安联网备案，接入商不代办。',
      '换主机要在新接入商办新增接入；信息变了要办变更；不用了要办注销（也要短信核验）。',
    ],
    deadline: { kind: 'police-30d', text: '网站开通后 30 日内办理公安联网备案。' },
    guides: [GUIDES.after],
  },
  returned: {
    title: '备案被退回',
    meaning: '管局（或工信部系统）没有通过这次申请，已退回修改。',
    nextSteps: ['按退回原因修改资料。', '在接入商控制台重新提交；初审通过、提交管局后要重新短信核验。'],
    guides: [GUIDES.review, GUIDES.faq],
  },
  rejected: {
    title: '接入商初审驳回',
    meaning: '接入商在初审时没有通过，把订单驳回给你修改；还没有提交管局。',
    nextSteps: [
      '按驳回原因在接入商控制台修改资料，再提交初审。',
      '初审通过、提交管局约 5 分钟后会收到工信部短信，再完成短信核验。',
    ],
    guides: [GUIDES.first, GUIDES.faq],
  },
  'police-filing': {
    title: '公安联网备案的通知',
    meaning: '这是公安联网备案（公网安备）的消息，不是 ICP 备案的审核结果：两者是两套备案，号码也不同。',
    nextSteps: [
      'ICP 备案号形如 粤ICP备2026012345号-1，可在 beian.miit.gov.cn 的公共查询核对。',
      '公安备案号形如 京公网安备11010802012345号，在 beian.mps.gov.cn 办理和查询。',
    ],
    guides: [GUIDES.after],
  },
};

/**
 * Texts for the `unknown` answers.
 *
 * @example
 * UNKNOWN_TEXT.empty.title // '请先粘贴内容'
 */
export const UNKNOWN_TEXT = {
  empty: {
    title: '请先粘贴内容',
    meaning: '把工信部短信、核验页面的结果或接入商、管局的通知贴到输入框。',
  },
  none: {
    title: '没能识别',
    meaning: '没认出这是哪种提示，不作猜测。能识别：工信部核验短信、核验页面的十种结果、接入商和管局的审核通知。',
    nextSteps: ['贴上完整原文再试，可含【】里的签名。', '对照短信核验指南的结果说明，或看常见问题。'],
  },
  phone: {
    title: '手机号格式不对',
    meaning: '这是核验页面提交前的格式检查，不是核验结果。',
    step: '只填 11 位手机号，不加 +86、0086、空格或横线。',
  },
  blank: {
    title: '有栏目没填',
    meaning: '这是核验页面提交前的格式检查，不是核验结果。',
    step: '验证码、手机号、证件号码后六位都要填写。',
  },
} as const;

/**
 * The words an unrecognised text is checked for; the note names only those really missing.
 *
 * @example
 * KEYWORDS.includes('验证码') // true
 */
export const KEYWORDS = ['验证码', '短信核验', '提交管局', '审核通过', '退回', '驳回'] as const;

/**
 * Notes added depending on what was found.
 *
 * @example
 * '京ICP证030173号' + NOTE.licence // '京ICP证030173号 是经营许可证号，不是备案号。'
 */
export const NOTE = {
  noCode: '没找到 6 位数字验证码，请对照原短信。',
  otherHost:
    '不是 beian.miit.gov.cn：短信核验只在 beian.miit.gov.cn 进行，这可能是仿冒网址，别在那里填写验证码、手机号或证件号码。',
  bareFail: '原文只说核验失败，没写原因，按一般失败处理。',
  noNumber: '原文没有备案号，可在接入商控制台或 beian.miit.gov.cn 公共查询里查看。',
  noReason: '原文没写原因，请到接入商控制台查看。',
  suffix: '末尾 -N 表示该主体的第 N 个网站，带 A 的是 App。',
  badNumber: '“ICP备”后的格式不对：应为 省简称+ICP备+8 或 10 位数字+号，如 粤ICP备2026012345号-1。',
  numberOnly: '找到备案号，但没有审核结果；可在 beian.miit.gov.cn 公共查询核对。',
  licence: ' 是经营许可证号，不是备案号。',
  police: ' 是公安联网备案号，不是 ICP 备案号。',
  missing: '原文里没有“{words}”等字样。',
  present: '原文提到“{words}”，但不足以判断是哪一种提示。',
  paraphrase: '原文和核验页面的十种结果措辞不完全一样，按最接近的一种（“{title}”）解读；以页面实际显示的原文为准。',
  /** Who receives the SMS by filing type (JD Cloud; 注销 per the corrected facts §1). */
  first: '首次备案：主体负责人和网站负责人各收一条（同号只收一条），都要核验。',
  site: '新增网站或新增接入：短信发给网站负责人。',
  change: '变更：短信发给信息有变动的负责人。',
  cancel: '注销网站、注销主体也要短信核验；不核验，注销申请会被退回。',
  noSms: '取消接入不需要短信核验；收到自称取消接入的核验短信，请先向接入商确认。',
} as const;

/**
 * Remarks keyed by words seen in a return reason.
 *
 * @example
 * REASON_HINTS.find(([words]) => words.includes('名称'))?.[1] // '网站名称至少 3 个汉字…'
 */
export const REASON_HINTS: readonly (readonly [readonly string[], string])[] = [
  [['名称'], '网站名称至少 3 个汉字且与内容相关，不能只用域名或字母数字；个人站叫“博客”“论坛”常被驳回。'],
  [['电话', '接听'], '审核期间可能来电核实，保持手机畅通。'],
  [['域名', '实名'], '域名持有者须与备案主体一致，且实名认证已同步（约 3 个工作日）。'],
  [['访问', '解析'], '审核通过前网站不能被访问，首次备案先删除域名解析。'],
  [['短信', '超时'], '重新提交后会收到新短信，在它写明的有效期（1 天）内核验。'],
];
