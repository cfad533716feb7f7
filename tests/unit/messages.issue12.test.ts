/**
 * Issue 12, 提示/短信解读: each defect as reported, with messages worded unlike the tool's own examples.
 * The wordings below are made up (as users retype or receive them); only the verbatim SMS of the facts file is real.
 */
import { readMessage } from './read-message';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MIIT_RESULTS, provinceTable, type MessageKind } from '../../src/lib/messages';
import { PROVINCES } from '../../src/lib/provinces';
import { normalizeText } from '../../src/lib/text';

const OTHER =
  '【工信部】尊敬的ICP用户：您的ICP备案申请需进行短信核验，验证码：123456，请于24小时内登录https://beian.miit.gov.cn/ 进行验证。';

describe('recognised from evidence, not one template', () => {
  test('the SMS of the issue is the MIIT SMS', () => {
    const r = readMessage(OTHER);
    expect(r.kind).toBe('miit-sms');
    expect(r.code).toBe('123456');
    expect(r.filingType).toBeUndefined();
    expect(r.foundLinks).toEqual(['beian.miit.gov.cn']);
    expect(r.notes.join()).not.toContain('仿冒');
    expect(r.deadline?.kind).toBe('sms-24h');
  });

  test.each([
    '您的验证码为 654321，请在 24 小时内登录 beian.miit.gov.cn 完成 ICP 备案短信核验。',
    '【工業和信息化部】驗證碼：654321。您的首次備案已提交，核驗鏈接：beian.miit.gov.cn',
    '工信部ICP备案校验码654321，请尽快核验',
  ])('other wordings: %s', (text) => {
    const r = readMessage(text);
    expect(r.kind).toBe('miit-sms');
    expect(r.code).toBe('654321');
  });
});

describe('unknown still shows what was found and never claims a present word is missing', () => {
  test('code, filing number and links are kept', () => {
    const r = readMessage('验证码 123456 粤ICP备2026012345号-1 见 https://example.com/a');
    expect(r.kind).toBe('unknown');
    expect(r.filingNumber).toBe('粤ICP备2026012345号-1');
    expect(r.foundLinks).toEqual(['example.com']);
  });

  test('a word in the text is never called missing: what was found is quoted from the text', () => {
    const words = '验证码短信核验提交管局审核通过退回驳回这是什么意思我收到了一条'.split('');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...words), maxLength: 30 }), (s) => {
        const r = readMessage(s);
        const t = normalizeText(s);
        for (const w of r.found) expect(t.includes(w), `${w} / ${s}`).toBe(true);
        for (const n of r.notes) expect(n).not.toMatch(/没有“|没找到“/);
      }),
      { numRuns: 500 },
    );
    const r = readMessage('我收到了短信核验的提示，这是什么意思');
    expect(r.found).toEqual(expect.arrayContaining(['短信', '核验']));
  });
});

describe('phishing', () => {
  test.each([
    ['【工信部】验证码：123456，请登录 beian-miit.top 完成核验', 'beian-miit.top'],
    ['工信部提醒：您的ICP备案需核验，请访问 http://miit-icp.cn/verify 填写验证码', 'miit-icp.cn'],
    [
      '您的备案已审核通过，备案号：粤ICP备2026012345号-1，详情 beian.miit.gov.cn.example.top',
      'beian.miit.gov.cn.example.top',
    ],
  ])('%s', (text, host) => {
    const notes = readMessage(text).notes.join();
    expect(notes).toContain(host);
    expect(notes).toContain('仿冒');
  });

  test('the real host and the 公安 site are not warned about', () => {
    expect(readMessage(OTHER).notes.join()).not.toContain('仿冒');
    expect(readMessage('请在 beian.mps.gov.cn 办理公安联网备案').notes.join()).not.toContain('仿冒');
  });
});

describe('reasons, 驳回 and 退回', () => {
  test('the reason after a colon is read', () => {
    const r = readMessage('管局退回：网站名称不符合要求');
    expect(r.kind).toBe('returned');
    expect(r.reason).toBe('网站名称不符合要求');
    expect(r.notes.join()).not.toContain('没写原因');
    expect(readMessage('审核不通过：域名未实名').reason).toBe('域名未实名');
  });

  test.each([
    ['【阿里云】您的ICP备案订单初审未通过，原因：网站名称不符合要求，请修改后重新提交。', '网站名称不符合要求'],
    ['您的备案订单初审不通过，原因：未接听核实电话', '未接听核实电话'],
    ['您的备案订单已被驳回，驳回原因：网站名称含“平台”二字', '网站名称含“平台”二字'], // as written
  ])('a 接入商 初审 rejection is a 驳回: %s', (text, reason) => {
    const r = readMessage(text);
    expect(r.kind).toBe('rejected');
    expect(r.reason).toBe(reason);
    expect(r.title).toContain('驳回');
    expect(r.nextSteps.join()).toContain('控制台');
  });

  test('初审已通过 alone is neither a rejection nor an approval', () => {
    expect(readMessage('您的备案订单初审已通过，请等待提交管局').kind).not.toBe('approved');
    expect(readMessage('您的短信核验已通过').kind).not.toBe('approved');
  });
});

