/**
 * Default Chinese UI strings of the SiteNameCheck island (网站名称自查). Plain strings only: they travel to the
 * browser as island props. The verdicts themselves come from src/lib/site-name.
 */
export type SiteNameCheckLabels = {
  privacyNote: string;
  nameLabel: string;
  nameHint: string;
  subjectLegend: string;
  personal: string;
  organisation: string;
  provinceLabel: string;
  provinceNone: string;
  provinceHint: string;
  okText: string;
  okWarnText: string;
  badText: string;
  errorsHeading: string;
  warningsHeading: string;
  submitted: string;
  provinceChecked: string;
  provinceNoWords: string;
  linkPreApproval: string;
  linkProvince: string;
};

export const SITE_NAME_CHECK_LABELS: SiteNameCheckLabels = {
  privacyNote:
    '本工具只在你的浏览器里运行：输入的名称不会发送到任何地方，也不会被保存（不用 localStorage、Cookie，也不写进网址）。',
  nameLabel: '打算填写的网站名称',
  nameHint: '输入或粘贴名称，下面会立即给出结论和理由。',
  subjectLegend: '备案主体',
  personal: '个人',
  organisation: '单位（公司、事业单位、社会组织等）',
  provinceLabel: '备案所在省份（可选）',
  provinceNone: '不选省份，只查全国通用的规则',
  provinceHint: '选了省份，会加上这个省管局公开的名称限制词。',
  okText: '按各接入商公开的命名规则，没有发现问题。',
  okWarnText: '没有各地都会退回的问题，但下面这几点常被驳回或退回：',
  badText: '这个名称会被驳回或退回：',
  errorsHeading: '必须修改',
  warningsHeading: '建议修改',
  submitted: '实际提交的名称：',
  provinceChecked: '已加上这个省的名称限制词：',
  provinceNoWords: '这个省没有找到公开的名称限制词，只按全国通用规则检查。',
  linkPreApproval: '前置审批说明',
  linkProvince: '该省的管局要求',
};
