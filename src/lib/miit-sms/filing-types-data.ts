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

/**
 * Filing types that are never verified by SMS (facts §1: only 取消接入, which the provider does): an MIIT SMS naming
 * one is unusual, and both tools say so.
 *
 * @example
 * NO_SMS_FILING_TYPES.includes('取消接入') // true
 */
export const NO_SMS_FILING_TYPES: readonly (typeof FILING_TYPES)[number][] = ['取消接入'];

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

/**
 * Names in a sender's tag (【阿里云】, [Alibaba Cloud]) that sign a message as an access provider's, not the ministry's:
 * the brands, or any tag ending in 云 / "Cloud".
 */
export const PROVIDER_SIGN =
  /阿里云|万网|腾讯云|百度智能云|百度云|华为云|京东云|火山引擎|天翼云|移动云|联通云|沃云|金山云|优刻得|七牛|青云|西部数码|新网|美橙|景安|易名|云$|\b(?:Aliyun|Alibaba|Tencent|Baidu|Huawei|JD ?Cloud|Volcengine|UCloud|Qiniu|QingCloud|21Vianet)\b|\bCloud$/i;

/** The MIIT SMS's own marks in a message, whatever its tag says: its link, "核验链接" (a provider's notice may name 12381). */
export const MIIT_MARKS = /beian\.miit\.gov\.cn|核验链接/i;

/** The text says a code was sent again, or which code is the new or the old one: a resend happened. */
export const RESENT =
  /重发|重新发|再次发|再发|又发|又收到|重新获取|新的?验证码|新码|旧的?验证码|旧码|最新|上一条|\bresen[dt]|\bsent (?:it |me )?again|\bnew(?:er|est)? (?:code|SMS|one|message)|\bold(?:er)? (?:code|SMS|one|message)|\blatest\b/i;

/** The text speaks of several SMS in an order (or of a resend): its six-digit numbers are codes of those SMS. */
export const SEVERAL_SMS = new RegExp(
  RESENT.source + /|第[一二三四1-4]条|前一条|后一条|最后一条|先收到|后收到|后来收到/.source,
  'i',
);

/** Words next to a code that make it the later one of the SMS ("第二条（重发的）：774510", "the new code is 774510"). */
export const NEWER =
  /重发|重新发|再次|再发|又发|又收到|后来|后收到|第[二三四2-4][条次]|最新|新的|新验证码|新码|刚收到|刚刚|最后一条|后一条|\bresen[dt]|\bagain\b|\bnew(?:er|est)?\b|\blatest\b|\bsecond\b|\blater\b/gi;

/** Words next to a code that make it an earlier one ("第一条：209337", "209337 是上一条的", "the old one"). */
export const OLDER =
  /之前|以前|先前|早先|原来|旧|第[一1][条次]|上一条|前一条|先收到|过期|失效|\bold(?:er)?\b|\bfirst\b|\bearlier\b|\bprevious\b|\bexpired\b/gi;
