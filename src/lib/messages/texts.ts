/**
 * The Chinese explanations per message kind. Kept short: these strings ship in the island's JavaScript.
 * Facts: /work/shared/facts/icp-facts.md §1, §2, §5, §6 (provider claims are named as such).
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
} as const satisfies Record<string, GuideRef>;

/**
 * The deadline calculator (built separately).
 *
 * @example
 * CALCULATOR_LINK // '/tools/deadlines/'
 */
export const CALCULATOR_LINK = '/tools/deadlines/';

const SMS24 = '收到工信部短信后 24 小时内完成核验，超时会被退回，需重新提交。';
const TRIES = '；连续输错 5 次，第 6 次提交时会被退回。';
const REVIEW: Deadline = {
  kind: 'review-20wd',
  text: '管局审核一般 1–20 个工作日（腾讯云称浙江最长 30 个），无法加急。',
};
const WAIT = '等管局审核，结果以短信和邮件通知；保持手机畅通，网站暂不开放访问。';
const LAG = '接入商后台同步有延迟（京东云约 30–60 分钟，阿里云 24 小时内），先别重复操作。';

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
    meaning: '接入商已把备案提交管局，负责人须用这条短信在工信部网站完成核验。',
    nextSteps: [
      '打开短信里的核验链接（只认 beian.miit.gov.cn）。',
      '填 6 位验证码、收短信的手机号（11 位，不加 +86）和证件号码后六位，再填图形验证码提交。',
      '把页面显示的结果贴到这里。',
    ],
    deadline: { kind: 'sms-24h', text: SMS24 + TRIES.slice(1) },
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
    nextSteps: [
      '马上通知其他负责人用各自收到的短信核验。',
      '对方没收到短信，可在核验页的“短信重发”里重发。',
    ],
    deadline: { kind: 'sms-24h', text: '其他负责人须在同一个 24 小时内完成，否则会被退回。' },
    guides: [GUIDES.sms],
  },
  'failed-contact-provider': {
    title: '核验失败，需问接入商',
    meaning: '核验没有通过，页面不给原因。',
    nextSteps: ['联系接入商或看后台订单，问清原因。', '通常要改正资料重新提交，收到新短信再核验。'],
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
    deadline: { kind: 'sms-24h', text: '仍须在收到短信后 24 小时内完成' + TRIES },
    guides: [GUIDES.sms, GUIDES.check],
  },
  'failed-retry': {
    title: '核验失败，请重试',
    meaning: '这次核验没有通过，页面没给原因。',
    nextSteps: ['核对填写内容和图形验证码后再提交。', '反复失败就联系接入商。'],
    deadline: { kind: 'sms-24h', text: '验证码自收到起 24 小时内有效' + TRIES },
    guides: [GUIDES.sms],
  },
  'no-record': {
    title: '没找到待核验记录',
    meaning:
      '核验库里没有对应的待核验申请：可能填错、已核验过或尚未同步，也可能订单已进入下一步（腾讯云说这常表示已提交管局）。',
    nextSteps: [
      '先别重复操作：到接入商后台看订单状态，或用 beian.miit.gov.cn 的公共查询。',
      '若仍是待核验，核对手机号和证件号码后六位再试，不行再找接入商。',
    ],
    deadline: { kind: 'sms-24h', text: '若确实还没核验，仍以收到短信起 24 小时为限。' },
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
    nextSteps: ['到接入商后台看订单状态。', '刚提交的订单约 5 分钟后才发短信，稍后再查。'],
    guides: [GUIDES.sms],
  },
  'resend-sent': {
    title: '验证码已重发',
    meaning: '新的验证码已发到负责人手机。',
    nextSteps: ['查看手机，留意垃圾短信拦截。', '用最新一条短信的验证码尽快核验。'],
    deadline: { kind: 'sms-24h', text: '验证码有效期 24 小时，请尽快完成。' },
    guides: [GUIDES.sms],
  },
  'resend-limit': {
    title: '重发次数已用完',
    meaning: '不能再重发（华为云称最多重发 2 次）；不能及时核验，申请会被退回。',
    nextSteps: [
      '用已收到的最新验证码尽快核验。',
      '收不到：查拦截、欠费停机，确认号码没换过。',
      '实在无法核验：等退回后在接入商处改正手机号再提交。',
    ],
    deadline: { kind: 'sms-24h', text: SMS24 },
    guides: [GUIDES.sms, GUIDES.faq],
  },
  'submitted-to-bureau': {
    title: '已提交管局',
    meaning: '接入商初审已过，备案已提交省通信管理局。',
    nextSteps: [
      '约 5 分钟内会收到工信部短信（12381 或 106…12381 发出），按短信完成核验。',
      WAIT,
    ],
    deadline: {
      kind: 'sms-24h',
      text: '短信须在收到后 24 小时内核验；之后管局审核一般 1–20 个工作日。',
    },
    guides: [GUIDES.sms, GUIDES.review],
  },
  approved: {
    title: '备案已通过',
    meaning: '管局审核通过，备案完成。',
    nextSteps: [
      '首页底部居中放备案号，链接到 https://beian.miit.gov.cn/。',
      '网站开通后 30 日内到 beian.mps.gov.cn 办公安联网备案，接入商不代办。',
      '换主机要在新接入商办新增接入；信息变了要办变更。',
    ],
    deadline: { kind: 'police-30d', text: '网站开通后 30 日内办理公安联网备案。' },
    guides: [GUIDES.after],
  },
  returned: {
    title: '备案被退回',
    meaning: '申请没有通过，已退回修改。',
    nextSteps: ['按退回原因修改资料。', '在接入商后台重新提交，之后要重新短信核验。'],
    guides: [GUIDES.faq, GUIDES.review],
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
    note: '没找到“验证码”“短信核验”“提交管局”“审核通过”“退回”等关键词。',
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
 * Notes added depending on what was found.
 *
 * @example
 * '京ICP证030173号' + NOTE.licence // '京ICP证030173号 是经营许可证号，不是备案号。'
 */
export const NOTE = {
  noCode: '没找到 6 位数字验证码，请对照原短信。',
  badLink: '链接不是 beian.miit.gov.cn，可能是仿冒短信，别在那里填写。',
  bareFail: '原文只说核验失败，没写原因，按一般失败处理。',
  noNumber: '原文没有备案号，可在接入商后台或 beian.miit.gov.cn 公共查询里查看。',
  noReason: '原文没写退回原因，请到接入商后台查看。',
  suffix: '末尾 -N 表示该主体的第 N 个网站，带 A 的是 App。',
  badNumber: '“ICP备”后的格式不对：应为 省简称+ICP备+8 或 10 位数字+号，如 粤ICP备2026012345号-1。',
  numberOnly: '找到备案号，但没有审核结果；可在 beian.miit.gov.cn 公共查询核对。',
  licence: ' 是经营许可证号，不是备案号。',
  police: ' 是公安联网备案号，不是 ICP 备案号。',
  /** Who receives the SMS by filing type (JD Cloud). */
  first: '首次备案：主体负责人和网站负责人各收一条（同号只收一条），都要核验。',
  site: '新增网站或接入：短信发给网站负责人。',
  change: '变更：短信发给信息有变动的负责人。',
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
  [['短信', '超时'], '重新提交后会收到新短信，24 小时内核验。'],
];
