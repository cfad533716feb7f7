/**
 * Every UI string of the 期限计算 island (Deadlines.tsx). Plain strings so that Astro can pass them as props;
 * `{name}` placeholders are filled by `fill()` from src/lib/deadlines.
 */
export interface DeadlinesLabels {
  beijingNote: string;
  zoneNote: string;
  localLine: string;

  smsHeading: string;
  smsIntro: string;
  receivedLabel: string;
  receivedHint: string;
  nowButton: string;
  deadlineLabel: string;
  left: string;
  over: string;
  statusOk: string;
  statusUrgent: string;
  statusPassed: string;
  futureNote: string;
  normalizedNote: string;
  icsSmsButton: string;
  icsSmsSummary: string;
  icsSmsDescription: string;

  syncHeading: string;
  syncIntro: string;
  verifiedLabel: string;
  verifiedHint: string;
  receivedName: string;
  verifiedName: string;
  afterDeadline: string;
  syncJd: string;
  syncAliyun: string;
  syncTencent: string;
  syncNote: string;
  syncLocal: string;

  reviewHeading: string;
  reviewIntro: string;
  submittedLabel: string;
  submittedHint: string;
  zhejiangLabel: string;
  firstLabel: string;
  lastLabel: string;
  holidaysHeading: string;
  offRange: string;
  offDay: string;
  workDay: string;
  estimatedTag: string;
  noHolidays: string;
  estimateNotice: string;
  icsReviewButton: string;
  icsReviewSummary: string;
  icsReviewDescription: string;
  waiting: string;
}

/** The default (and only) Chinese labels. */
export const deadlinesLabels: DeadlinesLabels = {
  beijingNote: '所有时间都按北京时间（UTC+8）计算。',
  zoneNote: '你的设备时区是 {zone}（此刻 {offset}），下面在北京时间旁边另列你的本地时间。',
  localLine: '你的本地时间：{time}（{offset}）',

  smsHeading: '短信核验截止',
  smsIntro: '工信部的核验短信从收到起 24 小时内有效。填写收到短信的时间，算出截止时间。',
  receivedLabel: '短信收到时间（北京时间）',
  receivedHint: '看短信上的接收时间。打开页面时默认填入此刻。',
  nowButton: '改为此刻',
  deadlineLabel: '核验截止',
  left: '剩余 {d}',
  over: '已超时 {d}',
  statusOk: '请在截止前完成核验。',
  statusUrgent: '不到 2 小时了，请尽快完成核验。',
  statusPassed: '已超过 24 小时：这次核验已失效，订单会被退回接入商，需要重新提交备案，之后会收到新的核验短信。',
  futureNote: '这个时间还没到，下面按你填的时间计算。',
  normalizedNote: '已按 {value} 理解你的输入。',
  icsSmsButton: '把核验截止加入日历（.ics）',
  icsSmsSummary: 'ICP 备案：工信部短信核验截止（北京时间 {time}）',
  icsSmsDescription:
    '在截止前打开短信里的核验链接，填写短信验证码、手机号码和证件号码后六位。超时未核验，订单会被退回，需要重新提交备案。',

  syncHeading: '核验结果多久同步到接入商',
  syncIntro: '核验成功后，接入商的备案系统不会马上更新。各家给出的时间不同：',
  verifiedLabel: '核验完成时间（北京时间）',
  verifiedHint: '核验页面提示成功的时间。打开页面时默认填入此刻。',
  receivedName: '短信收到时间',
  verifiedName: '核验完成时间',
  afterDeadline: '核验完成时间晚于核验截止（{time}）：超时的核验不会被接受，订单会被退回。',
  syncJd: '京东云（来源指南）：约 30–60 分钟，即 {from} 至 {to}',
  syncAliyun: '阿里云：24 小时内，即 {time} 之前',
  syncTencent: '腾讯云：一份文档写 6 小时内（{time} 之前），另一份写 1–2 个工作日（{day1} 或 {day2}）',
  syncLocal: '换成你的本地时间：阿里云的 24 小时到 {time}（{offset}）为止。',
  syncNote: '在这之前，接入商页面仍显示“待验证”是正常的。核验成功后工信部不会再发短信。',

  reviewHeading: '管局审核期限',
  reviewIntro:
    '管局在材料齐全后 20 个工作日内审核（《非经营性互联网信息服务备案管理办法》第十二条），腾讯云文档称浙江最长 30 个工作日。这里不计提交当天，从下一个工作日起数，并扣除节假日、计入调休上班日。',
  submittedLabel: '提交管局的日期',
  submittedHint: '接入商通知“已提交管局”的那一天。打开页面时默认填入今天（北京）。',
  zhejiangLabel: '在浙江备案（按 30 个工作日计算）',
  firstLabel: '审核期第 1 个工作日',
  lastLabel: '第 {n} 个工作日（最晚）',
  holidaysHeading: '期间的节假日和调休',
  offRange: '{name}放假：{from} 至 {to}，共 {days} 天',
  offDay: '{name}放假：{from}',
  workDay: '{name}调休上班：{from}',
  estimatedTag: '（估算）',
  noHolidays: '这段时间没有法定节假日或调休。',
  estimateNotice:
    '估算：这段时间有日期落在国务院尚未公布放假安排（或不在我们数据里）的年份。已扣除法定节假日和周末，但调休上班日和补假要等通知公布后才知道，实际日期可能相差几天。',
  icsReviewButton: '把审核最后一天加入日历（.ics）',
  icsReviewSummary: 'ICP 备案：管局审核第 {n} 个工作日（最晚）',
  icsReviewDescription: '提交管局：{submitted}。审核期第 1 个工作日：{first}。各省实际用时不同，以管局通知为准。',
  waiting: '填写上面的日期后，这里显示结果。',
};
