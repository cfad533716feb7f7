/**
 * Issue 20: what an independent tester, who had not read the code, found in the browser (the inputs as typed).
 * Written before the fixes; the dangerous readings first.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage, type MessageKind } from '../../src/lib/messages';
import { extractSmsInfo } from '../../src/lib/verification/sms';
import { dictionary } from '../../src/i18n';
import { readMessage } from './read-message';

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

describe('English-edition tester', () => {
  describe('a pass with the submission to the bureau still to come is the provider’s review', () => {
    test.each([
      '恭喜您！您的备案订单已审核通过，即将提交至通信管理局审核。',
      '您的备案已通过审核，将提交至管局',
      '【阿里云】您的备案订单已审核通过，将于1个工作日内提交至管局，请注意查收工信部短信。',
      '【腾讯云】您的备案订单已审核通过，我们将在1个工作日内提交至管局。',
      '审核通过，待提交管局',
      '您的备案订单审核已通过，接下来会提交到通信管理局',
      '审核通过了，下一步提交管局',
      'Your ICP filing order has been approved. It will be submitted to the communications administration within 1 working day.',
    ])('%s', (text) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('first-review-passed');
      expect(r.deadline).toBe('sms-24h');
    });

    test('a submission asked under a condition after an approval leaves the approval', () => {
      expect(
        interpretMessage(
          '【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。如需变更，请通过接入商提交至管局。',
        ).kind,
      ).toBe('approved');
    });

    test('a pass with the submission done is submitted, not approved', () => {
      expect(interpretMessage('您的备案已通过审核，已提交至管局').kind).toBe('submitted-to-bureau');
    });
  });

  describe('a number stated under a condition is not granted', () => {
    test.each([
      '【腾讯云】您的备案初审已通过并提交管局，管局审核通过后备案号为：粤ICP备2026045678号-1',
      '您的备案已提交管局，管局审核通过之后，备案号是：粤ICP备2026045678号-1',
      '您的备案已提交至管局，审核通过后将下发备案号粤ICP备2026045678号-1',
    ])('%s', (text) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('submitted-to-bureau');
      expect(r.notes).not.toContainEqual({ code: 'suffix' });
    });

    test('a number granted plainly after the submission is still an approval', () => {
      expect(
        interpretMessage(
          '【腾讯云】您的备案已提交管局。\n【广东省通信管理局】您的备案已审核通过，备案号为：粤ICP备2026045678号-1',
        ).kind,
      ).toBe('approved');
    });
  });

  describe('a code’s purpose words belong to the code they stand next to', () => {
    test.each([
      'Colleague forwarded: 【工业和信息化部】验证码：665544。您的新增网站已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA — also her Aliyun login code was 112233',
      'Colleague forwarded: 【工业和信息化部】验证码：665544。您的新增网站已提交，核验链接：beian.miit.gov.cn/… — also her Aliyun login code was 112233',
      '【工业和信息化部】验证码：665544。您的新增网站已提交，核验链接：beian.miit.gov.cn，有效期1天，另外她的阿里云登录验证码是112233',
    ])('%s', (text) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('miit-sms');
      expect(r.code).toBe('665544');
      expect(extractSmsInfo(text).code).toBe('665544');
    });

    test('a login code alone is still not the MIIT code', () => {
      const r = interpretMessage('【阿里云】您正在登录控制台，验证码 112233，5分钟内有效。');
      expect(r.kind).toBe('not-a-filing-code');
    });
  });

  describe('a parenthesised earlier stage does not win over the bureau’s approval', () => {
    test.each([
      ['您的备案已通过管局审核（初审由阿里云完成），备案号：苏ICP备2026001111号-1', '苏ICP备2026001111号-1'],
      ['备案已通过管局审核（初审已于12月1日完成）', undefined],
    ])('%s', (text, number) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('approved');
      expect(r.filingNumber).toBe(number);
    });

    test('a pass named only in the brackets is judged by them', () => {
      expect(interpretMessage('您的订单状态：待提交（初审已通过）').kind).toBe('first-review-passed');
    });
  });

  describe('an SMS that could not be sent is not a failed verification', () => {
    test.each([
      '备案核验短信发送失败，请核实手机号是否正确',
      '工信部核验短信发送失败，请确认负责人手机号能正常接收短信',
      'The verification SMS could not be sent. Please check that the mobile number is correct.',
    ])('%s', (text) => {
      const r = readMessage(text);
      expect(r.kind).toBe('unknown');
      expect(r.closest.filter((k) => k.startsWith('failed'))).toEqual([]);
      expect(r.noteCodes).toContainEqual({ code: 'smsNotSent' });
      expect(r.noteCodes).not.toContainEqual({ code: 'bareFail' });
      expect(r.notes.join()).not.toContain('图形验证码');
    });

    test('a failed verification is still one', () => {
      expect(interpretMessage('短信核验失败，请您重新验证').kind).toBe('failed-retry');
    });
  });

  describe('contact through QQ, WeChat or a private number in the name of the ministry or a bureau is a scam', () => {
    test.each([
      '【工信部】备案号粤ICP备2026012345号因内容违规将被注销，请立即联系客服QQ 12345678',
      '【工信部】您的网站备案信息异常，请添加微信 icp_check88 处理，否则备案将被注销',
      '【广东省通信管理局】您的备案存在问题，请加QQ：28741099 核实',
      '【工业和信息化部】您的备案需重新核验，请致电专员 13912345678 办理',
      '[MIIT] Your ICP filing will be cancelled for violations. Contact our officer on WeChat: icp_help01 today.',
      '您的网站涉嫌违规，备案将被注销，请添加专员微信 beian_check01 申诉【工信部ICP备案】',
    ])('%s', (text) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('scam');
      expect(r.notes).toContainEqual({ code: 'privateContact' });
    });

    test.each([
      '【阿里云】提醒：工信部和管局不会通过QQ、微信或个人手机号联系您，请勿轻信。',
      '【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期1天',
      '【阿里云】您的备案已提交管局。如有疑问请联系客服QQ 800012345',
      '我从微信上收到同事转发的：【工业和信息化部】验证码：665544。您的首次备案已提交，核验链接：beian.miit.gov.cn',
      '【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn，有效期1天。负责人手机13912345678',
    ])('not a scam: %s', (text) => expect(interpretMessage(text).kind).not.toBe('scam'));
  });

  describe('a return for a timeout or a failure is a return', () => {
    test.each([
      ['【腾讯云】因短信核验超时被管局退回，请重新提交。', '短信核验超时'],
      ['您的备案因短信核验失败已被退回，请修改后重新提交', '短信核验失败'],
      ['因核验超时，备案被退回', '核验超时'],
      [
        'Your filing was returned by the bureau because the SMS verification timed out.',
        'the SMS verification timed out',
      ],
    ])('%s', (text, reason) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('returned');
      expect(r.reason).toBe(reason);
    });

    test('an expired code alone is still an expired code', () => {
      expect(interpretMessage('验证码已过期').kind).toBe('code-expired');
    });
  });

  describe('submitted to the bureau: the words are true while the bureau reviews too', () => {
    const en = dictionary('en').messageDecoder.kinds['submitted-to-bureau'];
    const zh = dictionary('zh-CN').messageDecoder.kinds['submitted-to-bureau'];
    test.each([
      '备案状态：管局审核中（已提交12个工作日）',
      'Your filing is under review by the communication administration.',
    ])('%s', (text) => expect(interpretMessage(text).kind).toBe('submitted-to-bureau'));
    test('neither dictionary says verification is still to be done, unconditionally', () => {
      expect(zh.meaning).not.toMatch(/还要完成短信核验，再等管局审核/);
      expect(en.meaning).not.toMatch(/verification still has to be done/);
      // both cases named: not verified yet, and verified (the bureau reviewing)
      expect(zh.meaning).toMatch(/还没核验/);
      expect(zh.meaning).toMatch(/已经核验完/);
      expect(en.meaning).toMatch(/not verified yet/);
      expect(en.meaning).toMatch(/if you have/i);
    });
  });

  describe('"not passed yet" is no return', () => {
    test.each([
      '还没通过，管局还在审，别开网站',
      '管局尚未通过，请耐心等待',
      '您的备案还未通过管局审核，目前审核中',
      '备案暂未通过，通信管理局还在审核',
      '还没有通过，管局审核中',
      'Not approved yet, the bureau is still reviewing it.',
    ])('the bureau named as still reviewing: submitted to the bureau: %s', (text) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('submitted-to-bureau');
    });

    test.each([
      '您的备案尚未通过审核，请耐心等待。',
      '您的备案还没通过',
      '备案暂时没有通过审核，请耐心等待',
      '还没有通过审核，再等等',
    ])('no stage named: an honest unknown, never a return: %s', (text) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('unknown');
      expect(r.closest).toEqual(['submitted-to-bureau', 'first-review']);
    });

    test('the provider’s review named as still going on is its review', () => {
      expect(interpretMessage('初审还没通过，还在审核中').kind).toBe('first-review');
    });

    test.each([
      ['您的备案未通过审核，原因：网站名称不符', 'returned'],
      ['管局审核不通过', 'returned'],
      ['没有通过，被退回', 'returned'],
      ['您的备案尚未通过审核，原因：网站名称与内容不符', 'returned'],
      ['您的备案尚未通过审核，请修改后重新提交', 'returned'],
      ['【腾讯云】您的备案初审未通过，原因：名称含“平台”', 'rejected'],
    ])('a real failure stays one: %s', (text, kind) => expect(interpretMessage(text).kind).toBe(kind));
  });

  describe('a return by the MIIT system, the 管局 or the filing system is a return, not the provider’s 驳回', () => {
    test.each([
      ['【京东云】您的短信核验已超时，备案订单已被工信部系统驳回，请重新提交。', '短信核验已超时'],
      ['您的短信核验失败，备案已被工信部驳回', '短信核验失败'],
      ['【阿里云】您的备案订单已被备案系统驳回，原因：短信核验超时', '短信核验超时'],
      ['【华为云】您的备案已被通信管理局驳回，原因：网站名称不符合要求', '网站名称不符合要求'],
      ['初审通过后被管局驳回了，原因：网站内容与名称不符', '网站内容与名称不符'],
    ])('%s', (text, reason) => {
      const r = interpretMessage(text);
      expect(r.kind).toBe('returned');
      expect(r.reason).toBe(reason);
    });

    test.each([
      '初审驳回，原因：网站名称含“平台”二字',
      '接入商驳回了我的备案',
      '【腾讯云】您的备案初审未通过，原因：负责人电话无人接听',
      '【阿里云】您的备案订单审核驳回，请登录阿里云备案系统查看驳回原因',
    ])('the provider’s own 驳回 stays a rejection: %s', (text) => expect(interpretMessage(text).kind).toBe('rejected'));
  });

  describe('cosmetic', () => {
    test.each([
      '【工信部ICP备案】您的备案即将到期，请于24小时内登录 beian-miit.gov-cn.top 缴纳年审费用，逾期将注销备案。',
      '【广东省通信管理局】您的网站备案信息核查未通过，请于15日内更新信息，逾期将注销备案',
      '我想办注销备案，需要短信核验吗',
    ])('a filing type only from the slot an MIIT SMS names it in: %s', (text) => {
      expect(interpretMessage(text).filingType).toBeUndefined();
      expect(extractSmsInfo(text).filingType).toBeNull();
    });

    test.each([
      ['您的ICP备案订单初审未通过，原因：网站名称涉及“平台”，请修改后重新提交。', '网站名称涉及“平台”'],
      [
        'Your ICP filing was rejected. Reason: the website name contains the word “平台”. Please change it.',
        'the website name contains the word “平台”',
      ],
      ['Rejected. Reason: the website name contains the word 平台', 'the website name contains the word 平台'],
      ['初审驳回，原因：网站名称含"平台"二字', '网站名称含"平台"二字'],
    ])('a reason keeps its spaces and quotes as written: %s', (text, reason) => {
      expect(interpretMessage(text).reason).toBe(reason);
    });
  });
});
