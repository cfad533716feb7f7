import type { FilingType } from '../miit-sms';

/**
 * The words the message reader looks for, as data (no sentences for readers here: those are in src/i18n). Every
 * pattern runs on normalised text (src/lib/text: simplified characters, ASCII punctuation, spaces kept only between
 * ASCII characters) one clause at a time, and every match attempt is bounded (literal alternatives, gaps of at most
 * a few characters), so a scan is linear in the text.
 *
 * Evidence, not sentences: each pattern says one thing about a message — which stage it speaks of (the provider's
 * 初审, the MIIT SMS, the 管局, after approval), what happened (passed, submitted, returned, rejected, failed,
 * expired, wrong, pending on others), and whether that is stated as a fact (not a condition, a question, a future,
 * an instruction or a negation). ./events.ts combines them.
 */

/** Providers by their English names (international sites, AWS China's operators, Azure China's). */
const PROVIDERS_EN =
  '(?:alibaba cloud|aliyun|tencent cloud|huawei cloud|jd cloud|baidu (?:ai )?cloud|volcengine|volcano engine|ucloud|china telecom cloud|ctyun|kingsoft cloud|qiniu|west\\.cn|sinnet|nwcd|21vianet|amazon web services|aws(?: china)?|azure(?: china)?|(?:access|service|hosting|cloud) provider)';

/** The same, named in English with the provider as reviewer ("Huawei Cloud review passed", "approved by Sinnet"). */
const FIRST_STAGE_EN = `\\b${PROVIDERS_EN}(?:'s)? (?:preliminary |initial |first )?(?:review|check|audit|verification team)|\\b${PROVIDERS_EN} (?:has )?(?:returned|rejected|declined|approved|passed|accepted)|(?:reviewed|approved|passed|accepted|checked|verified|returned|rejected|declined) by (?:the )?${PROVIDERS_EN}`;

/** The provider's first review (初审) named as a stage, including "<provider>审核" (also in English). */
export const FIRST_STAGE = new RegExp(
  String.raw`核验(?:视频|照片|单)|视频核验|人脸核验|真实性核验|幕布|初审|初步审核|预审|接入商审核|服务商审核|(?:阿里云|腾讯云|京东云|华为云|西部数码|百度智能云|百度云|火山引擎|ucloud|天翼云|移动云|联通云|金山云|七牛云|新网|万网|美橙|景安|青云|小鸟云)(?:的)?(?:备案)?(?:审核|审查)|我司(?:的)?审核|本公司(?:的)?审核|初审结果|(?:preliminary|initial|first|primary) (?:review|check|audit)|pre-?review|(?:provider|our)(?:'s)? (?:review|check)|` +
    FIRST_STAGE_EN,
  'i',
);

/** The provincial bureau (管局) or the ministry acting as it in people's words. */
export const BUREAU =
  /管局|通管局|通信管理局|工信部审核|工信部已|communications? (?:administration|authority|management bureau)|telecom(?:munications)? (?:administration|authority)|\bbureau\b|\b(?:the|provincial|local) administration\b|(?:to|by|from) (?:the )?MIIT\b(?! (?:SMS|text|verification|code))|MIIT (?:review|approval)/i;

/** The 公安 filing (a different filing, never an ICP approval). */
export const POLICE =
  /公安|公网安备|网安备|网安部门|联网备案|互联网安全管理服务平台|beian\.mps\.gov\.cn|public security|\bMPS\b|police (?:filing|registration|record)/i;

/** SMS verification as the subject (核验/验证 of the SMS step, the verification record). */
export const VERIFY =
  /(?<!真实性|人脸|视频)核验(?!视频|照片|单)|验证(?!码)|校验(?!码)|(?<![检体试考查])验(?:完|好了|过了)|verif(?!ication (?:photo|video|form))|validat/i;

/** The code itself. */
export const CODE_WORD = /验证码|校验码|核验码|\bcode\b|\bOTP\b/i;

/** A filing-number word. */
export const NUMBER_WORD =
  /备案号|许可证号|ICP备|filing number|ICP number|recordal number|license number|licence number/i;

/** Passed / approved / done. */
export const PASS =
  /批下来|批准了|批了下来|已批复|审核通过|审核已完成|已完成审核|合格|\bqualified\b|审批通过|已通过|通过了|通过审核|通过审批|核准|已批准|备案成功|成功备案|已完成备案|备案已完成|备案完成|备案流程已全部完成|已下发|下发了|已分配|已核发|已生效|\bapproved\b|\bpassed\b|went through|got approved|has been granted|was granted|granted|\bAPPROVED\b/i;

/** The affirmative forms of "passed" without a subject, checked for a negation just before them. */
export const PASS_BARE =
  /(?:已|审核|审批|初审|核验|验证|均|都|顺利|成功|结果:?)通过|通过(?=了|$|[,.;!?\s])|(?:初审|审核|审批|管局)(?:已经|已|也|都|终于|总算)?过了/;
/** After 通过: "via" someone to do something (通过接入商提交变更), not "passed". */
export const VIA = /^[^,.;]{0,10}?(?:提交|办理|申请|发送|登录|上传|联系|进行|获取|查询|修改|更新)/;
/** A review word right after 通过 makes it "passed (the review)". */
export const REVIEW_WORD = /^[^,.;]{0,8}?(?:审核|初审|审批|核验|验证|review|check)/i;

/** Submitted to (a stage). */
export const SUBMIT =
  /报到|报给|报上去|交到|递到|递交到|提交至|提交到|提交给|报送|转交|转至|递交|送审|已提交|提交了|已经提交|提交管局|提交通管局|提交通信管理局|submitted to|forwarded (?:it |them |the \w+ )?to|sent to the|has been submitted|was submitted|passed on to|handed (?:over )?to|(?:is|are) now (?:with|at) the/i;

