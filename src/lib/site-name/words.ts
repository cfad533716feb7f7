/**
 * The word lists behind 网站名称自查, each with the pages that say it and the date we last read them.
 * One file, one place: checkSiteName (./check.ts) compiles every list into a single matcher, the guide page lists
 * the same sources. Province-specific words are NOT here: they live in src/lib/provinces (rules of topic
 * '网站名称额外限制'), which this module reads.
 *
 * Shape checked by SiteNameWordsSchema (./schema.ts) in the unit tests, so the island does not ship zod.
 */

/**
 * A page that states a rule. `secondary`: a third-party article retelling providers' practice, shown as such.
 *
 * @example
 * const s: WordSource = { title: '青云文档《备案限制》', url: 'https://github.com/…/limit.md', checked: '2026-11-28' };
 */
export type WordSource = {
  title: string;
  url: string;
  /** YYYY-MM-DD: when the page was last read for this list. */
  checked: string;
  secondary?: boolean;
};

/**
 * What a list is about. `error` lists are refused everywhere; `warning` lists by many bureaus or providers.
 *
 * @example
 * const id: WordListId = 'national';
 */
export type WordListId = 'national' | 'illegal' | 'organisation' | 'interactive' | 'commercial' | 'regulated';

/**
 * One list of words. A word of a `regulated` list belongs to the sector named in `sector`.
 *
 * @example
 * WORD_LISTS.find((l) => l.id === 'national')?.words.includes('中国') // true
 */
export type WordList = {
  id: WordListId;
  /** Which subjects it concerns. */
  subjects: readonly ('personal' | 'organisation')[];
  level: 'error' | 'warning';
  /** Simplified-Chinese spelling; traditional and full-width forms are folded onto it before matching. */
  words: readonly string[];
  /** For `regulated` lists: the sector that needs 前置审批 (wording of the Huawei Cloud KB / 国务院令第292号 art. 5). */
  sector?: string;
  sources: readonly WordSource[];
};

const CHECKED = '2026-11-28';

/** The providers' pages the lists come from. */
export const SOURCES = {
  tencent: {
    title: '腾讯云文档《网站命名要求》（腾讯云国际站文档库，英文版）',
    url: 'https://github.com/tencentyun/intlcloud-documents/blob/0127ddcf2fe3ff8772d341af25779538fd4b7511/product/%E5%9F%9F%E5%90%8D%E4%B8%8E%E7%BD%91%E7%AB%99/%E7%BD%91%E7%AB%99%E5%A4%87%E6%A1%88/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E7%BD%91%E7%AB%99%E5%91%BD%E5%90%8D%E8%A6%81%E6%B1%82_intl.md',
    checked: CHECKED,
  },
  qingcloud: {
    title: '青云 QingCloud 文档《备案限制》（网站名称命名规则）',
    url: 'https://github.com/yunify/qingcloud-docs/blob/2714027158eef37c1a47b1bf8bc119337fb4e4a1/content/site/record/intro/limit.md',
    checked: CHECKED,
  },
  huawei: {
    title: '华为云 ICP 备案知识库《备案驳回咨询》（网站名称不符合要求、前置审批行业）',
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/f127b26da0b127466bc641fa9b8b3c5d26d0713d/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/%E5%A4%87%E6%A1%88%E9%A9%B3%E5%9B%9E%E5%92%A8%E8%AF%A2.md',
    checked: CHECKED,
  },
  bkzhishi: {
    title: '第三方文章《个人网站进行icp备案网站名字不能通过审核该如何起名字》（转述阿里云初审的命名规范和各省限制词）',
    url: 'http://www.bkzhishi.com/sh/1644.html',
    checked: CHECKED,
    secondary: true,
  },
} as const satisfies Record<string, WordSource>;

/**
 * Every list, in the order its messages are shown.
 *
 * @example
 * WORD_LISTS.filter((l) => l.level === 'error').map((l) => l.id) // ['national', 'illegal']
 */
export const WORD_LISTS: readonly WordList[] = [
  {
    id: 'national',
    subjects: ['personal', 'organisation'],
    level: 'error',
    words: ['中国', '中华', '国家', '中央', '全国', '人民', '人大'],
    sources: [SOURCES.qingcloud, SOURCES.tencent, SOURCES.huawei, SOURCES.bkzhishi],
  },
  {
    id: 'illegal',
    subjects: ['personal', 'organisation'],
    level: 'error',
    words: ['赌博', '博彩', '赌场', '色情', '反腐', '廉政', '彩票', '体彩', '刮刮乐'],
    sources: [SOURCES.tencent, SOURCES.bkzhishi],
  },
  {
    id: 'organisation',
    subjects: ['personal'],
    level: 'warning',
    words: ['公司', '企业', '集团', '组织', '机构', '协会', '工作室', '官网', '官方', '旗舰'],
    sources: [SOURCES.tencent, SOURCES.huawei, SOURCES.bkzhishi],
  },
  {
    id: 'interactive',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['论坛', '社区', '在线', '交流', '博客', '留言', '问答', '聊天', '社团'],
    sources: [SOURCES.qingcloud, SOURCES.huawei, SOURCES.bkzhishi],
  },
  {
    id: 'commercial',
    subjects: ['personal'],
    level: 'warning',
    words: ['平台', '商城', '购物', '交易', '电商', '网店', '营销', '贸易', '导航', '团购', '代购', '返现', '折扣', '定制', '报价'],
    sources: [SOURCES.qingcloud, SOURCES.bkzhishi],
  },
  {
    id: 'regulated',
    sector: '新闻',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['新闻', '资讯', '时事', '时政'],
    sources: [SOURCES.huawei],
  },
  {
    id: 'regulated',
    sector: '广播电影电视节目',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['视频', '影视', '电影', '电视', '直播', '广播', '视听'],
    sources: [SOURCES.huawei],
  },
  {
    id: 'regulated',
    sector: '医疗保健',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['医疗', '医院', '诊所', '问诊', '保健'],
    sources: [SOURCES.huawei],
  },
  {
    id: 'regulated',
    sector: '药品和医疗器械',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['药品', '医药', '药店', '器械'],
    sources: [SOURCES.huawei],
  },
  {
    id: 'regulated',
    sector: '教育',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['教育', '培训', '网校', '学校'],
    sources: [SOURCES.huawei],
  },
  {
    id: 'regulated',
    sector: '出版',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['出版'],
    sources: [SOURCES.huawei],
  },
  {
    id: 'regulated',
    sector: '文化（网络游戏、演出等）',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['游戏', '演出'],
    sources: [SOURCES.huawei],
  },
  {
    id: 'regulated',
    sector: '金融',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['金融', '理财', '贷款', '股票', '证券', '基金', '保险', '支付'],
    sources: [SOURCES.huawei, SOURCES.bkzhishi],
  },
];
