/**
 * The fourth independent tester (Chinese tools, 2026-12-05): the decoder's readings they found wrong or dangerous
 * (ids of their table: #122, #100…), each with wordings of our own of the same family. Written before the fixes.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage, type MessageKind } from '../../src/lib/messages';
import { readMessage } from './read-message';

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
