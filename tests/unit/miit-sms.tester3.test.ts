/**
 * The third independent tester (Chinese tools, 2026-12-05): the MIIT SMS parser as both the decoder and
 * 短信核验信息自查 use it. Written before the fixes (finding 2, N30, N37), with wordings of our own for each family.
 */
import { describe, expect, test } from 'vitest';
import { parseMiitSms } from '../../src/lib/miit-sms';
import { interpretMessage } from '../../src/lib/messages';
import { extractSmsInfo } from '../../src/lib/verification/sms';
import { dictionary } from '../../src/i18n';
import { readMessage } from './read-message';

const MIIT = (code: string, type = '首次备案') =>
  `【工业和信息化部】验证码：${code}。您的${type}已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】`;
const RESENT = '您的短信验证码已重发成功，请查看手机并尽快完成短信核验。';

describe('two MIIT codes: the latest is the one to use (finding 2: P22, Q05, Q06)', () => {
  /** Two SMS pasted one after the other, nothing said about a resend: the last, hedged (two people each get one). */
  const twoSms: [string, string, string][] = [
    [MIIT('209337') + '\n' + MIIT('774510'), '774510', '209337'], // P22
    [MIIT('209337') + MIIT('774510'), '774510', '209337'],
    [
      '12381 12-04 09:12\n' + MIIT('401876', '新增网站') + '\n12381 12-04 10:40\n' + MIIT('558120', '新增网站'),
      '558120',
      '401876',
    ],
    [MIIT('111111') + '\n' + MIIT('222222') + '\n' + MIIT('333333'), '333333', '111111, 222222'],
  ];
  test.each(twoSms)('%s', (text, code, old) => {
    expect(parseMiitSms(text)).toMatchObject({ code, olderCodes: old.split(', '), isMiitSms: true });
    const r = interpretMessage(text);
    expect(r.code).toBe(code);
    expect(r.notes).toContainEqual({ code: 'olderCodeMaybe', params: { code, old } });
    const info = extractSmsInfo(text);
    expect(info.code).toBe(code);
    expect(info.olderCodes).toEqual(old.split(', '));
    expect(info.notes).toContainEqual({ code: 'sms.olderCodeMaybe', params: { code, old } });
  });

  /** The text says the code was sent again (or which SMS came first): the latest, firmly; wherever it stands. */
  const resent: [string, string, string][] = [
    [MIIT('209337') + '\n' + RESENT + '\n' + MIIT('774510'), '774510', '209337'], // Q05
    ['第一条：209337 第二条（重发的）：774510 用哪个', '774510', '209337'], // Q06
    ['先收到 209337，后来又收到 774510，填哪个？', '774510', '209337'],
    ['重发以后收到的验证码是 774510，之前那条是 209337', '774510', '209337'],
    ['旧验证码 209337，新验证码 774510，核验页面该填哪个', '774510', '209337'],
    ['验证码 774510（重发的），209337 是上一条的', '774510', '209337'],
    ['I got 209337 first, then it was resent and the new code is 774510. Which one?', '774510', '209337'],
    ['验证码 209337 过期了，重新获取了一个 774510', '774510', '209337'],
  ];
  test.each(resent)('%s', (text, code, old) => {
    expect(parseMiitSms(text)).toMatchObject({ code, olderCodes: [old], resent: true });
    const r = interpretMessage(text);
    expect(r.code).toBe(code);
    expect(r.notes).toContainEqual({ code: 'olderCode', params: { code, old } });
    const info = extractSmsInfo(text);
    expect(info.code).toBe(code);
    expect(info.notes).toContainEqual({ code: 'sms.olderCode', params: { code, old } });
  });

  test('with the page’s 101 between them, the heading stays “resent” (Q05), with the latest code', () => {
    const r = interpretMessage(MIIT('209337') + '\n' + RESENT + '\n' + MIIT('774510'));
    expect(r.kind).toBe('resend-sent');
    expect(r.code).toBe('774510');
  });

  test('the words say it: both dictionaries, naming both codes', () => {
    const zh = readMessage(MIIT('209337') + '\n' + MIIT('774510'));
    expect(zh.notes.join('')).toMatch(/209337/);
    expect(zh.notes.join('')).toMatch(/最新/);
    for (const lang of ['zh-CN', 'en'] as const) {
      const d = dictionary(lang);
      for (const t of [
        d.messageDecoder.notes.olderCode,
        d.messageDecoder.notes.olderCodeMaybe,
        d.smsCheck.issues['sms.olderCode'],
        d.smsCheck.issues['sms.olderCodeMaybe'],
      ]) {
        expect(t).toContain('{code}');
        expect(t).toContain('{old}');
      }
    }
  });

  test.each(
    [
      // one code, said twice (the SMS and what the reader typed)
      ['短信里的验证码是 771052，我输入的也是 771052，提示错误', '771052'],
      MIIT('654321') + '\n' + MIIT('654321'),
      // a login code after the MIIT SMS is still not the MIIT code
      [MIIT('330247') + '\n【阿里云】验证码：771199，您正在登录阿里云账号，5分钟内有效，请勿泄露。', '330247'],
      ['【阿里云】验证码：771199，您正在登录阿里云账号，请勿泄露。\n' + MIIT('330247'), '330247'],
      // two codes the reader typed and read, no second SMS: nothing said about an older one
      ['我输入的验证码 123456 提示验证码错误，短信里的验证码是 654321', null],
    ].map((x) => (Array.isArray(x) ? x : [x, '654321'])),
  )('no older code: %s', (text, code) => {
    const p = parseMiitSms(text as string);
    expect(p.olderCodes).toEqual([]);
    if (code) expect(p.code).toBe(code);
    const r = interpretMessage(text as string);
    expect(r.notes.map((n) => n.code)).not.toContain('olderCode');
    expect(r.notes.map((n) => n.code)).not.toContain('olderCodeMaybe');
  });
});

