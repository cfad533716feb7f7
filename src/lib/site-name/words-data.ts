/**
 * The word lists behind 网站名称自查, each with the pages that say it and the date we last read them.
 * One file, one place: checkSiteName (./check.ts) compiles every list into a single matcher, the guide page lists
 * the same sources. Province-specific words are NOT here: they live in src/lib/provinces (rules of topic
 * '网站名称额外限制'), which ./province.ts reads. A data file: these are what names are matched against, never
 * sentences (those are the dictionary's, src/i18n).
 *
 * Shape checked by SiteNameWordsSchema (./schema.ts) in the unit tests, so the island does not ship zod.
 */
import type { RuleTopic } from '../provinces/vocabulary-data';
import type { ProvinceRule } from '../provinces/schema';
import type { Sector } from './codes';
import type { SourceId } from './sources-data';

/**
 * What a list is about. `error` lists are refused everywhere; `warning` lists by many bureaus or providers.
 *
 * @example
 * const id: WordListId = 'national';
 */
export type WordListId = 'national' | 'illegal' | 'organisation' | 'interactive' | 'commercial' | 'regulated' | 'place';

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
  /** For `regulated` lists: the sector that needs 前置审批 (Huawei Cloud KB / 国务院令第292号 art. 5); its name is in the dictionary. */
  sector?: Sector;
  /** Keys of SOURCES (./sources-data.ts): kept apart so that the island does not ship the addresses. */
  sources: readonly SourceId[];
};

/**
 * Every list, in the order its messages are shown. `national`: the words non-state names may not begin with (Aliyun's
 * and Huawei Cloud's "不得以…等字头命名"; QingCloud and Tencent Cloud refuse them anywhere in the name), exactly the
 * sources' list (全国 is in none of them).
 *
 * @example
 * WORD_LISTS.filter((l) => l.level === 'error').map((l) => l.id) // ['national', 'illegal']
 */
export const WORD_LISTS: readonly WordList[] = [
  {
    id: 'national',
    subjects: ['personal', 'organisation'],
    level: 'error',
    words: ['中国', '中华', '中央', '人民', '人大', '国家'],
    sources: ['aliyun', 'qingcloud', 'tencent', 'huawei', 'bkzhishi'],
  },
  {
    id: 'illegal',
    subjects: ['personal', 'organisation'],
    level: 'error',
    words: ['赌博', '博彩', '赌场', '色情', '反腐', '廉政', '彩票', '体彩', '刮刮乐'],
    sources: ['tencent', 'bkzhishi'],
  },
  {
    id: 'organisation',
    subjects: ['personal'],
    level: 'warning',
    words: ['公司', '企业', '集团', '组织', '机构', '协会', '工作室', '官网', '官方', '旗舰'],
    sources: ['tencent', 'huawei', 'bkzhishi'],
  },
  {
    id: 'interactive',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['论坛', '社区', '在线', '交流', '博客', '留言', '问答', '聊天', '社团'],
    sources: ['qingcloud', 'huawei', 'bkzhishi'],
  },
  {
    id: 'commercial',
    subjects: ['personal'],
    level: 'warning',
    words: [
      '平台',
      '商城',
      '购物',
      '交易',
      '电商',
      '网店',
      '营销',
      '贸易',
      '导航',
      '团购',
      '代购',
      '返现',
      '折扣',
      '定制',
      '报价',
    ],
    sources: ['qingcloud', 'bkzhishi'],
  },
  {
    id: 'regulated',
    sector: 'news',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['新闻', '资讯', '时事', '时政'],
    sources: ['huawei'],
  },
  {
    id: 'regulated',
    sector: 'broadcast',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['视频', '影视', '电影', '电视', '直播', '广播', '视听'],
    sources: ['huawei'],
  },
  {
    id: 'regulated',
    sector: 'medical',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['医疗', '医院', '诊所', '问诊', '保健'],
    sources: ['huawei'],
  },
  {
    id: 'regulated',
    sector: 'drugs',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['药品', '医药', '药店', '器械'],
    sources: ['huawei'],
  },
  {
    id: 'regulated',
    sector: 'education',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['教育', '培训', '网校', '学校'],
    sources: ['huawei'],
  },
  {
    id: 'regulated',
    sector: 'publishing',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['出版'],
    sources: ['huawei'],
  },
  {
    id: 'regulated',
    sector: 'culture',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['游戏', '演出'],
    sources: ['huawei'],
  },
  {
    id: 'regulated',
    sector: 'finance',
    subjects: ['personal', 'organisation'],
    level: 'warning',
    words: ['金融', '理财', '贷款', '股票', '证券', '基金', '保险', '支付'],
    sources: ['huawei', 'bkzhishi'],
  },
];

