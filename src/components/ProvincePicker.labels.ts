/**
 * Default Chinese UI strings of the ProvincePicker island. Plain strings only (they travel as island props).
 * `{省}`, `{管局}` are replaced by the island. The decisions themselves come from src/lib/provinces/picker.ts.
 */
export type ProvincePickerLabels = {
  subjectLegend: string;
  personal: string;
  organisation: string;
  homePersonal: string;
  homeOrganisation: string;
  homeHint: string;
  choose: string;
  residenceLabel: string;
  residenceSame: string;
  residenceHint: string;
  ageLabel: string;
  ageHint: string;
  prompt: string;
  basisHome: string;
  basisRegistered: string;
  basisResidence: string;
  accepted: string;
  conditional: string;
  refused: string;
  unknown: string;
  check: string;
  disputed: string;
  refusalsTitle: string;
  materialsTitle: string;
  notesTitle: string;
  unknownTopics: string;
  ruleLink: string;
  disputedRule: string;
  others: string;
  pageLink: string;
  privacy: string;
};

export const PROVINCE_PICKER_LABELS: ProvincePickerLabels = {
  subjectLegend: '以谁的名义备案（主体类型）',
  personal: '个人',
  organisation: '单位（企业、事业单位、社会团体等）',
  homePersonal: '身份证上的户籍所在省份',
  homeOrganisation: '单位注册所在省份（营业执照或登记证书上的住所）',
  homeHint:
    '按规定，备案向主体住所所在地的省通信管理局（管局）办理。持港澳台或外国证件的个人，各省做法不同，请看居住地的省份页面或问接入商。',
  choose: '请选择',
  residenceLabel: '你现在居住的省份',
  residenceSame: '与户籍地相同',
  residenceHint: '户籍在外省、想在居住地备案时选择；有的管局要求居住证，有的不受理外省个人。',
  ageLabel: '主体负责人（你本人）的年龄',
  ageHint: '未成年人能否备案、需要什么证明，各管局不同。',
  prompt: '选好省份后，这里会显示由哪个管局审核、它是否受理你的情况，以及要额外准备什么。',
  basisHome: '按户籍地',
  basisRegistered: '按注册地',
  basisResidence: '按居住地（跨省）',
  accepted: '{管局}：公开资料里没有对这种情况的额外限制，按全国通用要求准备即可。',
  conditional: '{管局}：公开规则没有说不受理这种情况；除全国通用的材料外，还要准备下面这些。',
  refused: '{管局}：按已公开的规则，不受理这种情况。',
  unknown: '{管局}：这种情况没有找到公开说明，无法判断是否受理。请先问你的接入商。',
  check: '{管局}：公开规则对这种情况有专门说明，请逐条看下面的要求，拿不准时问你的接入商。',
  disputed:
    '{管局}：各接入商的公开说明不一致（有的说不受理，有的说可以），下面两种说法都列出；请以你的接入商的答复为准。',
  refusalsTitle: '不受理的依据',
  materialsTitle: '需要额外准备',
  notesTitle: '这个管局的其他要求',
  unknownTopics: '没有找到公开说明的方面：',
  ruleLink: '规则与来源',
  disputedRule: '（另有来源说法不同，两种都列在省份页面上）',
  others: '{省}还有 {n} 条其他公开要求（如网站名称、页脚备案号、域名数量），',
  pageLink: '查看{省}的全部要求',
  privacy: '本工具只在你的浏览器里运行，选择的内容不会发送或保存。',
};
