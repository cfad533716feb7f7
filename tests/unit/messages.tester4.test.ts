/**
 * The fourth independent tester (Chinese tools, 2026-12-05): the decoder's readings they found wrong or dangerous
 * (ids of their table: #122, #100…), each with wordings of our own of the same family. Written before the fixes.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage, type MessageKind } from '../../src/lib/messages';
import { readMessage } from './read-message';
import { dictionary } from '../../src/i18n';
import { viewOf } from '../../src/components/message-decoder/view';

const en = dictionary('en');

const kindOf = (text: string): MessageKind => interpretMessage(text).kind;

describe('expiry warned of or asked about is not an expired code (#122, #145, #146)', () => {
  test.each([
    '[图片] 他说验证码是 882731 让我赶紧填 不然过期', // #122
    '工信部短信的验证码是 556102 快点填 要过期了', // #145
    '验证码什么时候过期啊 我是昨天下午四点收到的 验证码 330918', // #146
    '验证码 418203 快过期了 赶紧核验',
    '验证码 418203 会不会过期',
    '验证码 418203 过期了吗',
    '验证码 418203 是不是过期了',
    '验证码 418203 多久过期',
    '快去填验证码 418203，否则就过期了',
    '验证码 418203 马上就要过期了',
    '验证码 418203 有效期多久，会过期吗',
    '验证码 418203 还没过期吧',
  ])('%s → not code-expired', (text) => {
    const r = interpretMessage(text);
    expect(r.kind).not.toBe('code-expired');
  });

  test.each([
    '【工业和信息化部】验证码：556102。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】 快点填 要过期了',
    '【工业和信息化部】验证码：556102。您的首次备案已提交，有效期 1 天 这个什么时候过期',
  ])('the MIIT SMS with a warning or question about expiry stays the MIIT SMS: %s', (text) => {
    const r = interpretMessage(text);
    expect(r.kind).toBe('miit-sms');
    expect(r.deadline).toBe('sms-24h');
  });

  test.each([
    '验证码已过期',
    '验证码过期了，怎么办',
    '我的验证码已经失效了',
    '核验页面提示验证码已过期',
    '验证码超过有效期了',
    '收到的验证码过期了 482913',
    '短信验证码失效',
  ])('a code stated as expired stays code-expired: %s', (text) => expect(kindOf(text)).toBe('code-expired'));
});

const FAIL2 = '尊敬的ICP用户：您的短信核验失败,请输入正确的信息。';
const FAIL0 = '尊敬的ICP用户：您的短信核验失败,请您重新验证。';

describe('a failed verification after 5 failures: the 5-try rule first, no "submit again" (#100, #135)', () => {
  test.each([
    `"…请您重新验证。" 我已经错了5次了还能再试吗`, // #100
    `${FAIL0} 我已经错了5次了还能再试吗`,
    Array(5).fill(FAIL2).join('\n'), // #135
    `${FAIL2} 输了五次都这样`,
    `${FAIL2} 已经失败5次了`,
    `${FAIL0}\n连续5次都失败了，怎么办`,
    `${FAIL2} 这是第6次失败了`,
    `${FAIL2}\n${FAIL0}\n${FAIL2}\n${FAIL0}\n${FAIL2}`,
    '核验失败，请输入正确的信息。我填错了五次',
  ])('%s', (text) => {
    const r = readMessage(text);
    expect(['failed-wrong-info', 'failed-retry']).toContain(r.kind);
    expect(r.noteCodes.map((n) => n.code)).toContain('triesUsed');
    const first = r.nextSteps[0]!;
    expect(first).toMatch(/第 6 次/);
    expect(first).toMatch(/别再提交/);
    expect(r.nextSteps.join('')).not.toMatch(/再提交一次|后再提交。/);
  });

  test.each([
    [`${FAIL2} 已经错了3次`, 3, 2],
    [`${FAIL0} 试了四次了`, 4, 1],
    [Array(3).fill(FAIL2).join('\n'), 3, 2],
    [`${FAIL2} 第4次失败了`, 4, 1],
  ])('3 or 4 failures: how many tries are left: %s', (text, count, left) => {
    const r = readMessage(text);
    expect(r.noteCodes).toContainEqual({ code: 'triesLeft', params: { count, left } });
    expect(r.nextSteps[0]).toMatch(new RegExp(`还能再试 ${left} 次`));
  });

  test.each([FAIL2, `${FAIL0} 错了1次`, `${FAIL2}\n${FAIL2}`, `${FAIL2} 24小时内还能试吗`])(
    'fewer than 3 failures: no count note: %s',
    (text) => {
      const codes = interpretMessage(text).notes.map((n) => n.code);
      expect(codes).not.toContain('triesUsed');
      expect(codes).not.toContain('triesLeft');
    },
  );

  test('in English too', () => {
    const r = interpretMessage(
      'Your SMS verification failed, please enter the correct information. I have failed 5 times',
    );
    expect(r.notes.map((n) => n.code)).toContain('triesUsed');
    const v = viewOf(r, en.messageDecoder, en.pages);
    expect(v.now).toMatch(/6th/);
    expect(v.now).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('status 4 with another person still to verify: status 4 stays, the other person is added (#117)', () => {
  test.each([
    '该条验证库里找不到记录或已完成验证 但我同事说他也还没核验 他的手机也没收到短信', // #117
    '尊敬的ICP用户：该条验证库里找不到记录或已完成验证。网站负责人还没核验',
    '页面显示该条验证库里找不到记录或已完成验证，老板那边还没弄',
    '该条验证库里找不到记录或已完成验证 另一个负责人还没验证',
    '网站负责人还没核验，我这边提示该条验证库里找不到记录或已完成验证',
  ])('%s', (text) => {
    const r = readMessage(text);
    expect(r.kind).toBe('no-record');
    expect(r.noteCodes.map((n) => n.code)).toContain('othersPendingToo');
    const all = [r.title, r.meaning, ...r.nextSteps, ...r.notes].join('');
    expect(all).not.toMatch(/你这一份完成了|你已核验/);
    expect(all).toMatch(/24 小时/);
  });

  test('the page\'s own 31 is still "yours done, others pending"', () => {
    expect(kindOf('尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。')).toBe('verified-others-pending');
  });
});

describe("a provider-tagged 审核未通过 naming no 管局 is the provider's 初审 rejection (#22)", () => {
  test.each([
    '【西部数码】您的备案资料审核未通过，原因：网站名称不符合要求', // #22
    '【阿里云】您的ICP备案申请审核不通过，原因：域名未实名认证',
    '【腾讯云】尊敬的用户，您的备案订单审核未通过，请登录控制台查看原因并修改',
    '【新网】您提交的备案信息未通过审核，理由：网站名称过于宽泛',
  ])('%s → rejected', (text) => expect(kindOf(text)).toBe('rejected'));

  test.each([
    '【广东省通信管理局】您的备案申请审核未通过，原因：网站名称不符合要求',
    '【阿里云】您的备案已被管局审核不通过，原因：网站名称不符合要求',
    '【西部数码】您的备案在管局审核未通过，原因：主体证件不清晰',
  ])('a 管局 named or the 管局 speaking is still a return: %s', (text) => expect(kindOf(text)).toBe('returned'));
});

describe('真实性核验 passed and 初审 still to come is not 初审 passed (#138)', () => {
  test.each([
    '【腾讯云】已通过真实性核验，接下来将进行初审', // #138
    '您的人脸核验已通过，接下来我们将进行初审',
    '核验照片已通过，即将进入初审',
    '视频核验通过了，下一步是初审',
    '真实性核验已通过，等待初审',
  ])('%s → first-review', (text) => expect(kindOf(text)).toBe('first-review'));

  test.each(['您的备案订单已通过初审。', '真实性核验和初审都已通过'])('still 初审 passed: %s', (text) =>
    expect(kindOf(text)).toBe('first-review-passed'),
  );
});

describe("the reader's part done and one person left: others pending (#109)", () => {
  test.each([
    '我这边核验好了 还差一个人', // #109
    '我验好了，还差一个',
    '我的核验好了 还差老板的',
    '我这边验证完了，还差另一个负责人',
    '核验好了，还差一个人没验',
  ])('%s → verified-others-pending', (text) => expect(kindOf(text)).toBe('verified-others-pending'));
});

const R31 = '尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。';
const R3 = '尊敬的ICP用户：您的短信核验已全部完成,该请求将提交管局审核。';
const R4 = '尊敬的ICP用户：该条验证库里找不到记录或已完成验证。';

describe('two MIIT page results pasted together: both are read (#44, #68, #45)', () => {
  test('31 for one person, 4 for the other: both named (#44)', () => {
    const r = readMessage(`老板的：${R31}\n我的：${R4}`);
    expect(r.results).toEqual(['verified-others-pending', 'no-record']);
    const note = r.notes.find((n) => n.startsWith('原文里有'))!;
    expect(note).toContain('你已核验，还差其他负责人');
    expect(note).toContain('没找到相关记录');
  });

  test.each([`${R31}\n${R3}`, `先是显示 ${R31} 后来又显示 ${R3}`])(
    '31 then 3: all done, both named (#68): %s',
    (text) => {
      const r = readMessage(text);
      expect(r.kind).toBe('verified');
      expect(r.results).toEqual(['verified-others-pending', 'verified']);
      expect(r.noteCodes.map((n) => n.code)).toContain('twoResults');
    },
  );

  test.each([
    `${R3}\n尊敬的ICP用户：您的短信核验失败,请输入正确的信息。`, // #45
    `尊敬的ICP用户：您的短信核验失败,请您重新验证。\n${R3}`,
    `尊敬的ICP用户：您的短信核验已完成，无需重复提交。\n尊敬的ICP用户：您的短信核验失败,请联系接入商查询核验结果。`,
  ])('done and failed: the contradiction is said first (#45): %s', (text) => {
    const r = readMessage(text);
    expect(r.noteCodes.map((n) => n.code)).toContain('resultsDisagree');
    expect(r.nextSteps[0]).toMatch(/矛盾/);
  });

  test.each([R3, `${R31}\n${R31}`, Array(3).fill('尊敬的ICP用户：您的短信核验失败,请输入正确的信息。').join('\n')])(
    'one result (or the same one repeated): no note: %s',
    (text) => {
      const r = interpretMessage(text);
      expect(r.results).toBeUndefined();
      expect(r.notes.map((n) => n.code)).not.toContain('twoResults');
    },
  );

  test('in English too', () => {
    const r = interpretMessage(`${R31}\n${R4}`);
    const v = viewOf(r, en.messageDecoder, en.pages);
    const note = v.notes.find((n) => /two|2/.test(n) && /result/i.test(n));
    expect(note).toBeDefined();
    expect(note).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
