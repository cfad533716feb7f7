/**
 * 简体中文 (zh-CN): every sentence the tools show, in one place. The words follow the 术语表 (/guide/glossary/).
 * Facts: ../shared/facts/icp-facts.md. Placeholders `{name}` are filled by src/i18n/fill with the values src/lib
 * returns. Each tool has its own section; a section whose keys are src/lib codes says so with `satisfies`, so a
 * code without a sentence fails `astro check`.
 */
import type { PageKey } from '../lib/routes';
import type { Basis, BureauVerdict, PickerCode } from '../lib/provinces/picker';
import type { TopicCellCode } from '../lib/provinces/rules';
import type { MatchedBy } from '../lib/provinces/search';
import type { AgeBracket, RuleTopic } from '../lib/provinces/vocabulary-data';

/** Link texts of the pages src/lib links to. */
const pages = {
  why: '为什么要备案',
  prepare: '备案前的准备',
  fillIn: '填写备案信息',
  siteNameGuide: '网站名称怎么起',
  first: '接入商初审',
  sms: '短信核验',
  review: '管局审核',
  after: '备案通过之后',
  faq: '常见问题',
  glossary: '术语表',
  needFiling: '要不要备案',
  preApproval: '前置审批',
  changes: '变更与注销',
  keepValid: '保持备案有效',
  police: '公安联网备案',
  provinces: '各省管局要求',
  check: '短信核验信息自查',
  decoder: '提示/短信解读',
  deadlines: '期限计算',
  policeDeadline: '公安联网备案期限',
  siteName: '网站名称自查',
  picker: '管局与材料查询',
} satisfies Record<PageKey, string>;

/** Shared by every tool. */
const common = {
  /** Shown by every tool page while JavaScript is off or has not run. */
  needsJs: '这个小工具要在浏览器里运行 JavaScript 才能用，现在 JavaScript 没有运行。',
  /** The link after needsJs to the guide section that answers by hand ({page}: its link text). */
  byHand: '不用工具，照指南一步步查：{page}',
  privacy: '隐私：你填写或粘贴的内容只在你的浏览器里处理，不会上传、保存，也不会写进网址。',
};

// ── Tool sections ───────────────────────────────────────────────────────────────────────────────────────────────
// One section per tool, in this order. Keep each section's edits inside its own braces.

/** 短信核验信息自查 (src/components/sms-check). */
const smsCheck = {};

/** 提示/短信解读 (src/components/message-decoder). */
const messageDecoder = {};

/** 期限计算 (src/components/deadlines). */
const deadlines = {};

/** 网站名称自查 (src/components/site-name). */
const siteName = {};

