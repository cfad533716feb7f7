/**
 * Issue 20: what an independent tester, who had not read the code, found in the browser (the inputs as typed).
 * Written before the fixes; the dangerous readings first.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage, type MessageKind } from '../../src/lib/messages';
import { extractSmsInfo } from '../../src/lib/verification/sms';

const SMS = (link: string) =>
  `【工业和信息化部】验证码：604871。您的首次备案已提交，核验链接：${link}，有效期 1 天【工信部 ICP 备案】`;

describe('never dangerously wrong (tester)', () => {
  test.each([
    'beian.miit.gov.cn.іcp-verify.top/#/Integrated/ComplaintA', // Cyrillic і
    'https://beian.miit.gov.cn@icp-check.top/#/Integrated/ComplaintA',
    'https://beian.miit.gov.cn:443@verify-icp.top/',
    'beian.mіit.gov.cn/#/Integrated/ComplaintA', // Cyrillic і
    'bеian.miit.gov.cn/#/Integrated/ComplaintA', // Cyrillic е
    'https://icpverify.top/#/Integrated/ComplaintA',
    't.cn/A6xYz9',
  ])('a link that only looks official, or leads elsewhere, is a scam: %s', (link) => {
    const r = interpretMessage(SMS(link));
    expect(r.kind).toBe('scam');
    expect(r.suspiciousHosts.length).toBeGreaterThan(0);
    expect(extractSmsInfo(SMS(link)).code).toBeNull();
  });

  test.each(['显示：您的短信核验完成', '短信核验已完成', '【阿里云】您的备案核验视频已通过审核，订单将提交至管局。'])(
    'never "all verified" without saying so: %s',
    (text) => expect(interpretMessage(text).kind).not.toBe('verified'),
  );

  test('a provider 核验视频 passing is its 初审, not the SMS step', () => {
    expect(interpretMessage('【阿里云】您的备案核验视频已通过审核，订单将提交至管局。').kind).toBe(
      'first-review-passed',
    );
  });

  test('a login code, then the MIIT SMS: the MIIT code is read, in both tools', () => {
    const text =
      '【阿里云】验证码：771199，您正在登录阿里云账号，请勿泄露。\n【工业和信息化部】验证码：330247。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天';
    const r = interpretMessage(text);
    expect(r.kind).toBe('miit-sms');
    expect(r.code).toBe('330247');
    expect(r.deadline).toBe('sms-24h');
    const info = extractSmsInfo(text);
    expect(info.code).toBe('330247');
    expect(info.notes[0]).toEqual({ code: 'sms.notFilingCode', params: { code: '771199' } });
  });

  test('a login code alone gives no code to the checker', () => {
    expect(
      extractSmsInfo('【阿里云】验证码：839201，您正在登录阿里云账号，5分钟内有效，请勿泄露给他人。').code,
    ).toBeNull();
  });
});

describe('read right (tester)', () => {
  const cases: [string, MessageKind][] = [
    [
      '主题：备案审核结果通知\n\n尊敬的客户：\n\n您好！您的网站备案申请已经\n广东省通信管理局审核通过，\n备案号为：粤ICP备2026012345号-2\n\n请于网站开通之日起30日内到全国互联网安全管理服务平台办理公安联网备案。\n\n此致\n腾讯云备案中心',
      'approved',
    ],
    ['【阿里云】您的备案订单已审核通过，审核通过后请于30日内办理公安备案。京ICP备2026001234号-1', 'approved'],
    ['【工信部】您的网站未进行年检，请登录 beian.miit.gov.cn 缴纳年检费300元，逾期注销备案', 'scam'],
    ['【工信部】您的网站备案将于2026年12月31日到期，请及时续期，续期地址：beian.miit.gov.cn', 'scam'],
    ['我的备案被管局驳回了，说是网站内容和名称不符', 'returned'],
    ['验证码过期了怎么办，短信是昨天上午10点收到的，今天才看到', 'code-expired'],
  ];
  test.each(cases)('%s → %s', (text, kind) => expect(interpretMessage(text).kind).toBe(kind));

  test('an approval that warns against fee scams is not a scam', () => {
    expect(
      interpretMessage(
        '您的ICP备案已通过审核，备案号：京ICP备2021001858号-1\n\n温馨提示：请勿相信任何要求缴纳备案费用的短信。',
      ).kind,
    ).toBe('approved');
  });

  test('a 主体 number in brackets of text is a filing number', () => {
    expect(
      interpretMessage('您的ICP备案主体信息已通过审核，主体备案号：川ICP备2026001234号（网站审核仍在进行中）')
        .filingNumber,
    ).toBe('川ICP备2026001234号');
  });
});

describe('second independent test', () => {
  test.each([
    '【工信部】您的备案短信核验需在 beian.mlit.gov.cn 完成，验证码 774102，有效期1天',
    '【工信部】验证码 558891 核验请访问 beian.miiit.gov.cn',
    '【工信部】验证码 558893 核验请访问 beian.mitt.gov.cn',
    '【工信部】验证码 558894 核验请访问 beain.miit.gov.cn',
    '【工信部】验证码 558881 核验请访问 beian-miit.gov.cn',
    '【工信部】验证码 558898 核验请访问 beian.miit.gov.cn.gov.cn',
  ])('a host a letter or two from the official one, even under gov.cn, is a scam: %s', (text) => {
    expect(interpretMessage(text).kind).toBe('scam');
    expect(extractSmsInfo(text).code).toBeNull();
  });

  test.each([
    '管局审核通过了吗',
    '管局审核通过了吗？',
    '管局审核通过了吗 我等了15个工作日还显示管局审核中',
    '客服说等管局审核通过就会短信通知',
  ])('a question or an "until" is not an approval: %s', (text) =>
    expect(interpretMessage(text).kind).not.toBe('approved'),
  );

  test('the official hosts stay official', () => {
    for (const host of ['beian.miit.gov.cn', 'beian.mps.gov.cn', 'www.beian.gov.cn'])
      expect(interpretMessage(`请登录 https://${host}/ 查看`).suspiciousHosts).toEqual([]);
  });
});

test('an app or 小程序 approval is not told to put its number in a page footer only', async () => {
  const { readMessage } = await import('./read-message');
  const r = readMessage('【腾讯云】您的小程序备案已审核通过，备案号：沪ICP备2024012345号-3A。');
  expect(r.kind).toBe('approved');
  expect(r.nextSteps[0]).toContain('小程序');
});

describe('third independent test', () => {
  test.each([
    '如果管局审核通过了，短信会写“您的备案申请已审核通过，备案号：粤ICP备2026012345号-1”吗？',
    '客服说大概下周审核通过，备案号会是浙ICP备2026034567号-2，现在可以先把网站打开吗',
    '【北京市通信管理局】您的增值电信业务经营许可证已批准，许可证号：京ICP证260123号。',
  ])('not an approval: %s', (text) => expect(interpretMessage(text).kind).not.toBe('approved'));

  test('a punycode host under gov.cn that spells an official name is a look-alike, in both tools', () => {
    const text =
      '【工业和信息化部】验证码：100206。您的首次备案已提交，核验链接：https://xn--beian-miit-9xa.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';
    expect(interpretMessage(text).kind).toBe('scam');
    expect(extractSmsInfo(text).code).toBeNull();
  });

  test('asking for the code to be sent to someone is a scam', () => {
    const r = interpretMessage('【工信部】您的备案核验码为 483920，请将验证码回复给备案专员以便为您代为完成核验。');
    expect(r.kind).toBe('scam');
    expect(r.notes).toContainEqual({ code: 'codeRequest' });
  });

  test('a provider’s anti-fraud advice is not a scam', () => {
    expect(
      interpretMessage(
        '【阿里云】提醒：ICP备案全程免费，工信部和管局不会以任何理由收取费用或发送缴费链接，请勿轻信“备案年审”“加急费”等诈骗短信，核验请只认准 beian.miit.gov.cn。',
      ).kind,
    ).not.toBe('scam');
  });

  test('an approval pasted with a later 公安 notice stays an approval', () => {
    expect(
      interpretMessage(
        '【广东省通信管理局】您的备案申请已审核通过，网站备案号：粤ICP备2026012345号-1。\n【全国互联网安全管理服务平台】您的公安联网备案申请已提交，请等待审核。',
      ).kind,
    ).toBe('approved');
  });
});
