/**
 * The pages the word lists of ./words.ts come from (title, address, date read). Separate from the lists so that
 * the island, which only needs the words, does not bundle them; the guide pages list them under 资料来源.
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

const CHECKED = '2026-11-28';

/** The providers' pages the lists come from. */
export const SOURCES = {
  aliyun: {
    title: '阿里云备案文档（旧版，第三方存档）：填写主体信息和网站信息（附录：单位和个人网站命名要求）',
    url: 'https://github.com/alipannu12121/icp/blob/0705405ab8be87d9bfc0c3afa2fcdfaa40de9af3/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E6%B5%81%E7%A8%8B%EF%BC%88PC%E7%AB%AF%EF%BC%89/%E5%A1%AB%E5%86%99%E4%B8%BB%E4%BD%93%E4%BF%A1%E6%81%AF%E5%92%8C%E7%BD%91%E7%AB%99%E4%BF%A1%E6%81%AF.md',
    checked: '2026-12-05',
  },
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
    title:
      '《个人网站进行icp备案网站名字不能通过审核该如何起名字》（bkzhishi.com，转述阿里云初审的命名规范和各省限制词）',
    url: 'http://www.bkzhishi.com/sh/1644.html',
    checked: CHECKED,
    secondary: true,
  },
} as const satisfies Record<string, WordSource>;

/**
 * A key of SOURCES.
 *
 * @example
 * const id: SourceId = 'qingcloud';
 */
export type SourceId = keyof typeof SOURCES;
