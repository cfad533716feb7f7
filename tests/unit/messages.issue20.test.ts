/**
 * Issue 20: the messages an independent tester pasted, each read right. Written before the redesign (the old reader
 * failed them); the three dangerous misreadings first.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage, provinceTable, type MessageKind } from '../../src/lib/messages';
import { PROVINCES } from '../../src/lib/provinces';

const kind = (t: string) => interpretMessage(t).kind;

describe('never dangerously wrong', () => {
  test('初审通过 and 已提交管局 are not an approval', () => {
    expect(
      kind(
        '【阿里云】尊敬的用户：您的ICP备案订单（订单号 2026112900123）已通过阿里云初审并提交至江苏省通信管理局审核，请留意工信部发送的短信核验通知，并在收到后24小时内完成核验。',
      ),
    ).toBe('submitted-to-bureau');
    expect(kind('您的备案订单已通过初审。')).toBe('first-review-passed');
    expect(kind('您的备案已初审通过，腾讯云将在1-3个工作日内提交至管局。')).toBe('first-review-passed');
    expect(kind('管局审核通过后将下发备案号，在此之前请勿开通网站。')).not.toBe('approved');
    expect(kind('若审核通过，我们会短信通知您。')).not.toBe('approved');
  });

  test('the reader’s own verification done while others still have to verify is not "all done"', () => {
    expect(kind('验证成功，请等待其他人员完成短信核验')).toBe('verified-others-pending');
    expect(kind('核验成功，还需等待网站负责人完成核验')).toBe('verified-others-pending');
    expect(kind('网站负责人还没核验。我这边已经核验成功了')).toBe('verified-others-pending');
    expect(kind('您的短信核验已全部完成,该请求将提交管局审核。')).toBe('verified');
  });

  test('a look-alike link makes it a scam, shown first, whatever else the text says', () => {
    const r = interpretMessage(
      '【工业和信息化部】验证码：604871。您的首次备案已提交，核验链接：http://beian.miit.gov.cn.verify-icp.cn/#/ComplaintA，有效期1天',
    );
    expect(r.kind).toBe('scam');
    expect(r.suspiciousHosts).toEqual(['beian.miit.gov.cn.verify-icp.cn']);
    expect(r.notes[0]).toEqual({ code: 'suspiciousHost', params: { host: 'beian.miit.gov.cn.verify-icp.cn' } });
  });

  test('a yearly fee for filing is a scam (filing is free, has no yearly fee, does not expire)', () => {
    expect(
      kind(
        '【备案中心】您的ICP备案即将到期，请于3日内登录 beian-miit.gov-cn.top 缴纳年审费用300元，逾期备案号将被注销。',
      ),
    ).toBe('scam');
    expect(kind('您好，您的网站备案需要缴纳本年度备案年费 680 元，请联系客服办理。')).toBe('scam');
    expect(interpretMessage('ICP 备案是免费的，不收取任何费用。').kind).not.toBe('scam');
  });

  test('official hosts and the filer’s own domain are never flagged', () => {
    const police = interpretMessage(
      '请在网站开通后30日内登录 www.beian.gov.cn 或 https://beian.mps.gov.cn 办理公安联网备案。',
    );
    expect(police.suspiciousHosts).toEqual([]);
    expect(police.kind).toBe('police-filing');
    const shell = interpretMessage(
      '【阿里云】经核查，您的网站 beian-notes.cn（苏ICP备2024012345号-1）无法访问，已成为空壳网站，请在30日内整改，否则将被注销备案。',
    );
    expect(shell.suspiciousHosts).toEqual([]);
    expect(shell.kind).toBe('shell-warning');
    expect(interpretMessage('核验链接：https://beian.miit.gov.cn/#/Integrated/ComplaintA').suspiciousHosts).toEqual([]);
    expect(interpretMessage('请登录 https://console.aliyun.com/beian 查看').suspiciousHosts).toEqual([]);
  });
});

describe('the rest of the process, read right', () => {
  const cases: [string, MessageKind][] = [
    ['您的备案订单正在初审中，审核人员将在1个工作日内致电主体负责人核实信息，请保持电话畅通。', 'first-review'],
    ['您上传的核验照片不合格：背景不是纯白色且佩戴了眼镜，请重新拍摄上传。', 'materials-needed'],
    ['您的备案需要补充材料：请上传加盖公章的《网站备案信息真实性核验单》。', 'materials-needed'],
    ['您的网站涉及医疗保健内容，需要先取得前置审批文件，请上传前置审批文件后再提交。', 'materials-needed'],
    ['我填验证码的时候提示验证码已过期', 'code-expired'],
    ['核验页面提示：验证码错误', 'code-wrong'],
    ['在工信部网站查询显示：未查询到相关信息', 'no-record'],
    ['您的备案申请已提交通管局审核，请耐心等待。', 'submitted-to-bureau'],
    [
      '【腾讯云】您的网站备案（京ICP备2020012345号-1）因网站无法访问被认定为空壳网站，请于15日内恢复访问。',
      'shell-warning',
    ],
    ['【京东云】由于您的云主机已释放，京东云已对您的网站办理取消接入。', 'access-cancel'],
    ['【华为云】您的注销网站申请已完成，备案号青ICP备2024000928号-2已注销。', 'cancelled'],
    ['【腾讯云】备案信息专项核查：您备案的网站负责人证件即将过期，请于30日内更新证件信息。', 'info-check'],
    ['【阿里云】您正在登录阿里云账号，验证码 385920，5分钟内有效，切勿泄露。', 'not-a-filing-code'],
    [
      '[MIIT] Verification code: 604218. Your ICP filing (new site) has been submitted. Link: beian.miit.gov.cn, valid for 1 day.',
      'miit-sms',
    ],
    ['【工业和信息化部】验证码：4 8 2 9 1 3。您的新增接入已提交，核验链接：beian.miit.gov.cn，有效期1天', 'miit-sms'],
  ];
  for (const [text, want] of cases) test(`${want}: ${text.slice(0, 30)}…`, () => expect(kind(text)).toBe(want));

  test('English and spaced codes are read', () => {
    expect(interpretMessage('[MIIT] Verification code: 604218. Link: beian.miit.gov.cn').code).toBe('604218');
    expect(interpretMessage('【工业和信息化部】验证码：4 8 2 9 1 3。核验链接：beian.miit.gov.cn').code).toBe('482913');
  });

  test('an approval that gives both numbers: the website’s is filingNumber, the 主体 one subjectNumber', () => {
    const r = interpretMessage(
      '您好，您的ICP备案已通过广东省通信管理局审核。\n主体备案号：粤ICP备2026012345号\n网站备案号：粤ICP备2026012345号-1\n请在网站首页底部悬挂网站备案号。',
      { provinces: provinceTable(PROVINCES) },
    );
    expect(r.kind).toBe('approved');
    expect(r.filingNumber).toBe('粤ICP备2026012345号-1');
    expect(r.subjectNumber).toBe('粤ICP备2026012345号');
    expect(r.province).toEqual({ href: '/provinces/guangdong/', name: '广东' });
  });

  test('a provider’s login code is not offered as the MIIT code', () => {
    const r = interpretMessage('【阿里云】您正在登录阿里云账号，验证码 385920，5分钟内有效。');
    expect(r.kind).toBe('not-a-filing-code');
    expect(r.code).toBeUndefined();
    expect(r.notes).toContainEqual({ code: 'notMiitCode', params: { code: '385920' } });
  });

  test('unknown says what it found and never that a present word is absent', () => {
    const r = interpretMessage('Verification code: 604218');
    expect(r.code).toBe('604218');
    const odd = interpretMessage('备案那边说审核通过了');
    expect(odd.kind).toBe('unknown');
    expect(odd.closest).toEqual(['first-review-passed', 'approved']);
    expect(odd.found).toContain('通过');
  });
});
