/**
 * The words people search with and the words the guide uses (the 术语表 defines the same pairs). One table, read by
 * the search at both ends: a query's other spelling is replaced by the guide's word before searching, and a page
 * section that uses another spelling is indexed with the guide's word too.
 */

/**
 * Words that mean the same thing: every `other` spelling is searched as `term` (the guide's word).
 *
 * @example
 * SAME.find((s) => s.term === '接入商')?.other.includes('云服务商') // true
 */
export interface SameMeaning {
  /** The word the guide uses (the 术语表's term). */
  term: string;
  /** What people also type for it. */
  other: readonly string[];
}

/**
 * Words that mean different things but that people search for each other (`退回` when they were `驳回`):
 * a section using one is found by the other too, ranked below sections that use the word itself.
 *
 * @example
 * RELATED.some((r) => r.includes('驳回') && r.includes('退回')) // true
 */
export type Related = readonly string[];

/** @example SAME.length > 5 // true */
export const SAME: readonly SameMeaning[] = [
  { term: '接入商', other: ['云服务商', '云厂商', '接入服务商', '服务提供商', '服务商'] },
  { term: '底部', other: ['页脚', '页尾', '网页底部'] },
  { term: '管局', other: ['省通信管理局', '通信管理局', '通管局', '省管局'] },
  { term: '核验', other: ['验证'] },
  { term: '控制台', other: ['管理后台', '后台'] },
  { term: '核实电话', other: ['审核电话', '回访电话', '核验电话'] },
  { term: '公安备案', other: ['公安联网备案', '网安备案', '公网安备案'] },
  { term: '工信部', other: ['工业和信息化部'] },
  { term: '初审', other: ['初步审核'] },
  { term: '备案号', other: ['备案编号', '备案号码'] },
  { term: '许可证', other: ['经营许可证', '经营性许可证'] },
  { term: '幕布', other: ['背景布'] },
  { term: '外国人', other: ['外籍人士', '外籍'] },
  { term: '前置审批', other: ['前置许可', '前置审核'] },
  { term: '单位', other: ['企业', '公司'] },
  { term: '术语表', other: ['名词解释', '词汇表', '术语'] },
];

/** @example RELATED[0] // ['驳回', '退回'] */
export const RELATED: readonly Related[] = [
  ['驳回', '退回'],
  ['注销', '取消接入'],
];

/**
 * Words that contain another spelling but are terms of their own and must never be rewritten
 * (`验证码` is not `核验码`).
 *
 * @example
 * KEEP.includes('验证码') // true
 */
export const KEEP: readonly string[] = ['验证码', '校验码'];
