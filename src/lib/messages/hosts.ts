/**
 * Which hosts in a message imitate an official one. Official: any host under gov.cn (beian.miit.gov.cn for ICP,
 * beian.mps.gov.cn and the older www.beian.gov.cn for 公安), and the providers' own domains. An impostor puts the
 * names of those in a host it registered elsewhere (beian.miit.gov.cn.verify-icp.cn, beian-miit.gov-cn.top,
 * aliyun-beian.vip). A host the message names as the reader's own site (空壳 and 核查 notices do) is no sign.
 */
import { findHosts } from '../miit-sms';
import { IMITATED_LABELS, LINK_ACTION, PROVIDER_DOMAINS, SITE_OWN } from './lexicon-data';

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
