/**
 * UI strings of the 公安联网备案期限 calculator (PoliceDeadline.tsx). Plain strings; `{name}` placeholders are filled
 * by `fill()` (./format.ts). Override any of them through the `.astro` wrapper's `labels` prop.
 */
export interface PoliceDeadlineLabels {
  heading: string;
  intro: string;
  liveLabel: string;
  liveHint: string;
  lastLabel: string;
  restDayNote: string;
  normalizedNote: string;
  waiting: string;
  icsButton: string;
  icsSummary: string;
  icsDescription: string;
}

export const POLICE_DEADLINE_LABELS: PoliceDeadlineLabels = {
  heading: '公安联网备案期限',
  intro:
    'ICP 备案通过、网站开通后，要在 30 日内自己到全国互联网安全管理服务平台办理公安联网备案（公安部令第33号 第十二条）。按日历天数算，开通当天不计。',
  liveLabel: '网站开通的日期',
  liveHint: '网站正式上线、可以访问的那一天。打开页面时默认填入今天（北京日期）。',
  lastLabel: '最晚在这一天办完公安联网备案',
  restDayNote: '这一天是周末或节假日，如需联系公安机关，请提前办理。',
  normalizedNote: '已按 {value} 理解你的输入。',
  waiting: '填写网站开通的日期后，这里显示截止日期。',
  icsButton: '把公安联网备案截止加入日历（.ics）',
  icsSummary: 'ICP 备案后：公安联网备案截止（网站开通后第 30 日）',
  icsDescription: '网站开通：{live}。在 https://beian.mps.gov.cn 办理公安联网备案，拿到公安备案号后挂在网站底部。',
};