describe('a code in a provider-signed notice is not the MIIT code (N30)', () => {
  const provider: [string, string, string][] = [
    [
      '【百度智能云】您的备案已通过初审，请在24小时内完成工信部短信核验。您的验证码为 551203，请勿泄露',
      '551203',
      'first-review-passed',
    ],
    [
      '【阿里云】您的ICP备案已提交管局，请在24小时内完成工信部短信核验，核验验证码：318204。',
      '318204',
      'submitted-to-bureau',
    ],
    [
      '【腾讯云】备案订单已提交至管局审核，工信部短信核验的验证码是 702913，请尽快核验。',
      '702913',
      'submitted-to-bureau',
    ],
    ['您的备案已通过初审，请完成工信部短信核验，验证码 551203【百度智能云】', '551203', 'first-review-passed'],
    ['【阿里云】您的备案已提交管局，请留意12381发送的核验短信，验证码 551203', '551203', 'submitted-to-bureau'],
  ];
  test.each(provider)('%s', (text, code, kind) => {
    const p = parseMiitSms(text);
    expect(p.code).toBeNull();
    expect(p.providerCode).toBe(code);
    expect(p.isMiitSms).toBe(false);
    const r = interpretMessage(text);
    expect(r.kind).toBe(kind);
    expect(r.code).toBeUndefined();
    expect(r.notes).toContainEqual({ code: 'providerCode', params: { code } });
    const info = extractSmsInfo(text);
    expect(info.code).toBeNull();
    expect(info.verificationSms).toBe(false);
    expect(info.notes).toContainEqual({ code: 'sms.providerCode', params: { code } });
    expect(info.notes.map((n) => n.code)).not.toContain('sms.noCode');
  });

  test('the MIIT SMS pasted after such a notice is read, and only its code', () => {
    const text =
      '【百度智能云】您的备案已通过初审，请在24小时内完成工信部短信核验。您的验证码为 551203，请勿泄露\n' +
      MIIT('774510');
    const r = interpretMessage(text);
    expect(r.kind).toBe('miit-sms');
    expect(r.code).toBe('774510');
    expect(r.notes.map((n) => n.code)).not.toContain('olderCodeMaybe');
    expect(r.notes).toContainEqual({ code: 'providerCode', params: { code: '551203' } });
    expect(extractSmsInfo(text)).toMatchObject({ code: '774510', verificationSms: true });
  });

  test('a provider’s code signed at its end, right after the MIIT SMS’s own end tag, is still the provider’s', () => {
    const text =
      '【工业和信息化部】验证码：209337。您的首次备案已提交，核验链接：beian.miit.gov.cn【工信部ICP备案】您的验证码为551203，请完成核验【百度智能云】';
    expect(parseMiitSms(text)).toMatchObject({ code: '209337', olderCodes: [], providerCode: '551203' });
    expect(interpretMessage(text).code).toBe('209337');
  });

  test('the MIIT SMS itself in a provider’s tag (its link, 核验链接) is still read', () => {
    expect(parseMiitSms('【阿里云】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn').code).toBe(
      '123456',
    );
    expect(
      interpretMessage('【腾讯云】您的备案需短信核验，验证码：123456，请登录 beian.miit.gov.cn 完成核验').code,
    ).toBe('123456');
  });

  test('the words say where the MIIT code comes from, in both dictionaries', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const d = dictionary(lang);
      expect(d.messageDecoder.notes.providerCode).toContain('{code}');
      expect(d.smsCheck.issues['sms.providerCode']).toContain('{code}');
    }
    expect(dictionary('zh-CN').messageDecoder.notes.providerCode).toMatch(/工信部/);
    expect(dictionary('en').messageDecoder.notes.providerCode).toMatch(/MIIT/);
  });
});

describe('an MIIT SMS for 取消接入 is unusual: said, whatever the heading (N37)', () => {
  test.each([
    MIIT('339012', '取消接入'),
    '【工信部】您的取消接入申请已提交，验证码：339012，请登录beian.miit.gov.cn核验',
    '收到工信部短信，验证码 339012，说我的取消接入已提交，要去核验吗',
  ])('%s', (text) => {
    const r = interpretMessage(text);
    expect(r.code).toBe('339012');
    expect(r.notes[0]).toEqual({ code: 'smsNone' });
    expect(r.notes.filter((n) => n.code === 'smsNone')).toHaveLength(1);
    expect(extractSmsInfo(text).notes.map((n) => n.code)).toContain('sms.cancelAccess');
  });

  test('the note says it is unusual and to ask the provider before verifying', () => {
    expect(dictionary('zh-CN').messageDecoder.notes.smsNone).toMatch(/不寻常|少见/);
    expect(dictionary('zh-CN').messageDecoder.notes.smsNone).toMatch(/接入商/);
    expect(dictionary('en').messageDecoder.notes.smsNone).toMatch(/unusual/);
  });
});
