/**
 * Which hosts in a message imitate an official one. Official: any host under gov.cn (beian.miit.gov.cn for ICP,
 * beian.mps.gov.cn and the older www.beian.gov.cn for 公安), and the providers' own domains. An impostor puts the
 * names of those in a host it registered elsewhere (beian.miit.gov.cn.verify-icp.cn, beian-miit.gov-cn.top,
 * aliyun-beian.vip). A host the message names as the reader's own site (空壳 and 核查 notices do) is no sign.
 */
import { findHosts } from './parse';
import {
  IMITATED_LABELS,
  LINK_ACTION,
  MINUTES_VALID,
  OTHER_CODE_PURPOSE,
  PROVIDER_DOMAINS,
  SITE_OWN,
} from './hosts-data';

/**
 * A host is official: under gov.cn, or one of a provider's own domains (or below it).
 *
 * @example
 * isOfficialHost('beian.miit.gov.cn') // true
 * isOfficialHost('beian.miit.gov.cn.verify-icp.cn') // false
 * isOfficialHost('console.aliyun.com') // true
 */
export function isOfficialHost(host: string): boolean {
  const h = String(host).toLowerCase();
  if (h === 'gov.cn' || h.endsWith('.gov.cn')) return true;
  return PROVIDER_DOMAINS.some((d) => h === d || h.endsWith('.' + d));
}

/**
 * A host that is not official but carries an official name in one of its labels (miit, mps, beian, gov, icp,
 * 12381, a provider's name).
 *
 * @example
 * imitatesOfficial('beian-miit.gov-cn.top') // true
 * imitatesOfficial('example.com') // false
 * imitatesOfficial('beian.mps.gov.cn') // false
 */
export function imitatesOfficial(host: string): boolean {
  const h = String(host).toLowerCase();
  if (isOfficialHost(h)) return false;
  return h.split(/[.-]/).some((token) => {
    if (/^(?:gov|govcn|icp|mps|12381|gongan)$/.test(token)) return true;
    return (
      /miit|beian|aliyun|alibaba|tencent|qcloud|jdcloud|huaweicloud|volcengine|gongxinbu/.test(token) &&
      IMITATED_LABELS.test(token)
    );
  });
}

/**
 * The hosts of normalised text that imitate an official one, in order, leaving out hosts the text names as the
 * reader's own site (网站/域名 xxx) rather than as a link to open.
 *
 * @example
 * suspiciousHosts('核验链接:http://beian.miit.gov.cn.verify-icp.cn/a') // ['beian.miit.gov.cn.verify-icp.cn']
 * suspiciousHosts('您的网站beian-notes.cn无法访问') // []
 */
export function suspiciousHosts(text: string): string[] {
  const out: string[] = [];
  for (const host of findHosts(text)) {
    if (!imitatesOfficial(host)) continue;
    const at = text.toLowerCase().indexOf(host);
    const before = at > 0 ? text.slice(Math.max(0, at - 12), at) : '';
    if (SITE_OWN.test(before) && !LINK_ACTION.test(before)) continue;
    out.push(host);
  }
  return out;
}

/**
 * Where a code stands next to words that make it something else than the MIIT code (a login, a payment, a sign-up,
 * the provider's own phone check, or "valid for 10 minutes"): the index of that occurrence in normalised text, or -1.
 * Looks at up to five occurrences, 60 characters before and 70 after each.
 *
 * @example
 * otherPurposeAt('【阿里云】您正在登录，验证码 385920，5分钟内有效', '385920') // 13
 * otherPurposeAt('【工业和信息化部】验证码：123456。核验链接：beian.miit.gov.cn', '123456') // -1
 */
export function otherPurposeAt(text: string, code: string): number {
  if (!code) return -1;
  for (let k = text.indexOf(code), n = 0; k !== -1 && n < 5; k = text.indexOf(code, k + 1), n++) {
    const around = text.slice(Math.max(0, k - 60), k + 70);
    if (OTHER_CODE_PURPOSE.test(around) || MINUTES_VALID.test(around)) return k;
  }
  return -1;
}