/** Under review. */
export const IN_REVIEW =
  /审核中|正在审核|(?:还|仍|仍然|依然|一直)在审|still (?:reviewing|being reviewed|under review|in review)|审核阶段|待审核|审核期间|审核进行中|审核处理中|正在处理|处理中|核查中|under review|being reviewed|in review|pending review|is reviewing|awaiting (?:the )?review|waiting for (?:the )?review|review(?::| is)? ?(?:in progress|ongoing|underway|pending)|reviewing (?:it|your|the)|pending (?:[a-z]+ ){1,3}review|review queue|status:\s?(?:under |in |pending )?(?:the )?(?:[a-z]+ ){0,3}review\b(?!\s?(?:passed|failed|rejected|completed|done|result))/i;

/** Sent back by the 管局 or the system. */
export const RETURN = /退回|打回|被退|\breturned\b|sent (?:it |them |the \w+ )?back|bounced/i;

/**
 * Sent back by the ministry's system, the filing system or a 管局 ("已被工信部系统驳回", "被管局退回"): a return (退回)
 * whatever the word, not the provider's 驳回. (A provider's own filing system, "阿里云备案系统", is not one.)
 */
export const OFFICIAL_RETURN =
  /(?:(?:工信部|工业和信息化部)(?:备案)?(?:管理)?系统|(?<![云网商码])备案(?:管理)?系统|工信部|工业和信息化部|管局|通管局|通信管理局)(?:已经?|直接|予以|给予?)?(?:驳回|退回|打回)|(?:returned|rejected|sent back) by (?:the )?(?:MIIT|ministry|(?:ICP )?filing system|bureau|communications? administration)/i;

/**
 * "Not passed yet" (尚未通过, 还没(有)通过, 还未通过, 暂未通过, 暂时没有通过): what stands just before a REJECT match that
 * makes it still pending, not a failure.
 */
export const NOT_YET_BEFORE = /(?:尚|还|暂|暂时|仍|仍然|依然|至今|迄今|目前还|现在还)$/;
/** The same anywhere in a text, and in English ("not approved yet"): the filing is still being reviewed somewhere. */
export const NOT_YET_PASSED =
  /(?:尚|还|暂|暂时|仍|仍然|依然|至今|迄今)(?:未|没有?)(?:审核|审批)?通过|\bnot (?:been )?(?:approved|passed) yet\b|\bnot yet (?:been )?(?:approved|passed)\b/i;
/** Words near a "not passed" that make it a failure after all: a reason, a return, something to correct. */
export const FAILURE_NAMED = /原因|理由|意见|退回|驳回|打回|修改|重新提交|整改|reason|returned|rejected|correct/i;

