import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FILING_TYPES, NO_SMS_FILING_TYPES, VERIFY_HOST, findHosts, parseMiitSms } from '../../src/lib/miit-sms';
import { interpretMessage } from '../../src/lib/messages';
import { extractSmsInfo } from '../../src/lib/verification/sms';

/** The one verbatim SMS (facts §1), with its placeholder code. */
const SEED =
  '【工业和信息化部】验证码：xxxxxx。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';
/** Issue 12: a wording unlike the seed's (made up, as a user might receive or retype it). */
const OTHER =
  '【工信部】尊敬的ICP用户：您的ICP备案申请需进行短信核验，验证码：123456，请于24小时内登录https://beian.miit.gov.cn/ 进行验证。';

/** SMS wordings, each with the code and the filing type both tools must read. */
const SMS: [string, string | null, string | null][] = [
  [SEED, null, '新增接入'],
  [SEED.replace('xxxxxx', '654321'), '654321', '新增接入'],
  [OTHER, '123456', null],
  ['【工业和信息化部】验证码：482913。您的首次备案申请已提交，核验链接：beian.miit.gov.cn', '482913', '首次备案'],
  [
    '【工业和信息化部】校验码：017350。您的变更主体已提交，核验链接：https://beian.miit.gov.cn/#/Integrated/ComplaintA',
    '017350',
    '变更主体',
  ],
  ['【工業和信息化部】驗證碼：２０２６１１。您的註銷網站已提交，核驗鏈接：beian.miit.gov.cn', '202611', '注销网站'],
  ['验证码为 １２３４５６ ，您的变更网站申请已提交 工信部', '123456', '变更网站'],
  ['998877是您的短信验证码，您的新增网站已提交，请在 beian.miit.gov.cn 核验【工信部】', '998877', '新增网站'],
  ['工信部 123456 核验', '123456', null],
  ['工信部：您的ICP备案申请需进行短信核验，验证码是 ', null, null],
];

describe('one parser: the checker and the interpreter read the same SMS the same way', () => {
  test.each(SMS)('%s', (text, code, type) => {
    const checker = extractSmsInfo(text);
    const answer = interpretMessage(text);
    expect(checker.code).toBe(code);
    expect(checker.filingType).toBe(type);
    expect(answer.code ?? null).toBe(code);
    expect(answer.filingType ?? null).toBe(type);
  });

  test('申请类型 is a real filing type or nothing, whatever the text', () => {
    const types = new Set<string>(FILING_TYPES);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            ...'您的ICP备案申请需进行短信核验验证码是首次新增网站接入变更主体注销已提交,:123456 '.split(''),
          ),
          maxLength: 60,
        }),
        (s) => {
          const a = extractSmsInfo(s).filingType;
          const b = interpretMessage(s).filingType;
          if (a !== null) expect(types.has(a)).toBe(true);
          if (b !== undefined) expect(types.has(b)).toBe(true);
          expect(b ?? null).toBe(a);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseMiitSms', () => {
  test('the @examples', () => {
    expect(parseMiitSms(OTHER)).toMatchObject({
      code: '123456',
      filingType: null,
      hosts: ['beian.miit.gov.cn'],
      isMiitSms: true,
    });
    expect(parseMiitSms(SEED)).toMatchObject({ code: null, filingType: '新增接入', isMiitSms: true });
    expect(parseMiitSms('【工信部】验证码：123456')).toMatchObject({ code: '123456', isMiitSms: true });
    expect(parseMiitSms('验证码：123456。您的首次备案申请已提交，核验链接：beian.miit.gov.cn').filingType).toBe(
      '首次备案',
    );
    expect(parseMiitSms('第一条：209337 第二条（重发的）：774510')).toMatchObject({
      code: '774510',
      olderCodes: ['209337'],
      resent: true,
    });
    expect(parseMiitSms('【百度智能云】您的备案已通过初审，请完成工信部短信核验。您的验证码为 551203')).toMatchObject({
      code: null,
      providerCode: '551203',
      isMiitSms: false,
    });
    expect(FILING_TYPES.includes('新增接入')).toBe(true);
    expect(NO_SMS_FILING_TYPES.includes('取消接入')).toBe(true);
    expect(VERIFY_HOST).toBe('beian.miit.gov.cn');
  });

  test('evidence, not one template', () => {
    expect(parseMiitSms('【某银行】验证码：123456，5分钟内有效，请勿泄露。').isMiitSms).toBe(false);
    expect(parseMiitSms('【工业和信息化部】\n验证码： 600 \n').isMiitSms).toBe(false);
    expect(parseMiitSms('验证码：123456，请登录 beian.miit.gov.cn').isMiitSms).toBe(true);
    expect(parseMiitSms('您的验证码 123456，请尽快完成核验').isMiitSms).toBe(true);
  });

  test('an unlabelled number is a code only when it is the only one and the text is from MIIT', () => {
    expect(parseMiitSms('工信部 123456 654321').code).toBeNull();
    expect(parseMiitSms('工信部 12345678').code).toBeNull();
    expect(parseMiitSms('订单 123456 已提交').code).toBeNull();
    expect(parseMiitSms('beian.miit.gov.cn 123456').code).toBe('123456');
  });

  test('hosts: links, not e-mail addresses; lookalikes are other hosts', () => {
    expect(findHosts('核验链接:https://beian.miit.gov.cn/#/Integrated/ComplaintA')).toEqual(['beian.miit.gov.cn']);
    expect(findHosts('请登录 beian-miit.example.top 核验')).toEqual(['beian-miit.example.top']);
    expect(findHosts('邮件 icp@example.com,版本 1.5,网址 Beian.MIIT.gov.cn.example.top/x')).toEqual([
      'beian.miit.gov.cn.example.top',
    ]);
    expect(findHosts('http://10.0.0.1/verify')).toEqual(['10.0.0.1']);
    expect(parseMiitSms('验证码:123456,核验:beian.miit.gov.cn.example.top').otherHosts).toEqual([
      'beian.miit.gov.cn.example.top',
    ]);
  });
});