/**
 * The sectors 《互联网信息服务管理办法》(国务院令第292号) art. 5 names: 新闻、出版、教育、医疗保健、药品和医疗器械
 * (icp-facts §6b; 广播电影电视节目, 文化 and 金融 have their own rules and licences, not art. 5).
 *
 * @example
 * ARTICLE_5_SECTORS.includes('broadcast') // false
 */
export const ARTICLE_5_SECTORS: readonly Sector[] = ['news', 'publishing', 'education', 'medical', 'drugs'];

/**
 * The topic of the province rules that restrict site names (one of src/lib/provinces' RULE_TOPICS).
 *
 * @example
 * PROVINCE_NAME_TOPIC // '网站名称额外限制'
 */
export const PROVINCE_NAME_TOPIC = '网站名称额外限制' satisfies RuleTopic;

/**
 * Characters that, right after a word cut out of a name, show that they belonged to it (国家级, 人民路, 中国风 …):
 * a rename that would start a piece with one of them is not offered.
 *
 * @example
 * BOUND_START.includes('级') // true
 */
export const BOUND_START: readonly string[] = [
  ...'级路街道巷弄区县市省镇乡村的之式性化型版里内外上下方们者员号等及和与或在际籍旗歌徽庆产货风梦人队制',
];

/**
 * Endings that leave a name unfinished once a word after them is cut out (张三的个人博客 → 张三的个人, ABC科技有限公司
 * → ABC科技有限): a rename ending so is not offered.
 *
 * @example
 * BOUND_END.includes('有限') // true
 */
export const BOUND_END: readonly string[] = ['的', '之', '与', '和', '及', '或', '在', '个人', '有限', '股份', '责任'];

/**
 * The subjects a province rule concerns, by its `appliesTo`.
 *
 * @example
 * APPLIES_TO['全部'] // ['personal', 'organisation']
 */
export const APPLIES_TO: Readonly<Record<ProvinceRule['appliesTo'], readonly ('personal' | 'organisation')[]>> = {
  个人: ['personal'],
  单位: ['organisation'],
  全部: ['personal', 'organisation'],
};

/**
 * Characters that make a country's name with 国 (美国, 法国 …): 国家 right after one of them is not the word 国家
 * (美国家居).
 *
 * @example
 * COUNTRY_CHARS.includes('美') // true
 */
export const COUNTRY_CHARS: readonly string[] = [
  '美',
  '法',
  '德',
  '英',
  '韩',
  '泰',
  '俄',
  '意',
  '日',
  '印',
  '越',
  '中',
];

/**
 * The character that ends a country's name (美国) and starts 国家.
 *
 * @example
 * COUNTRY_END // '国'
 */
export const COUNTRY_END = '国';

/**
 * The pages that say personal site names may not contain place names (地名): Aliyun (不能使用个人姓名、地名、成语),
 * Tencent Cloud (specific location names), Huawei Cloud (地名 among the words personal names may not use). The
 * names themselves are ./places-data.ts.
 *
 * @example
 * PLACE_SOURCES.includes('huawei') // true
 */
export const PLACE_SOURCES: readonly SourceId[] = ['aliyun', 'tencent', 'huawei'];

/**
 * Words that say only that a site is a (personal) site, not what it is about: a name made of these and digits or
 * letters (123个人网站) says nothing of the content, which every provider asks a name to say.
 *
 * @example
 * GENERIC_WORDS.includes('网站') // true
 */
export const GENERIC_WORDS: readonly string[] = [
  '个人',
  '网站',
  '网页',
  '主页',
  '首页',
  '站点',
  '小站',
  '空间',
  '博客',
  '官网',
  '官方',
  '门户',
  '我的',
  '的',
  '网',
  '站',
];

/**
 * Longest name (汉字, letters and digits) Huawei Cloud suggests for a personal site: 3 to 10 characters.
 *
 * @example
 * LONG_PERSONAL_NAME // 10
 */
export const LONG_PERSONAL_NAME = 10;
