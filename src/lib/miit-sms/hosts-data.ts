/**
 * Words and names the SMS parser reads links and codes with (data: no sentences for readers). Official hosts are the
 * government's (gov.cn) and the providers' own domains; an impostor borrows their names. A code is not the MIIT one
 * when the text next to it says what else it is for, or that it is valid for minutes (the MIIT code is valid a day).
 */

/** The brand names of providers and the hosts of their own sites (never suspicious). */
export const PROVIDER_DOMAINS = [
  'aliyun.com',
  'alibabacloud.com',
  'aliyuncs.com',
  'alicdn.com',
  'tencent.com',
  'tencentcloud.com',
  'qcloud.com',
  'cloud.tencent.com',
  'jdcloud.com',
  'jd.com',
  'huaweicloud.com',
  'huawei.com',
  'baidu.com',
  'bce.baidu.com',
  'volcengine.com',
  'ucloud.cn',
  'west.cn',
  'ctyun.cn',
  'ksyun.com',
  'qiniu.com',
  'ecloud.10086.cn',
  '10086.cn',
  'wocloud.cn',
  'xinnet.com',
  'net.cn',
  'qingcloud.com',
  'zzidc.com',
] as const;

/** Labels an impostor puts in a host to look official (checked on hosts that are not official). */
export const IMITATED_LABELS =
  /miit|mps|beian|gov|12381|icp|aliyun|alibaba|tencent|qcloud|jdcloud|huaweicloud|baidu|volcengine|gongan|gongxinbu/i;

/** Words that name a host as the reader's own site (a 空壳 notice names it; that is no phishing sign). */
export const SITE_OWN = /(?:网站|站点|域名|主页|网址|website|site|domain)[^,.;]{0,6}$/i;

/** Words that make a host a link the reader is told to open. */
export const LINK_ACTION =
  /(?:登录|登陆|访问|点击|打开|前往|进入|链接|网址|请至|请到|请在|核验|验证|log in|visit|click|open|go to|link)[^,.;]{0,14}$/i;

/** Not the MIIT code: what a provider's own code is for. */
export const OTHER_CODE_PURPOSE =
  /正在登录|登录验证|登录账号|登录控制台|正在注册|注册验证|注册账号|重置密码|找回密码|修改密码|密码重置|正在(?:进行)?付款|付款|支付|转账|提现|绑定|换绑|修改手机|更换手机|验证手机|手机验证|实名认证|身份验证|负责人手机验证|手机号码验证|验证手机号|您正在|log(?:ging)? ?(?:in|on)\b|login|logon|sign(?:ing)?[ -]?(?:in|on|up)\b|regist(?:er|ering|ration)|password|payment|paying|\bpay\b|purchase|withdraw|\breset|binding|\bbind\b|verifying (?:the |your )?(?:mobile|phone)|(?:mobile|phone)(?: number)? (?:verification|check)|two-factor|\b2FA\b|account (?:verification|security)|\bOTP\b|one-time (?:password|code)|(?:verify|confirm) (?:your |the )?(?:e-?mail|account|identity|mobile|phone)|chang(?:e|ing) (?:the |your )?(?:mobile|phone|password|e-?mail)|e-?mail (?:address )?verification/i;

/** A validity of minutes (the MIIT code is valid one day). */
export const MINUTES_VALID =
  /\d{1,2}\s?分钟(?:内)?有效|有效期\s?\d{1,2}\s?分钟|valid for \d{1,2} minutes|\d{1,2} ?(?:minutes|mins?)\b/i;