/** Turned down (驳回 is the provider's word; 审核不通过 anyone's). */
export const REJECT =
  /驳回|未通过|不通过|没通过|没有通过|不予通过|审核失败|审核未过|被拒|拒绝|\brejected\b|not approved(?! yet)|(?:did not|didn't|refused to) approve\b|did not pass|didn't pass|failed (?:the )?(?:preliminary|initial|first)? ?review|(?:preliminary|initial|first|provider's) review (?:has |was )?(?:failed|unsuccessful|not passed)|\bdeclined\b|\bdisapproved\b/i;

/** Failed (the verification). */
export const FAIL = /失败|不成功|没成功|没有成功|未成功|未能成功|\bfailed\b|unsuccessful/i;

/** Expired. */
export const EXPIRED =
  /过期|失效|超时|超过有效期|过了有效期|超过24小时|超过了24小时|已超24小时|expired|no longer valid|timed out|out of date/i;

/**
 * Expiry warned of or asked about, not stated ("不然过期", "要过期了", "快过期了", "什么时候过期", "多久过期", "会不会
 * 过期"): what stands just before an EXPIRED match that makes it a warning or a question, not an expired code.
 */
export const EXPIRY_AHEAD =
  /(?:不然|要不然|否则|要不|免得|以免|省得|怕|担心|快|快要|就要|要|将要|即将|马上|会|会不会|会不|容易|什么时候|啥时候|何时|几时|多久|多长时间|几点|哪天|是否|有没有)(?:就|会|都|也)?$/;

/** Wrong. */
export const WRONG =
  /错误|有误|不正确|不对|填错|输错|不匹配|不一致|incorrect|\bwrong\b|invalid|(?:does|do|did)(?: not|n't) match|mismatch|not correct/i;

/** Done / succeeded (of a verification). */
export const DONE =
  /搞掂|搞定|完成|成功|通过|弄好|(?:核验|验证|验)(?:完|好)(?!成)|successful|succeeded|completed|\bdone\b|verified|validated|went through|(?:is|are|was|were|now|all|fully|been) complete\b|\bfinished\b/i;

/** "all of it" for the all-done result. */
export const ALL =
  /全部|都已|均已|所有|两位(?:负责人)?都|都(?:完成|核验|验证)|\ball\b|fully|everyone|everybody|both|each (?:person|verifier)/i;

/** Someone else than the reader (for "others still have to verify"). */
export const OTHER_ACTOR =
  /(?:网站|主体)负[责则]人|其他|其它|另一|另外|别的|对方|网站负责人|主体负责人|法人|负责人|同事|老板|other|another|the (?:website|site|entity|subject) (?:owner|person|principal|contact)/i;
/**
 * Someone else than the reader, in Chinese: the other 负责人 by role, or by who they are to the reader (老板, 老婆,
 * 客户…), as people say it when two people verify one order ("老板那边还没弄", "我老婆的还没做").
 */
export const OTHER_PERSON =
  /(?<!尊敬的|亲爱的)(?:其他|其它|另一|另外(?:一|那)?(?:个|位)|对方|别人|他人|(?:网站|主体)负[责则]人|法人|同事|老板|老婆|老公|爱人|媳妇|妻子|丈夫|客户|领导|上司|合伙人|股东|家人)/;
/**
 * A status after a 负责人's role, as a console lists them ("网站负责人：未完成", "主体负责人 待核验"): that person has not
 * verified yet.
 */
export const ROLE_PENDING =
  /(?:网站|主体)负[责则]人\s?(?:[^\s,.;:]{1,4}\s?)?:?\s?(?:状态\s?:?\s?)?(?:未完成|待完成|未核验|待核验|未验证|待验证|还没核验|还没验证|尚未核验|尚未完成)/;
/**
 * The reader speaking of their own part, just before "done" ("我的核验通过了", "我这边核验通过了", "我已经验完了", "my
 * part is done"): one part, not all of it. (我们, "we", is not one part.)
 */
export const OWN_PART =
  /(?:我|本人)(?:的|这边|这里|这儿|自己|个人)|我(?:已经?|也|刚刚?|终于|今天|总算)?(?:的)?(?:短信)?(?:核验|验证|验)|\b(?:my (?:own )?(?:part|verification|SMS verification|side|bit|one)|mine)\b|\bI(?:'ve| have)? (?:already |just |now )?(?:verified|validated|completed|finished|done)\b/i;
/** Waiting for someone named by who they are to the reader, to verify ("等别人核验", "等老板验一下"). */
export const OTHERS_WAIT_PERSON = new RegExp(
  String.raw`(?:等待|等|还需|还要|还得|需要等)[^,.;您你]{0,4}(?:${OTHER_PERSON.source})(?:那边|那里|的)?[^,.;您你]{0,4}?(?:核验|验证|验|弄|操作|做)`,
);
/**
 * Someone else named, then not done yet in everyday words ("老板那边还没弄", "我老婆的还没做", "另一个人还没完成"):
 * read only when the text speaks of verification.
 */
export const OTHERS_NOT_DONE = new RegExp(
  String.raw`(?:${OTHER_PERSON.source})[^,.;您你]{0,12}?(?:还没有?|还未|尚未|没有?|未)[^,.;]{0,4}?(?:核验|验证|验|弄|做|操作|完成|搞|办|收到)`,
);
/** One person left ("还差一个人", "就差一位", "还差老板的"): someone else still has to verify. */
export const ONE_LEFT = new RegExp(
  String.raw`(?:还差|就差|只差|还剩)\s?(?:(?:一|1|两|2)\s?(?:个|位)(?:人|负责人)?(?![^,.;]{0,3}(?:材料|资料|文件|照片|视频|步|天|小时|分钟|工作日))|(?:${OTHER_PERSON.source}))`,
);
/** Someone else named, then still to verify ("网站负责人还未核验", "对方尚未验证", "the other has not verified"). */
export const OTHERS_NOT_YET = new RegExp(
  String.raw`(?:${OTHER_PERSON.source}|另外|别的|other|another)[^,.;]{0,24}(?:还没|还未|尚未|未|待|还需|仍需|尚需|还要|还得|需要|has not|hasn't|have not|still)[^,.;]{0,8}(?:核验|验证|verif)|(?:尚未|还未|还没|未)(?:核验|验证)的[^,.;]{0,4}(?:负责人|人)|(?:not yet|yet to) verif`,
  'i',
);
/** The people who verify, named in English (for "the entity's responsible person has not verified yet"). */
export const ACTOR_EN =
  /\b(?:other|another|second|remaining) (?:person|people|verifiers?|responsible|contacts?|principal|one|party|parties|leader|owner|admin)|(?:other|another) (?:person|one) in charge|(?:entity|website|site|subject|company)(?:'s)? (?:responsible person|person in charge|owner|leader|principal|contact|admin(?:istrator)?|manager|head)|legal (?:rep(?:resentative)?|person)\b|\b(?:my|our) (?:colleague|boss|partner|director|manager|GM|CEO|co-?founder)|\bthe (?:GM|CEO|director|boss)\b|\bother verifiers?\b/i;

/** Still waiting for. */
export const WAITING =
  /等待|等|还需|尚需|仍需|还要|还得|需要|需|待|尚未|还没|还未|waiting|wait for|still (?:need|has|have|must)|pending/i;

/** Provider 初审 phone call. */
export const PHONE_CALL =
  /电话|致电|来电|回访|外呼|电联|phone call|call you|will call|contact [^.;]{0,40}by (?:phone|telephone)|keep (?:the |your )?(?:mobile )?phone (?:on|available|reachable)|answer the phone/i;

/** Material requests and photo/video problems. */
export const MATERIALS =
  /重拍|需(?:要)?补充|资料需补|材料需补|请上传|上传(?:[^,.;]{0,6})(?:证书|证明|照片|文件|核验单)|重新拍摄|重新拍|重新上传|重新录制|补充材料|补充资料|补交|补传|补充提交|补充上传|提供(?:[^,.]{0,10})(?:证明|材料|资料|核验单|审批|许可|文件)|核验单|真实性核验单|前置审批|审批文件|照片不合格|照片不符合|(?:照片|视频|幕布|人像|背景|头像|核验照)[^,.;]{0,12}(?:不合格|不符合|不清晰|模糊|反光|遮挡|挡住|不清楚|不达标|不通过|未通过|有问题)|(?:戴|摘)眼镜|露出耳朵|耳朵|re-?upload|re-?take|re-?shoot|re-?record|record (?:it |the video )?again|take (?:a )?new (?:photo|picture)|additional (?:documents?|materials?|files?)|supplementary|further (?:documents?|materials?)|missing (?:documents?|materials?)|authenticity verification form|verification form|pre-?approval|\b(?:upload|provide|submit|send)\b[^,.;]{0,60}(?:form|certificate|proof|licen[cs]e|scan|permit|statement|document|photo|picture|video)|(?:photo|picture|video|image|backdrop|background|headshot|portrait)[^,.;]{0,40}(?:not accepted|rejected|unqualified|does not meet|did not meet|doesn't meet|not (?:clear|compliant|acceptable)|blurry|unclear|failed|invalid)|(?:wearing|wears|remove (?:the |your )?)glasses|ears (?:are )?(?:not )?(?:visible|covered|shown)/i;

/** After approval: a spot check or an update request. */
export const INFO_CHECK =
  /核查|抽查|专项检查|信息更新|更新(?:[^,.]{0,6})(?:手机|电话|邮箱|联系方式|信息)|证件(?:即将)?(?:过期|到期)|身份证(?:即将)?(?:过期|到期)|域名(?:已)?(?:过期|到期)|无法访问|打不开|内容(?:[^,.]{0,6})不符|不一致|整改|spot[- ]check|routine check|random check|information check|inspection|verification of (?:filing )?information|update (?:your |the )?(?:ICP )?(?:filing )?(?:contact|phone|mobile|e-?mail|information|details)|(?:ID|identity|passport|document|certificate|licen[cs]e)[^.;]{0,50}(?:about to expire|will expire|expires|expiring|has expired|expired)|domain(?: name)? (?:has |had |is )?(?:expired|expiring)|\bdomain\b[^;]{0,40}(?:has|had|is) (?:expired|expiring)\b|(?:website|site|domain)[^.;]{0,30}(?:inaccessible|unreachable|not accessible|cannot be (?:accessed|reached|opened)|could not be (?:accessed|reached|opened)|can't be (?:accessed|reached|opened)|not (?:be )?reachable)|could not reach|cannot reach|unable to reach|(?:mobile|phone|number|e-?mail)[^.;]{0,40}(?:cannot|could not|can't) be (?:reached|contacted|connected)|(?:phone|mobile|number|e-?mail(?: address)?) (?:is|are|was) (?:invalid|unreachable|out of service|no longer in use)|filing information (?:verification|audit)|information (?:needs|has|must) (?:to )?be updated|(?:does not|doesn't|do not|did not) match (?:the )?(?:filed|filing|registered|recorded)|rectif/i;

/** 空壳. */
export const SHELL = /空壳|(?:empty[- ])?shell (?:site|website|record|filing|entity|subject)|empty[- ]shell/i;

/** 取消接入. (Inside one clause a '.' only stands in a host or a number: English gaps may run over it.) */
export const ACCESS_CANCEL =
  /取消接入|取消[^,.;]{0,8}的接入|接入已取消|接入信息已(?:被)?(?:取消|删除)|cancel(?:led)? (?:the )?access|access (?:has been |was )?cancell?ed|\baccess\b[^;]{0,60}(?:has been|was|is now|is|will be|is (?:scheduled|going|due|about) to be) (?:cancell?ed|removed|terminated|revoked|withdrawn)|(?:removed|cancell?ed|terminated|withdrew|withdrawn) (?:the |your )?(?:website'?s? )?(?:access|hosting) (?:record|information|service|relationship)|access record[^.;]{0,30}(?:removed|deleted|cancell?ed)|access cancell?ation (?:is |has been )?(?:complete|completed|done|processed)/i;

/** 注销 done. */
export const CANCELLED = /注销/;
/**
 * In English: the filing, its number (甘ICP备…号 as the subject) or the entity/website deregistered, and a console's
 * Chinese 注销 label with an English result after it ("注销主体 completed").
 */
export const CANCELLED_EN =
  /(?:filing|record|recordal|registration|number) (?:has been |was )?(?:cancell?ed|revoked|deregistered|removed)|ICP备\d{4,}号(?:-\d{1,3})?\s?(?:has been|was|is now|have been|were) (?:successfully )?(?:cancell?ed|revoked|deregistered|withdrawn)\b|\b(?:entity|website|site)\b(?:(?!domain)[^,;]){0,40}(?:has been|was|is now|have been|were) (?:successfully )?deregistered\b|注销(?:主体|网站|备案)\s?:?\s?(?:is |has been |was )?(?:completed?|done|successful|succeeded|processed|approved)\b|(?:filing|record|recordal|registration|ICP number)[^;]{0,40}(?:has been|was|is now|have been|were) (?:successfully )?(?:cancell?ed|revoked|deregistered|withdrawn)|deregistration (?:is |has been )?(?:complete|processed|approved)|deregist\w*[^.;]{0,80}(?:has been|was) (?:processed|completed|approved)|cancell?ation (?:of [^.;]{0,40})?(?:is |has been |was )?(?:complete|completed|processed|approved|successful|done)|(?:request|application) to cancel[^.;]{0,40}(?:has been|was|is) (?:completed|complete|processed|approved)/i;

/** The verification record could not be found, or a public query found nothing. */
export const NO_RECORD =
  /未找到|can'?t find|cannot find|couldn'?t find|找不到记录|找不到相关|查不到|未查询到|未查到|没有查询到|没查询到|没有查到|没查到|查无|没有找到|没找到|记录不存在|无相关记录|无记录|没有记录|no record|not found|(?:record|verification|application|entry)[^,.;]{0,12}(?:does not|doesn't|did not|didn't|do not|don't|no longer) exists?\b|\bno such (?:\w+ )?(?:record|verification|application|entry)\b|no matching record|could not find|(?:cannot|can't|could not|couldn't) be found|no (?:relevant |matching )?(?:results?|information|data|records?)(?: (?:was |were )?found)?\b|nothing (?:was )?found/i;

/** Already verified: no need to submit again. */
export const ALREADY =
  /唔需要再|唔使重复|唔使再|唔洗再|无需重复|不用重复|不需要重复|不必重复|(?:不需要|不用|无需|不必)再(?:次)?(?:提交|核验|验证)|已经核验过|已核验过|已验证过|already (?:been )?verified|no need to (?:re-?submit|submit|verify|do)(?: it| this)? again|(?:do not|don't|does not|doesn't) need to (?:be )?(?:submit|verif)\w*(?: it)? again|no need to re-?(?:submit|verify)/i;

/** Resend tab. */
export const RESEND_LIMIT =
  /(?:不能|无法|没法)再(?:次)?重发|次数(?:已经)?到顶|没有重发次数|重发次数不足|重发次数(?:已)?(?:到|达)(?:上限|上线)|重发次数[^,.;]{0,4}(?:用完|用光|没了|已满|超过|超了)|次数已(?:到|达)上限|重发[^,.]{0,8}(?:上限|用完|用光|超过|最多)|resend limit|no more resends|maximum (?:number of )?resends|resen(?:d|ds|ding|t)\b(?:(?!not\b|n't|never\b)[^,.;]){0,30}(?:reached|exceeded|hit) (?:the |its |their )?(?:upper |maximum |daily )?(?:limit|maximum|max|cap)\b|(?:reached|exceeded|hit) (?:the )?(?:upper |maximum |daily )?(?:limit|maximum|max|cap)\b[^,.;]{0,20}resen|(?:cannot|can't|can no longer) be resent|too many resends|(?:won't let me|can't|cannot|unable to|no longer able to) resend/i;
export const RESEND_SENT =
  /(?:重新|从新)发(?:过去|出去|送)了|已经(?:重新|从新)发|新的[^,.;]{0,6}验证码已(?:经)?发|验证码已(?:经)?(?:重新)?发(?:送)?到|已重发成功|重发成功|已重新发送|重新发送成功|重新发送了|已经重发|已重发|resent successfully|has been resent|code (?:has been |was )?resent|new (?:verification )?(?:SMS|code|text message)(?: code)? (?:has been |was |is )?(?:sent|on its way)|(?:code|SMS) (?:has been |was )?sent again/i;
export const RESEND_NONE =
  /没有在等[^,.;]{0,4}核验|用不着重发|不必重发|暂无待(?:短信)?核验|无待(?:短信)?核验|没有待(?:短信)?核验|(?:暂时|暂)?没有(?:需要|待)[^,.;]{0,4}核验|无需重发|不用重发|不需要重发|nothing to resend|no pending (?:SMS )?verification|no need to resend|no (?:filing )?(?:applications?|requests?|filings?) (?:currently )?(?:awaiting|pending|waiting for|that needs?)/i;

/** The verification SMS could not be sent or delivered: not a failed verification (nothing to re-enter on the page). */
export const SMS_NOT_SENT =
  /(?:发送|发出|下发|送达|投递)(?:失败|不成功|未成功|没成功)|(?:短信|验证码)[^,.;]{0,6}(?:发不出|发不了|没发出|未发出|没有发出|未能发(?:送|出)|无法发(?:送|出)|发送不了)|(?:SMS|text message|code|message)[^.;]{0,30}(?:could not|couldn't|cannot|can't|failed to|was unable to|could not be|cannot be) (?:be )?(?:sent|delivered|send|deliver)\b|(?:sending|delivery) (?:of [^.;]{0,30})?(?:failed|was unsuccessful|unsuccessful)|undeliverable/i;

/** A return after a clause that says the verification timed out or failed ("您的短信核验已超时，备案订单已被…驳回"). */
export const CAUSE_BEFORE_RETURN =
  /((?:工信部短信|短信|核验|验证)[^,.;!?\n]{0,10}?(?:超时|失败|过期|未完成|没完成|没有完成))\s?,[^,.;!?\n]{0,20}?(?:退回|驳回|打回)/;

/** A return (退回, 驳回) with its cause before it: "因短信核验超时被管局退回", "因核验超时，备案被退回". */
export const CAUSE_OF_RETURN =
  /(?:因为|由于|(?<!原)因)([^,.;!?\n]{2,40}?)(?:,[^,.;!?\n]{0,10}?)?(?:而|已经?)?(?:被|遭)?(?:管局|通管局|通信管理局|接入商|服务商|系统)?(?:退回|驳回|打回)/;

/** A sender that speaks as the ministry or a 管局: a tag ([工信部], [广东省通信管理局], [MIIT]) or a heading (工信部提醒:). */
export const OFFICIAL_TAG =
  /^\s?\[[^\]]{0,16}(?:工信部|工业和信息化部|通信管理局|通管局|管局|MIIT|Ministry of Industry|Communications? Administration)[^\]]{0,16}\]|^\s?(?:工信部|工业和信息化部|[^\s,.;:[]{2,5}通信管理局|MIIT)\s?(?:提醒|通知)?\s?:/i;
/** The same, as the ministry itself (a private mobile number in its name is a scam sign). */
export const MINISTRY_TAG = /工信部|工业和信息化部|MIIT|Ministry of Industry/i;

/** Contact through a private channel: QQ, WeChat, Telegram, WhatsApp (an account or number given, or "add … on"). */
export const PRIVATE_CONTACT =
  /(?:加|添加|联系|咨询|私信|扫码加)[^,.;]{0,6}(?:微信|QQ|企业微信|WeChat|Telegram|WhatsApp)|(?:微信|QQ)(?:号|群)?\s?[:：]?\s?[A-Za-z0-9][\w-]{4,19}|\b(?:add|contact|message|text|reach)\b[^.;]{0,30}\b(?:on|via|through|by) (?:WeChat|QQ|Telegram|WhatsApp)\b|\b(?:WeChat|QQ|Telegram|WhatsApp)(?: ID| number| account)?\s?:\s?[A-Za-z0-9+][\w-]{3,19}/i;
/** A private mobile number to call or write to ("请致电专员 139…"). */
export const PRIVATE_NUMBER =
  /(?:联系|致电|拨打|回电|加|\b(?:call|contact|ring|text|phone|WhatsApp)\b)[^,.;]{0,10}(?<!\d)1[3-9]\d{9}(?!\d)/i;

/** The three ways a verification failure is worded on the page (status 21, 2, 0). */
export const FAIL_PROVIDER =
  /向[^,.;]{0,3}(?:接入商|服务商)(?:查询|咨询|询问)|ask (?:my|your|the) (?:access )?provider|(?:联系|咨询|询问|问|找)(?:一下)?[^,.;]{0,3}(?:接入商|服务商|云服务商|客服)|(?:contact|ask|check with|reach out to) (?:your |the |my |our )?(?:access |service |hosting |cloud )?provider/i;
export const FAIL_INFO =
  /(?:资讯|资料|信息)填(?:写)?正确|把[^,.;]{0,6}填(?:写)?正确|(?:输入|填写|填入|提供)?正确的?信息|(?:信息|资料|输入|填写|填的|手机号|证件号|后六位)[^,.;]{0,8}(?:不正确|有误|错误|不对|错了|不符|不一致)|enter (?:the )?correct (?:information|details)|(?:information|details|data)[^,.;]{0,20}(?:is |are |was |were )?(?:incorrect|wrong|invalid)|(?:check|verify) (?:the |your )?(?:information|details) (?:you )?entered/i;
export const FAIL_RETRY = /重新验证|重新核验|再(?:次)?(?:验证|核验|试)|重试|try again|verify again|re-?verify/i;

/**
 * The reader's count of failed tries ("错了5次", "输了五次", "已经失败5次", "连续5次都失败", "第6次失败了", "failed 5
 * times", "5 failed attempts"): group 1, 2, 3 or 4 holds the count (digits, Chinese numerals or an English word).
 */
export const FAILED_TRIES =
  /(?:错|输错|填错|失败|不成功|没成功|没通过|未通过|试|输|输入|提交|核验|验证)了?\s?(\d{1,2}|[一二两三四五六七八九十]{1,2})\s?(?:次|遍|回)|(\d{1,2}|[一二两三四五六七八九十]{1,2})\s?(?:次|遍|回)了?(?:都|全|也)?(?:是|还是)?(?:错|失败|不成功|没成功|没通过|不对|不行|提示)|第\s?(\d{1,2}|[一二两三四五六七八九十]{1,2})\s?(?:次|遍|回)了?(?:还是|又|都|也)?(?:错|失败|不成功|没成功|没通过|不对|不行)|\b(?:failed|wrong|tried|attempted|tried it|entered it wrong(?:ly)?) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) times\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:failed|wrong|unsuccessful) (?:attempts|tries)\b/i;

/** Words that make a statement not (yet) a fact when they stand shortly before it in the same clause. */
export const CONDITION =
  /若|如果|要是|万一|如若|如未|如不|如需|如有|如您|假如|一旦|倘若|否则|逾期|以免|避免|才能|才会|以便|待(?!审核)|等到|\b(?:after|once|if|unless|otherwise|before|until|when|whether)\b/i;
/** Future or intention shortly before a statement. */
export const FUTURE =
  /下周|明天|后天|大概|估计|应该会|很快|马上就|将会|将在|将于|将|即将|会|预计|准备|稍后|后续|下一步|接下来|可能|\b(?:will|shall|going to|expected to|to be)\b/i;
/** A negation directly before a statement. */
export const NEGATION = /未|不|没|没有|无|尚未|还未|还没|别|勿|not|never|no|n't/i;
/** Words right after a statement that make it a time condition (审核通过后 = "once approved"). */
export const AFTER_MARK = /^(?:后|之后|以后|前|之前|以前|时)/;
/** An instruction: the clause asks the reader to do something. */
export const INSTRUCTION =
  /请|須|须|需|务必|应当|记得|尽快|儘快|及时|麻烦|(?:在|于)[^,.;]{0,14}内|\b(?:please|kindly|must|should|need to|within)\b/i;
/** A time condition ending the clause before: "…审核通过后," "…审核通过之后," (what follows is not a fact yet). */
export const TIME_CONDITION_END = /(?:通过|审核|审批|批准|核验|完成|下来|下号)(?:后|之后|以后)\s?,$/;
/** A time condition earlier in the clause ("管局审核通过后备案号为…"), with nothing marked done (已) after it. */
export const TIME_CONDITION_IN = /(?:通过|审核|审批|批准|核验|完成|下来|下号)(?:后|之后|以后)[^已]{0,20}$/;
/** A question. */
export const QUESTION =
  /吗|是不是|对不对|可不可以|怎么|如何|能否|要不要|为什么|什么意思|咋办|\b(?:does (?:that|this|it) mean|is that|can (?:i|we)|should (?:i|we)|do (?:i|we)|what does|how (?:long|do|can|should)|I (?:think|guess|believe|assume|suppose|hope)|not sure|wondering|whether)\b|^\s?(?:is|are|was|were|has|have|did|does|do|can|could|should|will|would|am)\b(?= (?:it|we|they|our|my|the|this|that|you|he|she|i)\b)/i;
/** A tag after a statement that makes its whole sentence a question ("…we're approved, is that right?"). */
export const TAG_QUESTION =
  /^\s?(?:is (?:that|it|this) (?:right|correct|true|so|ok)|(?:right|correct|true|really|no|yes|ok)|isn't it|aren't we|am i right|or not|is it)\s?$/i;

/** Reasons follow these marks (the reason clause is not read as an event). */
export const REASON_MARK = /原因|理由|审核意见|驳回意见|退回意见|意见|问题|reason|because|due to/i;

/** Payment demanded for filing (filing is free, has no yearly fee and does not expire). */
export const PAYMENT =
  /内部通道|包过|保证通过|百分百通过|下号快|快速下号|加急|年费|年审|年检|备案费|服务费|审核费|加急费|续费|缴费|缴纳|付费|汇款|转账|收费|\d+\s?元|annual (?:\w+ )?fee|renewal fee|pay(?:ment)? (?:of|for)|fee of|(?:review|processing|service|expedit\w*|handling|verification|filing|registration|inspection|maintenance|renewal|activation) fee|(?:RMB|CNY|USD|US\$|\$|¥)\s?\d|\d[\d,.]*\s?(?:yuan|RMB|CNY|USD|dollars)\b|(?:bank|wire) transfer|guaranteed (?:approval|to pass)|fast[- ]track|renewed (?:every|each) year|(?:yearly|annual) (?:renewal|review|inspection)/i;
export const FILING_WORD = /备案|ICP|filing|recordal/i;
/** Filing said to expire (it does not). */
export const FILING_EXPIRES =
  /备案(?:号)?[^,.;:\n\]]{0,16}(?:过期|到期|失效|续期)|备案有效期|filing (?:has )?expired|filing (?:will )?expire|(?:ICP )?(?:filing|recordal|record)[^,.;]{0,30}(?:will expire|expires (?:on|in|at)|is expiring|is about to expire|must be renewed|needs? to be renewed|has to be renewed)|renew (?:your |the )?(?:ICP )?(?:filing|recordal)\b|(?:filing|recordal|record)[^,.;]{0,30}(?:needs?|requires?|must have) (?:an? )?(?:annual|yearly) (?:renewal|review|inspection)/i;
/** Payment words that deny a fee (免费 is not a demand). */
export const FREE =
  /轻信|诈骗|骗子|反诈|请勿相信|不要相信|谨防|警惕|防范|不会要求|从不|反诈|免费|不收取|不收费|无需(?:缴|付)|不需要(?:缴|付)|free of charge|\bfree\b|no fee|\bnever (?:pay|ask|charge|require|request)|(?:do not|don't|never) (?:pay|transfer)|\bignore (?:any|anyone|such|these|them)|(?:will not|won't|does not|doesn't|do not|don't) (?:ask|charge|require|request)|\bscams?\b|\bfraud|phishing|beware/i;

/** A comma followed by these ends a reason (the rest is advice). */
export const REASON_STOP = [',请', ',如有', ',如需', ',您可', ',可'];

/** Words of a reason → the note that helps with it. */
export const REASON_HINT_WORDS: readonly (readonly [
  readonly string[],
  'hintName' | 'hintPhone' | 'hintDomain' | 'hintAccess' | 'hintSms' | 'hintPhoto',
])[] = [
  [['名称'], 'hintName'],
  [['电话', '接听'], 'hintPhone'],
  [['域名', '实名'], 'hintDomain'],
  [['访问', '解析'], 'hintAccess'],
  [['短信', '超时'], 'hintSms'],
  [['照片', '视频', '幕布', '眼镜', '背景'], 'hintPhoto'],
];

/** Words that say which stage or outcome a text is about; an unrecognised text shows those it contains. */
export const EVIDENCE_WORDS = [
  '初审',
  '审核',
  '管局',
  '通信管理局',
  '工信部',
  '短信',
  '核验',
  '验证码',
  '通过',
  '提交',
  '退回',
  '驳回',
  '失败',
  '备案号',
  '注销',
  '接入',
  '公安',
  // the same in English (quoted as written: lower case, as inside a sentence)
  'review',
  'approved',
  'submitted',
  'returned',
  'rejected',
  'verification',
  'code',
  'bureau',
  'Communications Administration',
  'MIIT',
  'filing number',
  'ICP number',
  'public security',
];

/** The page's own form checks (not results). */
export const FORM_PHONE = '请输入正确的手机号';
export const FORM_BLANK = '不能为空';
/** A 主体 number is labelled so. */
export const SUBJECT_LABEL =
  /主体备案号|主体号|主办单位备案号|entity (?:filing |recordal )?number|subject (?:filing )?number/i;

/** Who receives the MIIT SMS, by the filing type it names (facts §1). */
export const SMS_NOTE_BY_TYPE: Readonly<
  Partial<Record<FilingType, 'smsFirst' | 'smsSite' | 'smsAccess' | 'smsChange' | 'smsCancel'>>
> = {
  首次备案: 'smsFirst',
  新增备案: 'smsFirst',
  新增网站: 'smsFirst',
  新增接入: 'smsAccess',
  新增主体: 'smsSite',
  变更主体: 'smsChange',
  变更网站: 'smsChange',
  变更备案: 'smsChange',
  注销网站: 'smsCancel',
  注销主体: 'smsCancel',
  注销备案: 'smsCancel',
  // 取消接入: no SMS exists for it; the interpreter says so whatever the heading ('smsNone')
};

/**
 * The reader says nobody on their side asked for the 注销 (deregistration) the SMS is about: "我没有申请注销", "没申请过
 * 注销", "不是我提交的", "我不想注销", "I never applied to deregister". Read only with a 注销 SMS.
 */
export const CANCEL_NOT_ASKED =
  /(?:没有?|未|从未|从来没有?|并没有?|不曾)(?:申请|提交|提出|办理|办|要求|操作|申办)过?[^,.;]{0,6}注销|没有?人(?:申请|提交|提出|办|要求)过?[^,.;]{0,4}注销|不是(?:我|我们|本人|我司|我们公司)(?:自己)?(?:申请|提交|提出|办|操作|弄|发起)的|(?:我|我们|本人|我司)(?:并|根本|从来)?(?:没有?|未|从未)(?:申请|提交|提出|办理|操作|发起)过?|(?:不想|不要|不打算|没打算|没想过?要?)注销|\b(?:I|we) (?:did not|didn't|never|have not|haven't|had not|hadn't) (?:\w+ )?(?:request|appl|ask|submit|file)\w*[^.;]{0,40}(?:cancel|deregist)|\bnot (?:requested|submitted|applied for|filed|initiated) by (?:me|us)\b|\b(?:I|we) (?:never|did not|didn't|don't|do not) (?:want|intend|mean) to (?:cancel|deregister)/i;

/** Fees that exist for no filing (年检, 年审, 备案费…): a demand for one is a scam wherever it stands. */
export const SCAM_FEE =
  /年检费|年审费|备案费|备案年费|年费|加急费|保证通过|包过|内部通道|下号快|快速下号|annual (?:ICP |filing |recordal |review |renewal |inspection |verification |maintenance )?fee|(?:ICP|filing|recordal) (?:renewal |annual |review )?fee|guaranteed (?:ICP |filing )?(?:approval|to pass|pass)|expedit(?:e|ed|ing) (?:fee|service|approval)|internal channel/i;

/**
 * Asking for the code in other ways than passing it on with a verb of ./CODE_PASS: to have the verification done for
 * the reader ("代为核验", "代办核验"), or in English ("send us the code", "reply with the code"): the MIIT never does.
 */
export const CODE_REQUEST =
  /代为?(?:完成)?核验|代办核验|代你核验|\b(?:send|forward|give|tell|provide|share|reply with|text)\b[^,.;]{0,30}\bcode\b[^,.;]{0,50}\b(?:to (?:us|me|our|the|your (?:agent|specialist|officer))|with us)\b|(?:verify|complete the verification|do the verification) (?:on your behalf|for you)|\breply (?:to this (?:message|SMS|e-?mail|text) )?with\b[^,.;]{0,30}\bcode\b|\bcode\b[^.;]{0,80}\b(?:for you|on your behalf)\b/i;

/**
 * The code and a verb of passing it on or of sending it, in either order: "回复验证码", "把验证码发给我", "验证码报给客服",
 * "将验证码回复至本号码", but also "工信部将发送验证码至您的手机" (./interpret.ts weighs who it goes to). Group 1: the
 * verb before the code; 2: what stands between it and the code; 3: the verb after the code (with 4, between them).
 */
export const CODE_PASS =
  /(回复|告知|告诉|提供|转发|转给|报给|透露|交给|发给|发我|给我|发送|下发|发到|发至)([^,.;]{0,8}?)(?:验证码|核验码|校验码)|(?:验证码|核验码|校验码)([^,.;]{0,10}?)(回复|告知|告诉|提供|转发|转给|报给|报一下|透露|交给|发给|发我|给我|发送|发到|发至|给(?=我|咱|客服|专员|工作人员|他|她))/g;
/**
 * A notice that speaks of the code being sent to the filer ("工信部将发送验证码至您的手机", "会下发验证码到负责人手机",
 * "将向主体负责人手机发送短信验证码"): with no code in it, it is about the MIIT SMS, not the SMS itself.
 */
export const CODE_SENT_NOTICE =
  /(?:发送|下发|发出)[^,.;]{0,6}(?:验证码|核验码|校验码|核验短信|验证短信)[^,.;]{0,4}(?:至|到|给|向)|(?:向|给)[^,.;]{0,16}(?:发送|下发|发出)[^,.;]{0,6}(?:验证码|核验码|校验码|核验短信|验证短信)|(?:验证码|核验码|校验码|核验短信)[^,.;]{0,6}(?:发送|下发|发出)(?:至|到|给)/;
/**
 * A picture of the code or the SMS sent to someone: "收到后截图发给我", "截屏发我", "把短信拍照发给他" (checked for a denial
 * just before it: "请勿将短信截图发给他人").
 */
export const SCREENSHOT_PASS = /(?:截图|截屏|拍照|拍下来|拍个照)[^,.;]{0,3}?(?:发给|发我|给我|传给|私信)/;
/** Verbs of CODE_PASS that are the sender's (the ministry sends the code): a request only with a recipient of OTHER_RECIPIENT. */
export const SEND_VERB = /^(?:发送|下发|发到|发至)$/;
/** Said not to be done, just before the code or the verb: "请勿告诉他人", "不要把验证码转发给别人", "无需回复". */
export const CODE_PASS_DENIED =
  /勿|不要|别|不得|禁止|不会|绝不|从不|不能|严禁|不可|切莫|无需|无须|不需要|不用|谨防|警惕/;
/** The code goes to the filer: "至您的手机", "给您", "到主体负责人手机", "发给您的验证码" (or the code is described: "发送的验证码"). */
export const FILER_RECIPIENT =
  /^\s?(?:回)?(?:至|到|给|向)?\s?(?:的|您|你(?!们?那)|(?:主体|网站)?负[责则]人|(?:预留|备案|登记|注册|绑定)的?手机|手机|本人手机|收件人)/;
/** The code goes to someone else: "给我", "至本号码", "到我手机", "给客服", "给备案专员", "到 QQ". */
export const OTHER_RECIPIENT =
  /^\s?(?:回)?(?:至|到|给|向)?\s?(?:我|咱|本号码|此号码|该号码|这个号码|这个手机|下面|以下|客服|专员|工作人员|备案专员|审核员|老师|对方|他|她|别人|他人|群|QQ|微信|邮箱|\d{5,})/i;
