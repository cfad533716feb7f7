/**
 * The fourth independent tester (Chinese tools, 2026-12-05): the decoder's readings of scams and codes they found
 * wrong or dangerous (ids of their table: #89, #34, #118…), each with wordings of our own of the same family.
 * Written before the fixes.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage } from '../../src/lib/messages';
import { dictionary } from '../../src/i18n';
import { viewOf } from '../../src/components/message-decoder/view';
import { readMessage } from './read-message';

const zh = dictionary('zh-CN');
const en = dictionary('en');
const codes = (text: string) => interpretMessage(text).notes.map((n) => n.code);

describe('a code sent TO the filer’s phone is no request to pass it on (#89, #148)', () => {
  test.each([
    '【天翼云】初审已通过，订单已提交通信管理局，稍后工信部将发送短信验证码至主体负责人及网站负责人手机，请于收到后1天内完成核验', // #89
    '【阿里云】您的备案已提交管局，工信部将发送验证码至您的手机，请及时完成核验。', // #148
    '【腾讯云】您的备案订单已提交至广东省通信管理局，工信部将向主体负责人手机发送短信验证码，请留意查收并在24小时内完成核验。',
    '【华为云】备案信息已提交管局，工信部会下发验证码到网站负责人的手机上，收到后请在24小时内核验。',
    '您的备案已提交至通信管理局，工信部已发送验证码给您，请及时核验。',
    '订单已提交管局，稍后将发送短信验证码到您预留的手机号，请注意查收。',
  ])('%s → submitted to the 管局, no scam', (text) => {
    const r = interpretMessage(text);
    expect(r.kind).toBe('submitted-to-bureau');
    expect(codes(text)).not.toContain('codeRequest');
  });

  test.each([
    '请输入工信部发给您的验证码完成核验',
    '验证码已发送至您的手机，请勿告诉他人',
    '请勿将验证码告诉任何人，包括接入商客服',
    '不要把验证码转发给别人',
    '工信部短信里的验证码要发给接入商客服吗？',
    'MIIT will send a verification code to your mobile phone; please verify within 24 hours.',
  ])('%s → no code request', (text) => {
    expect(interpretMessage(text).kind).not.toBe('scam');
    expect(codes(text)).not.toContain('codeRequest');
  });
});

describe('asking the filer to pass the code on is a scam, whatever else the text says (#34, #147)', () => {
  test.each([
    '您好我是管局工作人员，您的备案信息有误，请加QQ 2938475610 并把收到的验证码发给我', // #34
    '我是管局的 麻烦把你刚收到的验证码发给我 我帮你核验', // #147
    '把收到的验证码发给我',
    '请将短信验证码回复至本号码，我们为您完成核验',
    '您的备案核验失败，请把验证码报给客服重新提交',
    '麻烦把验证码告诉我一下，我这边帮你填',
    '收到工信部短信后，请将验证码转发给备案专员',
    '验证码发我一下',
    '你把验证码发到我手机上 我来操作',
    '请回复验证码以完成备案核验',
    '能把验证码发给我吗？我这边帮你提交',
  ])('%s → scam with the code-request note', (text) => {
    const r = interpretMessage(text);
    expect(r.kind).toBe('scam');
    expect(codes(text)).toContain('codeRequest');
  });
});

describe('the code of an SMS from before a resend is not the code to use (#118)', () => {
  const text =
    '【工信部】您的首次备案已提交，验证码：551902，请在24小时内完成核验 beian.miit.gov.cn\n您的短信验证码已重发成功';
  test.each([
    text,
    '验证码：551902\n已重发成功',
    '【工业和信息化部】验证码：551902。您的新增网站已提交，核验链接：beian.miit.gov.cn，有效期1天\n验证码已重新发送',
  ])('%s → the old code is not shown as the code, and is named as the old one', (t) => {
    const r = interpretMessage(t);
    expect(r.kind).toBe('resend-sent');
    expect(r.code).toBeUndefined();
    expect(r.notes).toContainEqual({ code: 'codeBeforeResend', params: { code: '551902' } });
    expect(readMessage(t).notes.join('')).toContain('新短信');
  });

  test('a new SMS pasted after the resend: its code is the one to use', () => {
    const r = interpretMessage(
      '您的短信验证码已重发成功\n【工信部】验证码：774510，请在24小时内完成核验 beian.miit.gov.cn',
    );
    expect(r.code).toBe('774510');
    expect(r.notes.map((n) => n.code)).not.toContain('codeBeforeResend');
  });

  test('worded in both languages', () => {
    expect(zh.messageDecoder.notes.codeBeforeResend).toContain('{code}');
    expect(en.messageDecoder.notes.codeBeforeResend).toContain('{code}');
  });
});

describe('an MIIT SMS for 取消接入 leads with the caution, not with 办理新增接入 (#61)', () => {
  test.each([
    '【工业和信息化部】验证码：305718。您的取消接入已提交，核验链接：beian.miit.gov.cn，有效期1天',
    '工信部发来的 验证码 305 718 您的取消接入已提交 有效期1天',
    '【工信部ICP备案】您的取消接入已提交，验证码：112233，请于24小时内到beian.miit.gov.cn完成核验',
  ])('%s', (text) => {
    const r = readMessage(text);
    expect(r.kind).not.toBe('access-cancel');
    expect(r.title).not.toBe(zh.messageDecoder.kinds['access-cancel'].title);
    expect(r.nextSteps[0]).toBe(zh.messageDecoder.notes.smsNone);
    expect(r.nextSteps.join('')).not.toContain('新增接入');
    expect(r.statedLimit).toBeUndefined(); // no limit to meet
    expect(r.deadline).toBeUndefined();
    const v = viewOf(interpretMessage(text), en.messageDecoder, en.pages);
    expect(v.now).toBe(en.messageDecoder.notes.smsNone);
  });

  test('a provider’s own 取消接入 notice is still one', () => {
    expect(interpretMessage('【阿里云】您网站 example.com 的接入信息已被取消，如需继续使用请办理新增接入。').kind).toBe(
      'access-cancel',
    );
  });
});

describe('digits inside a licence or filing number are not "only a 6-digit number" (#50)', () => {
  test.each([
    '增值电信业务经营许可证 京ICP证260123号', // #50
    '我们公司的许可证是京ICP证260123号，这是备案号吗',
    '经营许可证编号：沪ICP证123456号',
  ])('%s → no sixDigits note', (text) => {
    expect(codes(text)).not.toContain('sixDigits');
  });

  test('a typed code beside a licence number is still read', () => {
    const r = interpretMessage('验证码错误，我输入的是 482913');
    expect(r.code).toBe('482913');
    expect(interpretMessage('京ICP证260123号 验证码错误').code).toBeUndefined();
  });
});

describe('the deadline quote ends with its own SMS (#81)', () => {
  test.each([
    '【工信部ICP备案】验证码：112233，请在24小时内完成核验 beian.miit.gov.cn 【工信部ICP备案】 【工信部】验证码：918266',
    '【工信部】验证码：112233，请在24小时内完成核验 beian.miit.gov.cn\n【工信部】验证码：918266，请在24小时内完成核验',
    '【工信部】您的首次备案已提交，验证码：551902，请在24小时内完成核验 beian.miit.gov.cn\n您的短信验证码已重发成功',
    '请于24小时内登录 https://beian.miit.gov.cn/#/Integrated/ComplaintA\n该条验证库里找不到记录或已完成验证',
  ])('%s', (text) => {
    const words = interpretMessage(text).statedLimit?.words ?? '';
    expect(words).toMatch(/24小时内/);
    expect(words).not.toMatch(/918266|\[|【|重发|找不到/);
  });
});

describe('a filing number with an odd suffix is not silently cut (#125)', () => {
  test.each(['粤ICP备2026011111号-3X', '京ICP备12345678号-12B', '沪ICP备2026000001号-1234', '浙ICP备2026000001号-2AB'])(
    '%s → not read as a shorter number; the format is said to be wrong',
    (text) => {
      const r = interpretMessage(text);
      expect(r.filingNumber === undefined || r.filingNumber === text).toBe(true);
      expect(codes(text)).toContain('badNumber');
      expect(readMessage(text).notes.join('')).toContain('-N');
    },
  );

  test.each([
    ['粤ICP备2026011111号-2A', '粤ICP备2026011111号-2A'],
    ['粤ICP备2026011111号-3，网站已通过审核', '粤ICP备2026011111号-3'],
    ['备案号：京ICP备12345678号-12', '京ICP备12345678号-12'],
  ])('%s → %s (a real -N stays)', (text, n) => expect(interpretMessage(text).filingNumber).toBe(n));
});