/** 管局与材料查询 (src/components/province-picker): the picker island, the /provinces/ table and its sources. */
const provincePicker = {
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
  /** The age brackets as the list shows them. */
  ages: {
    未满16岁: '未满16岁',
    '16至17岁': '16–17岁',
    '18至59岁': '18–59岁',
    '60岁及以上': '60岁及以上',
  } satisfies Record<AgeBracket, string>,
  /** Typing finds a province: the search field beside each province list. */
  search: {
    label: '输入查找',
    /** The field's name for screen readers: the visible label, then the list it chooses in ({field}). */
    name: '输入查找：{field}',
    hint: '可以输入省份名称、简称（粤、苏）、拼音（guangdong）、城市（深圳）或备案号（苏ICP备……）。',
    /** One province found and chosen ({province}: its name). */
    chosen: {
      name: '已选：{province}',
      abbr: '已选：{province}（简称“{query}”）',
      bureau: '已选：{province}',
      number: '已选：{province}（备案号开头的“{abbr}”）',
      slug: '已选：{province}',
      city: '已选：{province}（{city}所在的省份）',
    } satisfies Record<MatchedBy, string>,
    /** Several provinces fit ({count}); a button for each follows. */
    several: '有 {count} 个省份符合“{query}”，请选一个：',
    /** A candidate's button: {province}, and the city it was found by when there is one. */
    option: '{province}',
    optionCity: '{province}（{city}）',
    none: '没有找到“{query}”对应的省份。港澳台地区没有 ICP 备案的管局；请换个写法，或直接在列表里选。',
  },
  prompt: '选好省份后，这里会显示由哪个管局审核、它是否受理你的情况，以及要额外准备什么。',
  /** What the picker asks for when it cannot answer yet. */
  issues: {
    'home.missingPersonal': '请选择身份证上的户籍所在省份。',
    'home.missingOrganisation': '请选择单位注册（营业执照或登记证书上住所）所在的省份。',
    'residence.unknown': '请从列表中选择你现在居住的省份，或留空表示与户籍地相同。',
  } satisfies Record<PickerCode, string>,
  /** After a bureau's name: why it is listed ({basis}, one of `basis`). */
  head: '（{basis}）',
  /** Why a bureau is listed. */
  basis: {
    home: '按户籍地',
    registered: '按注册地',
    residence: '按居住地（跨省）',
  } satisfies Record<Basis, string>,
  /** What a bureau's published rules say about the case ({bureau}: its name). */
  verdicts: {
    accepted: '{bureau}：公开资料里没有对这种情况的额外限制，按全国通用要求准备即可。',
    conditional: '{bureau}：公开规则没有说不受理这种情况；除全国通用的材料外，还要准备下面这些。',
    refused: '{bureau}：按已公开的规则，不受理这种情况。',
    unknown: '{bureau}：这种情况没有找到公开说明，无法判断是否受理。请先问你的接入商。',
    check: '{bureau}：公开规则对这种情况有专门说明，请逐条看下面的要求，拿不准时问你的接入商。',
    disputed:
      '{bureau}：各接入商的公开说明不一致（有的说不受理，有的说可以），下面两种说法都列出；请以你的接入商的答复为准。',
  } satisfies Record<BureauVerdict, string>,
  refusalsTitle: '不受理的依据',
  materialsTitle: '需要额外准备',
  notesTitle: '这个管局的其他要求',
  unknownTopics: '没有找到公开说明的方面：{topics}',
  /** Between the items of a list in a sentence. */
  listSeparator: '、',
  ruleLink: '规则与来源',
  others: '{province}还有 {count} 条其他公开要求（如网站名称、页脚备案号、域名数量），',
  pageLink: '查看{province}的全部要求',
  privacy: '本工具只在你的浏览器里运行，选择的内容不会发送或保存。',
  /** The rule topics, as the picker and the /provinces/ table name them. */
  topics: {
    跨省备案与居住证: '跨省备案与居住证',
    手机号归属地: '手机号归属地',
    年龄: '年龄',
    域名与网站数量: '域名与网站数量',
    网站名称额外限制: '网站名称额外限制',
    页脚备案号格式: '页脚备案号格式',
    材料与核验单: '材料与核验单',
    人脸核验方式: '人脸核验方式',
    其他: '其他',
  } satisfies Record<RuleTopic, string>,
  /** The /provinces/ table (ProvinceTable.astro). */
  table: {
    caption: '31 个省（自治区、直辖市）管局的备案要求一览',
    province: '省份',
    reviewLimit: '管局审核时限',
    days: '{days} 个工作日',
    /** After a cell: how many rules the topic has, when more than one. */
    count: '（共 {count} 条）',
    /** After a cell that shows the first sentence of a longer rule. */
    more: '……',
    none: '未找到公开说明',
    /** What the annotated 跨省 and 年龄 rules decide. */
    cells: {
      disputed: '说法不一',
      'cross.refused': '不受理外省个人',
      'cross.extra': '外省个人需本省居住证明',
      'cross.accepted': '受理外省个人',
      'minors.refused': '未成年人不受理',
      'minors.extra': '未成年人需额外证明',
    } satisfies Record<TopicCellCode, string>,
  },
  /** The sources list of the pages that summarise all provinces (ProvinceSources.astro). */
  sources: {
    /** After a source: which provinces cite it ({provinces}), or all of them. */
    some: '（{provinces}）',
    all: '（全部省份）',
  },
};

/** 域名能不能备案 (src/components/domain-check). */
const domainCheck = {};

/** 页脚备案号代码 (src/components/footer-check). */
const footerCheck = {};

// ── The dictionary ──────────────────────────────────────────────────────────────────────────────────────────────

export default {
  lang: 'zh-CN',
  pages,
  common,
  smsCheck,
  messageDecoder,
  deadlines,
  siteName,
  provincePicker,
  domainCheck,
  footerCheck,
};
