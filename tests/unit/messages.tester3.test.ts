/**
 * The third independent tester (Chinese tools, 2026-12-05): the decoder's readings they found wrong or dangerous
 * (ids of their table: Q04, M70, N34…), each with wordings of our own of the same family. Written before the fixes.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage, type MessageKind } from '../../src/lib/messages';
import { dictionary } from '../../src/i18n';
import { viewOf } from '../../src/components/message-decoder/view';
import { readMessage } from './read-message';

const zh = dictionary('zh-CN').messageDecoder;
const en = dictionary('en');
const kindOf = (text: string): MessageKind => interpretMessage(text).kind;

describe('someone else named as not done yet: others pending (finding 1)', () => {
  test.each([
    '我的核验通过了，等待管局审核，老板那边还没弄', // Q04
    '核验通过，等待管局审核。（这是我的，我老婆的还没做）', // Q07
    '页面说我的核验完成了，等别人核验', // M12
    '主体负责人：已完成；网站负责人：未完成', // P17
    '我这边验完了，我老公还没验',
    '核验完成了，客户那边还没操作',
    '我已经核验成功了，领导的还没核验',
    '我的短信核验通过了 媳妇还没弄',
    '我验证好了，另一个人还没完成',
    '核验状态：主体负责人 已核验，网站负责人 待核验',
    '网站负责人：未完成',
    '我的已经核验完成，对方那边还没验证',
    '我核验通过了，我爱人的还没做，等管局审核',
  ])('%s → verified-others-pending', (text) => expect(kindOf(text)).toBe('verified-others-pending'));
});

describe('the reader addressed, or someone else done: not others pending', () => {
  test.each([
    '尊敬的客户：您的备案订单尚未完成短信核验，请尽快核验',
    '尊敬的客户您好您的短信核验还没完成',
    '另外，请在24小时内完成核验',
    '老板那边也核验完了',
  ])('%s', (text) => expect(kindOf(text)).not.toBe('verified-others-pending'));
});

describe("the reader's own part is not all done (finding 1)", () => {
  test.each([
    '我这边核验通过了，等管局审核吧', // Q01
    '我的核验通过了，等待管局审核',
    '我已经验完了，接下来等管局审核',
    '我的短信核验已经完成了，该提交管局了吧',
    '我这边验证成功了',
  ])('%s → not verified; unknown with the closest kinds 31, 3, 20', (text) => {
    const r = interpretMessage(text);
    expect(r.kind).not.toBe('verified');
    expect(r.kind).toBe('unknown');
    expect(r.closest).toEqual(['verified-others-pending', 'verified', 'already-verified']);
  });

  test('in English too: "my part" is one part', () => {
    const r = interpretMessage("I've verified mine, now waiting for the bureau review");
    expect(r.kind).not.toBe('verified');
  });

  test('a bare 核验完成 stays unknown as before', () => {
    expect(interpretMessage('核验完成').closest).toEqual(['verified-others-pending', 'verified', 'already-verified']);
  });
});

describe('all done in words (finding 1)', () => {
  test.each([
    '全部核验完成了等管局审核', // M70
    '两个负责人都核验完了', // P18
    '都验完了，等管局吧',
    '我们两个都已核验',
    '主体负责人和网站负责人都核验完了',
    '全部核验通过了，现在等管局',
    '短信核验全部完成了',
    '所有负责人都验证完成了',
  ])('%s → verified', (text) => expect(kindOf(text)).toBe('verified'));

  test.each(['还没全部核验完成', '两个负责人还没都核验完', '全部核验完成后管局才会审核'])(
    'not when denied or a condition: %s',
    (text) => expect(kindOf(text)).not.toBe('verified'),
  );

  test('a console\'s own "核验通过，等待管局审核" (no first person) stays all done', () => {
    expect(kindOf('核验通过，等待管局审核')).toBe('verified');
  });
});

describe('a 驳回 by the 管局 is a return whatever tag leads (N34)', () => {
  test.each([
    '【火山引擎】尊敬的用户，您的备案已被管局驳回，驳回原因：网站名称张三的博客不规范',
    '【火山引擎】您的备案已被管局驳回。驳回原因：网站名称“张三的博客”与内容不符',
    '【阿里云】您的ICP备案申请被浙江省通信管理局驳回，驳回原因如下：个人网站名称不能含“博客”',
    '【腾讯云】管局已驳回您的备案，驳回理由：网站名称不符合要求',
    '您的备案被管局退回了。退回原因：网站负责人电话无法接通',
  ])('%s → returned', (text) => {
    const r = interpretMessage(text);
    expect(r.kind).toBe('returned');
    expect(r.reason).toBeTruthy();
  });

  test('a provider 驳回 with a 驳回原因 label stays the provider’s', () => {
    expect(kindOf('【火山引擎】您的备案初审被驳回，驳回原因：核验照片不清晰')).not.toBe('returned');
    expect(kindOf('您的备案订单初审未通过。驳回原因：网站名称不规范')).toBe('rejected');
  });
});

describe('注销 done in words (N35)', () => {
  test.each([
    '【天翼云】您的ICP备案已成功注销。',
    '您的网站备案已经成功注销',
    '备案注销成功了',
    '【阿里云】您的主体备案已顺利注销。',
    '我们的备案已经注销成功了',
  ])('%s → cancelled', (text) => expect(kindOf(text)).toBe('cancelled'));

  test.each(['您的注销申请已提交，请等待管局审核', '备案尚未成功注销'])('not cancelled: %s', (text) =>
    expect(kindOf(text)).not.toBe('cancelled'),
  );
});

describe('初审 to be completed within some days is 初审 in progress (P30)', () => {
  test.each([
    '【西部数码】您的备案资料已提交，将在1-2个工作日内完成初审，请保持电话畅通。',
    '您的备案订单预计3个工作日内完成初审',
    '我们会在1个工作日内为您完成初审',
    '初审预计在2个工作日内完成',
    '初审将于1-3个工作日内完成，请耐心等待',
    'Your preliminary review will be completed within 1-2 working days.',
  ])('%s → first-review', (text) => expect(kindOf(text)).toBe('first-review'));

  test('a completion after which something else happens is no 初审 in progress', () => {
    expect(kindOf('我们会在完成初审后提交管局')).not.toBe('first-review');
  });
});

describe('an unexpected 注销 SMS leads with "先别核验，马上问接入商" (R05)', () => {
  const SMS = (type: string) =>
    `【工业和信息化部】验证码：339012。您的${type}已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天`;
  test.each([
    `我没有申请注销，但是收到：${SMS('注销网站')}`,
    `${SMS('注销主体')}\n我没申请过注销啊`,
    `${SMS('注销网站')} 这个不是我提交的`,
    `${SMS('注销备案')}\n我们从来没有申请过注销，怎么回事`,
    `收到这条，可我不想注销：${SMS('注销网站')}`,
    `I never applied to deregister, but got this: ${SMS('注销网站')}`,
    `${SMS('注销主体')}\nWe did not request any cancellation.`,
  ])('%s', (text) => {
    const r = readMessage(text);
    expect(r.kind).toBe('miit-sms');
    expect(r.noteCodes.map((n) => n.code)).toContain('cancelNotAsked');
    // the first advice, not a note at the bottom
    expect(r.nextSteps[0]).toMatch(/^先别核验，马上问接入商/);
    expect(r.notes.join('')).not.toContain('先别核验，马上问接入商');
    const v = viewOf(interpretMessage(text), en.messageDecoder, en.pages);
    expect(v.now).toMatch(/^Do not verify yet: ask your access provider now/);
  });

  test('a 注销 the reader asked for keeps the usual first advice and the note', () => {
    const r = readMessage(`${SMS('注销网站')}`);
    expect(r.nextSteps[0]).toBe(zh.kinds['miit-sms'].now);
    expect(r.noteCodes.map((n) => n.code)).toContain('smsCancel');
    expect(r.noteCodes.map((n) => n.code)).not.toContain('cancelNotAsked');
  });

  test('a provider\'s "若您未申请注销" is a condition, not the reader\'s denial', () => {
    const r = readMessage(`${SMS('注销网站')}\n温馨提示：若您未申请注销，请勿核验并联系接入商。`);
    expect(r.noteCodes.map((n) => n.code)).not.toContain('cancelNotAsked');
  });

  test('a denial for another filing type does not turn the first advice', () => {
    const r = readMessage(`${SMS('首次备案')} 这是我提交的`);
    expect(r.nextSteps[0]).toBe(zh.kinds['miit-sms'].now);
  });
});

describe('only six digits found (M62)', () => {
  test.each(['382915', ' 382915 ', '382 915'])('%s: says what it found, and claims no list', (text) => {
    const r = readMessage(text);
    expect(r.kind).toBe('unknown');
    expect(r.noteCodes).toContainEqual({ code: 'sixDigits', params: { digits: '382915' } });
    expect(r.notes[0]).toContain('只找到一串 6 位数字 382915');
    expect(r.meaning).not.toContain('下面列出');
    const v = viewOf(interpretMessage(text), en.messageDecoder, en.pages);
    expect(v.notes[0]).toContain('382915');
    expect(v.meaning).not.toContain('Below is');
  });

  test('nothing found at all: no list is claimed', () => {
    const r = readMessage('今天天气不错');
    expect(r.meaning).not.toContain('下面列出');
    expect(r.meaning).toBe(zh.unknown.meaningBare);
  });

  test('with words found, the list is still announced', () => {
    const r = readMessage('核验完成');
    expect(r.meaning).toBe(zh.unknown.meaning);
  });
});
