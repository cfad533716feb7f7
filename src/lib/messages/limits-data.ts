/**
 * The words ./limits.ts reads a notice's time limit with (patterns and number words; no sentences): counts ("7日内",
 * "十五个工作日内", "within 3 business days"), dates ("2026年12月20日前", "before 20 December 2026"), what makes a limit
 * the reader's (a request, a consequence) or someone else's (a review time, a validity), the notice's own date, and an
 * ID said to expire. All run on text normalised by src/lib/text (ASCII punctuation, simplified characters).
 */

const ZH_NUM = '(\\d{1,3}|[一二两三四五六七八九十]{1,3})';
/** 7日内, 3天内, 十五个工作日内, 48小时内; not the end of a range (1-2个工作日内) nor a date (12月20日内). */
export const ZH_COUNT = new RegExp(
  `(?<![\\d年月.~至到-])${ZH_NUM}个?(?:(工作日)|(小时)|自然日|日|天)(?:之内|以内|内)`,
  'g',
);
const ZH_DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}';
/** An hour after the day (18:00, 18时, 17点30分, 下午5点): captured as part of ZH_DATE_LIMIT's groups 2–5. */
const ZH_TIME = '(?: ?(上午|中午|下午|晚上)?(\\d{1,2})(?:[时点](?:(\\d{1,2})分|整)?|:(\\d{2})))?';
/** The part of the day that puts an hour under 12 after noon (下午5点 → 17:00). */
export const AFTERNOON = /^(?:下午|晚上)$/;
const ZH_TIME_PLAIN = '(?: ?(?:上午|中午|下午|晚上)?\\d{1,2}(?:[时点](?:\\d{1,2}分|整)?|:\\d{2}))?';
/**
 * 2026年12月20日前, 12月20日24时前, 12月8日18:00前, 2026-12-20之前; 截止日期:2026年12月20日, 最迟2026年12月20日.
 * Groups: 1 the day, 2–5 its hour (上午/下午…, hour, minutes after 时/点, minutes after a colon), 6 the day after 截止….
 */
export const ZH_DATE_LIMIT = new RegExp(
  `(?<!\\d)(${ZH_DAY})${ZH_TIME}(?:之前|以前|前|为止|截止)|(?:截止(?:日期|时间)?|最迟|最晚|不晚于)(?:为|是|:|于|在|到)?(${ZH_DAY})`,
  'g',
);
const EN_NUM = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)';
/** within 7 days, within 3 business days, within 48 hours. */
export const EN_COUNT = new RegExp(
  `\\bwithin ${EN_NUM} (?:(working |business )|(?:calendar |natural ))?(days?|hours?)\\b`,
  'gi',
);
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const EN_DAY = `\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\.?(?:,? \\d{4})?|(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{4}-\\d{1,2}-\\d{1,2}`;
/** before 20 December 2026, by December 31, 2026, no later than 2026-12-20. */
export const EN_DATE_LIMIT = new RegExp(
  `\\b(?:before|by|no later than|not later than|until)(?: the)? (${EN_DAY})(?![\\d-])`,
  'gi',
);

/** Asks the reader to act (in the clause before the limit). */
export const DIRECTIVE =
  /请|须|需|务必|应当|应于|应在|必须|要求|尽快|限|\b(?:please|must|should|required|need to|needs to|have to|has to|asked to)\b/gi;
/** {@link DIRECTIVE} for a test (no global state). */
export const DIRECTIVE_ONE = new RegExp(DIRECTIVE.source, 'i');
/** A clause that goes on from the one before ("并在…内", "and … within"): it takes that clause's request. */
export const CONTINUES = /^\s?(?:并且?|然后|同时|and\b|then\b)/i;
/** What happens after the limit (in the same sentence after it): it is the reader's. */
export const CONSEQUENCE =
  /逾期|否则|过期未|超期|届时未|未按期|\b(?:otherwise|failing|or else|if (?:you )?(?:do not|don't|fail))\b/i;
/** Between the request and the limit: a time someone else takes, or a validity. */
export const NOT_READERS =
  /审核|审批|初审|一般|预计|通常|大约|有效期|时限|周期|将在|将于|会在|我们|我司|\b(?:review|process|takes?|usually|typically|expected|valid|wait)\b/i;
/** Right after the limit: someone else's work, or a validity ("5分钟内有效", "20个工作日内审核完毕"). */
export const NOT_READERS_AFTER =
  /^(?:有效|完成(?:初审|审核)|审核|审结|办结|给予|答复|回复|反馈|出结果| ?(?:valid|to (?:review|process)))/i;

/** A full day, with its year (a notice's own date). */
const FULL_DAY = `(\\d{4}年\\d{1,2}月\\d{1,2}[日号]|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})`;
/** The date a notice was sent: one that starts a line (after a sender's tag), not followed by 前/起. */
export const NOTICE_DATE_LINE = new RegExp(
  `(?:^|\\n)(?:\\[[^\\]\\n]{0,24}\\])?${FULL_DAY}(?!${ZH_TIME_PLAIN}(?:之前|以前|前|为止|截止|起))`,
  'g',
);
/** A labelled date: 发送时间: 2026-12-10, Date: 2026-12-10. */
export const NOTICE_DATE_LABEL = new RegExp(
  `(?:发送时间|发送日期|通知日期|发布日期|发布时间|日期|\\bsent|\\bdate)\\s?:\\s?${FULL_DAY}`,
  'gi',
);
/** The start of the period, just before its count: 自2026年12月1日起(15个工作日内). */
export const PERIOD_START = new RegExp(`(?:自|从)?(${ZH_DAY})(?:起|开始)的?$`);

/** Number words of counts. */
export const EN_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/** An ID document said to expire (not "未过期"). */
const ID_WORDS = '证件|身份证|营业执照|执照|证照|护照|通行证|居住证';
export const ZH_EXPIRY = new RegExp(`(?:${ID_WORDS})[^,;!?\\n]{0,20}?(?<!未|没|不|没有|不会)(?:过期|到期|失效)`);
export const EN_EXPIRY =
  /\b(?:ID(?: card| document)?|identity (?:card|document)|passport|business licen[cs]e|residence permit)\b[^.;!?\n]{0,40}?(?<!not |n't |never )\b(?:expires?|expiring|will expire|expired|expiry)\b/i;

/**
 * A clause about the MIIT SMS verification, whose time limit MIIT fixes (24 hours from receipt): 短信核验, 工信部短信,
 * 短信验证, 验证码, beian.miit.gov.cn, "SMS verification". A bare 核验/验证 counts when the notice also speaks of an
 * SMS or a code; 真实性核验, 人脸核验, 活体… (the provider's own checks) do not.
 */
export const SMS_STEP = /短信核验|短信验证|核验短信|验证短信|工信部短信|验证码|beian\.miit\.gov\.cn|\bSMS\b/i;
export const BARE_CHECK = /(?<!真实性|人脸|活体|照片|资料|信息|身份)(?:核验|验证)|\bverif/i;
export const SMS_CONTEXT = /短信|验证码|工信部|\bSMS\b|\bMIIT\b/i;
export const NOT_SMS_STEP = /真实性核验|人脸|活体|照片|幕布|公安|beian\.mps/i;
/** The MIIT SMS's own time limit, in hours (24 hours from receipt). */
export const SMS_HOURS = 24;
