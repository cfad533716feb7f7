/**
 * UI strings of the 短信核验截止 calculator (SmsDeadline.tsx) and of the deadline it shares with
 * 短信核验信息自查 (SmsDeadlineResult.tsx). Plain strings, so Astro can pass them as props; `{name}` placeholders are
 * filled by `fill()` (./format.ts). Override any of them through the `.astro` wrapper's `labels` prop.
 */
export interface SmsDeadlineLabels {
  heading: string;
  intro: string;
  receivedLabel: string;
  receivedHint: string;
  nowButton: string;
  zoneNote: string;
  deadlineLabel: string;
  localLine: string;
  left: string;
  over: string;
  statusOk: string;
  statusUrgent: string;
  statusPassed: string;
  futureNote: string;
  normalizedNote: string;
  waiting: string;
  icsButton: string;
  icsSummary: string;
  icsDescription: string;
}

export const SMS_DEADLINE_LABELS: SmsDeadlineLabels = {
  heading: '短信核验截止时间',
  intro:
    '工信部的核验短信写明有效期 1 天，从短信发出时算起。你看不到发出的时刻，工具以你收到短信的时间作为最接近的估计，加 24 小时。',
  receivedLabel: '收到短信的时间（北京时间）',
  receivedHint: '看手机上这条短信的接收时间。打开页面时默认填入此刻，如果短信更早收到，请改成实际时间。',
  nowButton: '改为此刻',
  zoneNote: '你的设备时区是 {zone}（此刻 {offset}），下面在北京时间旁边另列你的本地时间。',
  deadlineLabel: '请在这个时间之前完成核验（北京时间）',
  localLine: '你的本地时间：{time}（{offset}）',
  left: '还剩 {d}',
  over: '已超过 {d}',
  statusOk: '还来得及，请在截止前完成核验。',
  statusUrgent: '不到 2 小时了，请尽快完成核验。',
  statusPassed:
    '已经超过 24 小时：这条短信的验证码已失效，备案申请会被退回。请联系接入商重新提交，收到新的短信后再核验。',
  futureNote: '你填的收到时间比此刻还晚，请检查；下面仍按你填的时间计算。',
  normalizedNote: '已按 {value} 理解你的输入。',
  waiting: '填写收到短信的时间后，这里显示截止时间。',
  icsButton: '把核验截止加入日历（.ics）',
  icsSummary: 'ICP 备案：工信部短信核验截止（北京时间 {time}）',
  icsDescription:
    '在截止前打开短信里的核验链接，填写短信验证码、手机号码和证件号码后六位。超时未核验，备案申请会被退回，需要接入商重新提交。',
};
