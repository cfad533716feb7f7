/**
 * Where the list of suffixes in ./suffixes-data.ts comes from: MIIT's own pages (the authority, which we could not
 * read) and the copies we did read, each with its date. Separate from the list so that the island, which needs only
 * the suffixes, does not carry the titles; the tool page lists them under 资料来源. Validated by ./schema.ts.
 */

/**
 * One source of the suffix list. `read`: whether we read this page ourselves (false for MIIT's pages, which we cite
 * as the authority but could not open); `secondary`: a copy or retelling, not the authority; `dated`: the date the
 * source gives for its own content ('' when it gives none); `checked`: when we read it.
 *
 * @example
 * const s: SuffixSource = { title: '工信部', url: 'https://domain.miit.gov.cn/managerdns/index', dated: '', checked: '2026-12-05', read: false, secondary: false };
 */
export type SuffixSource = {
  title: string;
  url: string;
  dated: string;
  checked: string;
  read: boolean;
  secondary: boolean;
};

const CHECKED = '2026-12-05';

/** The sources of the suffix list, by key. */
export const SUFFIX_SOURCES = {
  miit: {
    title: '工业和信息化部“域名行业管理信息公示”：域名注册管理机构审批情况（名单的原始出处）',
    url: 'https://domain.miit.gov.cn/managerdns/index',
    dated: '',
    checked: CHECKED,
    read: false,
    secondary: false,
  },
  tencent: {
    title:
      '腾讯云备案文档《备案域名准备说明》的“可备案的域名后缀”表（腾讯云注明更新于 2020-07-24，依据工信部的公示；我们读到的是这份文档被收进 errata-ai/vale 仓库测试文件的副本）',
    url: 'https://github.com/errata-ai/vale/blob/ef0455dee055b00ecb3b49996d95a191e1e21d31/fixtures/i18n/zh.md',
    dated: '2020-07-24',
    checked: CHECKED,
    read: true,
    secondary: true,
  },
  gist: {
    title: '网友整理的可备案后缀清单（GitHub Gist，未注明日期和出处，比腾讯云的表多出 30 多个较新的后缀）',
    url: 'https://gist.github.com/yueim/70dcbaa5ec5a13f2841893dfcf60a826',
    dated: '',
    checked: CHECKED,
    read: true,
    secondary: true,
  },
  v2flyIdn: {
    title:
      'v2fly/domain-list-community 的 tld-cn 数据文件（中文顶级域名部分注明依据工信部域名信息公示网站，2026-07-04 版）',
    url: 'https://github.com/v2fly/domain-list-community/blob/6ec401aa46054a83c92b07184a0b31fd065ca5d7/data/tld-cn',
    dated: '2026-07-04',
    checked: CHECKED,
    read: true,
    secondary: true,
  },
  v2flyMiit: {
    title:
      'v2fly/domain-list-community 的一次修改：按工信部“域名注册管理机构”页面，把 .asia、.baby、.chat、.hk、.poker、.quest、.tv、.香港 等标为有境内管理机构（2024-08-17）',
    url: 'https://github.com/v2fly/domain-list-community/commit/6af11e1558c1b24c7a82036d3b74f3e2b99095c1',
    dated: '2024-08-17',
    checked: CHECKED,
    read: true,
    secondary: true,
  },
  huawei: {
    title: '华为云 ICP 备案知识库《备案管局咨询》（党政机关用 .gov.cn 或 .政务，事业单位用 .cn 或 .公益）',
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/c54c1bccd55f9af238819168a954d4c6771e2389/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/%E5%A4%87%E6%A1%88%E7%AE%A1%E5%B1%80%E5%92%A8%E8%AF%A2.md',
    dated: '',
    checked: CHECKED,
    read: true,
    secondary: true,
  },
  huaweiDomain: {
    title:
      '华为云 ICP 备案知识库《备案域名咨询》（工信部批复的后缀和注册商在 domain.miit.gov.cn 查询；.gov.cn 的二级域名要单独备案）',
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/c54c1bccd55f9af238819168a954d4c6771e2389/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/%E5%A4%87%E6%A1%88%E5%9F%9F%E5%90%8D%E5%92%A8%E8%AF%A2.md',
    dated: '',
    checked: CHECKED,
    read: true,
    secondary: true,
  },
} as const satisfies Record<string, SuffixSource>;

/**
 * A key of SUFFIX_SOURCES.
 *
 * @example
 * const k: SuffixSourceId = 'tencent';
 */
export type SuffixSourceId = keyof typeof SUFFIX_SOURCES;
