/**
 * Default Chinese UI strings of the MessageDecoder island. Plain strings only: the .astro wrapper passes them as
 * props (overridable through its `labels` prop), so they travel in the page's HTML rather than in the island's
 * JavaScript. The interpretation itself comes from src/lib/messages.
 */

/** One "试试示例" button. */
export interface MessageDecoderExample {
  /** Button text. */
  label: string;
  /** Text put into the paste box. */
  text: string;
}

/** Every string the island shows. */
export type MessageDecoderLabels = {
  inputLabel: string;
  inputHint: string;
  placeholder: string;
  decodeButton: string;
  clearButton: string;
  examplesTitle: string;
  /** Says which example wordings are made up and which one is a real message. */
  examplesNote: string;
  examples: MessageDecoderExample[];
  privacy: string;
  matchedLabel: string;
  codeLabel: string;
  filingTypeLabel: string;
  filingNumberLabel: string;
  /** Link text after the filing number: "{name}管局的要求" ({name} = province). */
  provinceLinkText: string;
  licenceLabel: string;
  reasonLabel: string;
  linksLabel: string;
  nextStepsTitle: string;
  deadlineTitle: string;
  calculatorLinkText: string;
  notesTitle: string;
  guideLinksTitle: string;
};

/**
 * The default labels. Only the MIIT page's ten results and JD Cloud's "已提交管局" SMS are real wordings; the other
 * examples are made up (the one verbatim MIIT SMS of the facts file carries no code, so its example gives one).
 *
 * @example
 * MESSAGE_DECODER_LABELS.decodeButton // '解读'
 */
export const MESSAGE_DECODER_LABELS: MessageDecoderLabels = {
  inputLabel: '粘贴收到的短信或提示',
  inputHint:
    '可以是工信部的核验短信、核验页面显示的结果，或接入商、管局发来的短信和邮件；凭记忆转述的也行。整段粘贴即可，全角半角、繁体、空格换行都不影响。',
  placeholder: '例如：尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。',
  decodeButton: '解读',
  clearButton: '清空',
  examplesTitle: '试试示例：',
  examplesNote:
    '“等待其他核验人”“找不到记录”是核验页面的原文，“已提交管局”是京东云短信的原文；“工信部短信”按一条真实短信的格式填入虚构的验证码，“审核通过”“被退回”“初审驳回”是示例措辞，各地、各接入商的原文不同。',
  examples: [
    {
      label: '工信部短信',
      text: '【工业和信息化部】验证码：482913。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】',
    },
    { label: '等待其他核验人', text: '尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。' },
    { label: '找不到记录', text: '尊敬的ICP用户：该条验证库里找不到记录或已完成验证。' },
    {
      label: '已提交管局',
      text: '【京东云】尊敬的 xx：您的备案信息已经提交至通信管理局审核，请关注并完成工信部短信验证，通信管理局审核时间 20 个工作日内，审核结果将由管局直接发短信和邮件通知您，请耐心等待。',
    },
    {
      label: '审核通过',
      text: '【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。',
    },
    {
      label: '被退回',
      text: '【广东省通信管理局】您的备案申请被退回，退回原因：网站名称不符合要求，请修改后重新提交。',
    },
    {
      label: '初审驳回',
      text: '您的ICP备案订单初审未通过，原因：网站名称含“平台”二字，请修改后重新提交。',
    },
  ],
  privacy: '隐私：粘贴的内容只在你的浏览器里分析，不会上传、保存，也不会写进网址。',
  matchedLabel: '识别依据',
  codeLabel: '验证码',
  filingTypeLabel: '申请类型',
  filingNumberLabel: '备案号',
  provinceLinkText: '{name}管局的要求',
  licenceLabel: '经营许可证号',
  reasonLabel: '原因',
  linksLabel: '原文里的网址',
  nextStepsTitle: '下一步',
  deadlineTitle: '时间限制',
  calculatorLinkText: '用期限计算器算出具体时间',
  notesTitle: '注意',
  guideLinksTitle: '详细说明：',
};
