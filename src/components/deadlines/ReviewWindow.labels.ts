/**
 * UI strings of the 管局审核期限 calculator (ReviewWindow.tsx). Plain strings; `{name}` placeholders are filled by
 * `fill()` (./format.ts). Override any of them through the `.astro` wrapper's `labels` prop.
 */
export interface ReviewWindowLabels {
  heading: string;
  intro: string;
  submittedLabel: string;
  submittedHint: string;
  provinceLabel: string;
  provinceHint: string;
  provinceNone: string;
  provinceOption: string;
  firstLabel: string;
  lastLabel: string;
  holidaysHeading: string;
  offRange: string;
  offDay: string;
  workDay: string;
  estimatedTag: string;
  noHolidays: string;
  estimateNotice: string;
  normalizedNote: string;
  waiting: string;
  icsButton: string;
  icsSummary: string;
  icsDescription: string;
}

export const REVIEW_WINDOW_LABELS: ReviewWindowLabels = {
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
  noHolidays: '这段时间没有法定节假日或调休。',
  estimateNotice:
    '估算：这段时间有日期落在国务院尚未公布放假安排的年份。已扣除法定节假日（农历节日按农历换算）和周末，但调休上班日和补假要等通知公布后才知道，实际日期可能相差几天。',
  normalizedNote: '已按 {value} 理解你的输入。',
  waiting: '填写提交管局的日期后，这里显示结果。',
  icsButton: '把审核最后一天加入日历（.ics）',
  icsSummary: 'ICP 备案：管局审核第 {n} 个工作日（最晚）',
  icsDescription: '提交管局：{submitted}。审核期第 1 个工作日：{first}。各省实际用时不同，以管局通知为准。',
};