describe('公安联网备案', () => {
  test.each([
    '您的网站已完成公安联网备案，备案号：京公网安备11010802012345号',
    '【公安部】您的公安备案审核通过，公网安备号 沪公网安备31010402001234号',
  ])('a 公安 notice is not an ICP approval: %s', (text) => {
    const r = readMessage(text);
    expect(r.kind).toBe('police-filing');
    expect(r.title).not.toContain('备案已通过');
    expect(r.filingNumber).toBeUndefined();
  });

  test('after an approval the 30-day step links to the 公安联网备案 calculator', () => {
    const r = readMessage('【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。');
    expect(r.kind).toBe('approved');
    expect(r.deadline?.kind).toBe('police-30d');
    expect(r.calculatorLink).toBe('/tools/deadlines/#公安联网备案期限');
  });
});

describe('paraphrases of the ten results', () => {
  const cases: [string, MessageKind][] = [
    ['页面说核验都完成了，会提交管局', 'verified'],
    ['提示我已经核验好了，要等另一个负责人也核验', 'verified-others-pending'],
    ['核验失败，叫我联系接入商', 'failed-contact-provider'],
    ['说我输入的信息不正确', 'failed-wrong-info'],
    ['核验不成功，让我重新验证', 'failed-retry'],
    ['页面说查不到记录', 'no-record'],
    ['提示已经核验过了，不用重复提交', 'already-verified'],
    ['重发的时候说没有待核验的备案', 'resend-none-pending'],
    ['验证码已经重新发送成功', 'resend-sent'],
    ['重发次数用完了', 'resend-limit'],
  ];
  test.each(cases)('%s → %s', (text, kind) => {
    const r = readMessage(text);
    expect(r.kind).toBe(kind);
    expect(r.approximate).toBe(true);
    expect(r.noteCodes[0]).toEqual({ code: 'approximate' });
    expect(r.notes[0]).toContain('最接近');
  });

  test('the exact texts are not paraphrases', () => {
    for (const row of MIIT_RESULTS) expect(readMessage(row.text).approximate).toBeUndefined();
  });

  test('provider notices that mention 核验 are not taken for results', () => {
    for (const text of [
      '【阿里云】尊敬的用户，您的ICP备案订单（订单号：10000123456）已通过阿里云初审，并已提交至管局审核。请在收到工信部短信后24小时内完成短信核验，超时未核验将被退回。',
      '【华为云】您的备案申请初审通过，已提交到通信管理局，请留意工信部核验短信。如审核不通过，将退回修改。',
      '短信核验完成后将提交管局审核',
    ]) {
      expect(readMessage(text).approximate, text).toBeUndefined();
    }
  });
});

test('a bare 核验成功了 may be only the reader’s own part: not read as all done, and says what it may be', () => {
  const r = readMessage('核验成功了');
  expect(r.kind).toBe('unknown');
  expect(r.closest).toEqual(['verified-others-pending', 'verified', 'already-verified']);
});

describe('province page', () => {
  const provinces = provinceTable(PROVINCES);
  test('a filing number links to its province page', () => {
    expect(readMessage('您的备案申请已审核通过，备案号：粤ICP备2026012345号-1', { provinces }).province).toEqual({
      href: '/provinces/guangdong/',
      name: '广东',
    });
    expect(readMessage('京ICP备12345678号', { provinces }).province?.href).toBe('/provinces/beijing/');
    expect(readMessage('今天天气不错', { provinces }).province).toBeUndefined();
    expect(readMessage('京ICP备12345678号').province).toBeUndefined();
  });

  test('the official abbreviations: 蜀 黔 滇 陇 numbers are filing numbers', () => {
    for (const [n, slug] of [
      ['蜀ICP备12345678号-1', 'sichuan'],
      ['黔ICP备2026012345号', 'guizhou'],
      ['滇ICP备12345678号', 'yunnan'],
      ['陇ICP备12345678号-2', 'gansu'],
    ]) {
      const r = readMessage(`备案号：${n}`, { provinces });
      expect(r.filingNumber).toBe(n);
      expect(r.province?.href).toBe(`/provinces/${slug}/`);
    }
  });

  test('provinceTable: every abbreviation, official and alternative; the @example', () => {
    expect(provinceTable([{ slug: 'sichuan', name: '四川', abbr: '蜀', altAbbrs: ['川'] }])).toEqual({
      蜀: { slug: 'sichuan', name: '四川' },
      川: { slug: 'sichuan', name: '四川' },
    });
    expect(Object.keys(provinces).length).toBeGreaterThanOrEqual(31);
    expect(provinceTable(null as never)).toEqual({});
  });
});
