/**
 * UI strings of the 结果同步 calculator (SyncWindow.tsx). Plain strings; `{name}` placeholders are filled by
 * `fill()` (./format.ts). Override any of them through the `.astro` wrapper's `labels` prop.
 */
export interface SyncWindowLabels {
  heading: string;
  intro: string;
  verifiedLabel: string;
  verifiedHint: string;
  receivedName: string;
  verifiedName: string;
  afterDeadline: string;
  jd: string;
  aliyun: string;
  tencent: string;
  local: string;
  note: string;
  normalizedNote: string;
  waiting: string;
}

export const SYNC_WINDOW_LABELS: SyncWindowLabels = {
  heading: '核验结果多久同步到接入商',
  intro: '核验成功后，接入商的备案系统不会马上更新。各家写的时间不同，下面都列出来：',
  verifiedLabel: '核验完成时间（北京时间）',
  verifiedHint: '核验页面提示成功的时间。默认取上面填的收到短信的时间，请改成你实际完成核验的时间。',
  receivedName: '收到短信的时间',
  verifiedName: '核验完成时间',
  afterDeadline: '核验完成时间晚于核验截止（{time}）：超时的核验不会被接受，备案申请会被退回。',
  jd: '京东云（一位用户 2025 年 3 月在京东云的备案记录）：约 30–60 分钟，即 {from} 至 {to}',
  aliyun: '阿里云：24 小时内，即 {time} 之前',
  tencent: '腾讯云：一篇文档写 6 小时内（{time} 之前），另一篇写 1–2 个工作日（{day1} 或 {day2}）',
  local: '换成你的本地时间：阿里云的 24 小时到 {time}（{offset}）为止。',
  note: '在这之前，接入商控制台仍显示“待核验”是正常的。核验成功后工信部不会再发短信。',
  normalizedNote: '已按 {value} 理解你的输入。',
  waiting: '填写核验完成时间后，这里显示结果。',
};
