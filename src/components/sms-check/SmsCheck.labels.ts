/**
 * Default Chinese UI strings of the SmsCheck island. Plain strings only: they travel to the browser as island
 * props, so no functions. Messages about the values themselves come from src/lib/verification.
 */
export type SmsCheckLabels = {
  triesNote: string;
  privacyNote: string;
  smsLegend: string;
  smsLabel: string;
  smsHint: string;
  smsFilingType: string;
  receivedLabel: string;
  receivedHint: string;
  receivedInvalid: string;
  fieldsLegend: string;
  codeLabel: string;
  codeHint: string;
  phoneLabel: string;
  phoneHint: string;
  tailLabel: string;
  tailHint: string;
  okText: string;
  okWarnText: string;
  badText: string;
  typeThis: string;
  typeForm: string;
  halfWidth: string;
  fullWidth: string;
  copy: string;
  copied: string;
  copyManual: string;
  helperSummary: string;
  helperIntro: string;
  docTypeLabel: string;
  docNumberLabel: string;
  docExample: string;
  docOk: string;
  docBad: string;
  useTail: string;
};

export const SMS_CHECK_LABELS: SmsCheckLabels = {
  triesNote:
    '三项中任何一项不对，都算一次核验失败。连续失败 5 次后，第 6 次提交会让这次申请被退回，只能由接入商重新提交、再等新的短信。所以请先在这里检查，再去核验页面提交。',
  privacyNote:
    '本工具只在你的浏览器里运行：输入的内容不会发送到任何地方，本站也不保存它（不用 localStorage、sessionStorage、Cookie，也不写进网址）。你返回或刷新本页时，浏览器自己可能把刚填的内容恢复到输入框里，工具会照常检查它；这些内容只在你的设备上，关闭这个标签页后就没有了。点“复制”时，内容会放进你设备的剪贴板。',
  smsLegend: '第一步（可选）：粘贴工信部短信',
  smsLabel: '把收到的工信部短信整条粘贴到这里',
  smsHint:
    '会从中读出验证码（自动填入下面的“短信验证码”一栏）和申请类型。短信写明有效期 1 天，从短信发出时算起；工具以你收到短信的时间作为最接近的估计。',
  smsFilingType: '申请类型：',
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
  okText: '这样填写可以。',
  okWarnText: '这样填写页面会接受，但请留意：',
  badText: '这样填写会被页面拒绝或核验不通过：',
  typeThis: '要填写的内容：',
  typeForm: '要填写的内容（{form}）：',
  halfWidth: '半角括号',
  fullWidth: '全角括号',
  copy: '复制',
  copied: '已复制',
  copyManual: '无法自动复制，已选中文字，请手动复制（Ctrl+C、⌘C 或长按）。',
  helperSummary: '不确定后六位？用完整证件号推算',
  helperIntro: '选择证件类型并输入完整号码，这里会核对号码（有校验码的证件会核对校验码）并取出后六位。',
  docTypeLabel: '证件类型',
  docNumberLabel: '完整证件号码',
  docExample: '格式示例：',
  docOk: '号码核对无误，后六位是：',
  docBad: '这个号码有问题：',
  useTail: '填入“证件号码后六位”',
};
