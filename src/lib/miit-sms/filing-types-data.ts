/**
 * Filing types the SMS can name (the word after 您的 in the verbatim SMS). 新增备案 is JD Cloud's name for 首次备案;
 * 取消接入 is a real type but has no SMS (facts §1), which the callers point out.
 *
 * @example
 * FILING_TYPES.includes('新增接入') // true
 */
export const FILING_TYPES = [
  '首次备案',
  '新增备案',
  '新增网站',
  '新增接入',
  '新增主体',
  '变更主体',
  '变更网站',
  '变更备案',
  '注销网站',
  '注销主体',
  '注销备案',
  '取消接入',
] as const;

/** How a text names the ministry (工业和信息化部, 工信部) or its SMS number. */
export const MIIT_NAMES = [
  '工业和信息化部',
  '工信部',
  'MIIT',
  '12381',
  'Ministry of Industry and Information Technology',
] as const;

/** The word of the verification step. */
export const VERIFY_WORD = '核验';

/** The labels a code stands next to, with the homophone typos people make (验证吗, 验证马, 验正码). */
export const CODE_LABELS = ['验证码', '校验码', '核验码', '验证吗', '验证马', '验正码'] as const;
