/**
 * A small reader for the MIIT verification SMS. The only verbatim copy we know (source guide):
 * 【工业和信息化部】验证码：xxxxxx。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】
 */
import { asString, toHalfWidth } from '../text';

/** Longest SMS text that is looked at; a real one is under 200 characters. */
const MAX_SMS = 2000;

/**
 * What could be read from a pasted SMS.
 *
 * @example
 * const info: SmsInfo = extractSmsInfo('验证码：123456。您的首次备案已提交【工信部】'); // code '123456', filingType '首次备案'
 */
export type SmsInfo = {
  /** The 6-digit code, or null when none was found. */
  code: string | null;
  /** The word after 您的 (新增接入, 首次备案, 新增网站, 变更…), or null. */
  filingType: string | null;
  /** The text names 工业和信息化部/工信部 or links to beian.miit.gov.cn. */
  fromMiit: boolean;
  /** Chinese notes worth showing (not from MIIT, other links, no code found…). */
  notes: string[];
};

function isWordChar(ch: string): boolean {
  return /[\u4e00-\u9fffA-Za-z]/.test(ch);
}

/**
 * Pull the code and the filing type out of a pasted MIIT SMS. Never throws; text beyond 2,000 characters is ignored.
 *
 * @example
 * extractSmsInfo('【工业和信息化部】验证码：123456。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】')
 * // { code: '123456', filingType: '新增接入', fromMiit: true, notes: [] }
 */
export function extractSmsInfo(text: string): SmsInfo {
  const t = toHalfWidth(asString(text).slice(0, MAX_SMS));
  const notes: string[] = [];

  let code: string | null = null;
  const labelled = /(?:验证码|校验码|核验码)[\s:：是为]{0,4}(\d{6})(?!\d)/.exec(t);
  if (labelled) code = labelled[1] ?? null;
  else {
    const runs = t.match(/(?<!\d)\d{6}(?!\d)/g) ?? [];
    if (runs.length === 1) code = runs[0] ?? null;
  }

  let filingType: string | null = null;
  const at = t.indexOf('您的');
  if (at >= 0) {
    let word = '';
    for (const ch of t.slice(at + 2, at + 16)) {
      if (!isWordChar(ch) || ch === '已') break;
      word += ch;
    }
    if (word.endsWith('申请')) word = word.slice(0, -2);
    if (word.length >= 2) filingType = word;
  }

  const fromMiit = /工业和信息化部|工信部|beian\.miit\.gov\.cn/i.test(t);
  const hosts = (t.match(/(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,12}/gi) ?? []).filter(
    (h) => !/(^|\.)miit\.gov\.cn$/i.test(h),
  );

  if (t.trim() !== '') {
    if (!code) notes.push('没找到 6 位验证码，请粘贴完整的工信部短信。');
    if (!fromMiit) notes.push('没有提到工信部或 beian.miit.gov.cn，看起来不是工信部的核验短信。');
    if (hosts.length > 0)
      notes.push(`含其他网址（${hosts.slice(0, 2).join('、')}）：核验只在 beian.miit.gov.cn 进行，别在别处填写。`);
  }

  return { code, filingType, fromMiit, notes };
}
