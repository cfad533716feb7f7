/**
 * A notice's own time limit (tester 3, finding 3: P26, M28, M36, M37, N26) and an approval that also says an ID
 * expires (R06). The limit the notice gives is what the reader must meet: it is read as a structure (a date, or a
 * count of days / working days / hours, with the words it came from) and carried in the interpretation; a date it
 * falls on is given only from the notice's own date, never from today.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage } from '../../src/lib/messages';
import { countOf, documentExpiry, statedLimit } from '../../src/lib/messages/limits';
import { readMessage } from './read-message';
import { dictionary } from '../../src/i18n';
import { limitText } from '../../src/components/message-decoder/view';

describe('the time limit a notice gives its reader', () => {
  test.each([
    // the tester's notices
    ['【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。', 'police-filing', 'days', 7],
    ['【百度智能云】您的备案订单核验照片不合格，请在3天内重新上传。', 'materials-needed', 'days', 3],
    [
      '【腾讯云】备案信息核查：您的网站负责人证件即将过期，请您在15个工作日内登录控制台更新信息。',
      'info-check',
      'working-days',
      15,
    ],
    // our own wordings of the family
    ['【腾讯云】备案核查通知：请于收到本通知之日起十五个工作日内完成整改。', 'info-check', 'working-days', 15],
    ['【阿里云】您的网站无法访问，疑似空壳网站，请三天内恢复访问，逾期将注销备案。', 'shell-warning', 'days', 3],
    ['您的备案订单需补充网站负责人授权书，请在两日内上传。', 'materials-needed', 'days', 2],
    ['【西部数码】备案信息核查：须在48小时内完成整改，否则将暂停接入。', 'info-check', 'hours', 48],
    ['【公安机关】您的网站需办理公安联网备案，请在 30 日内到 beian.mps.gov.cn 提交。', 'police-filing', 'days', 30],
    // (English notices: the limit whatever kind the reader finds)
    ['Filing check: please update the website owner’s phone number within 7 days.', null, 'days', 7],
    // a clause that goes on from a request ("请留意…，并在…内")
    ['【阿里云】您的备案已提交至管局。请留意工信部发送的核验短信，并在24小时内完成短信核验。', null, 'hours', 24],
    [
      'Your verification photo was not accepted. Please re-upload it within 3 business days.',
      'materials-needed',
      'working-days',
      3,
    ],
  ])('%s', (text, kind, unit, count) => {
    const r = interpretMessage(text);
    if (kind) expect(r.kind).toBe(kind);
    expect(r.statedLimit).toMatchObject({ unit, count });
    expect(r.statedLimit!.words.length).toBeGreaterThan(0);
    expect(text.replace(/\s+/g, '')).toContain(r.statedLimit!.words.replace(/\s+/g, ''));
  });

  test.each([
    [
      '【阿里云】您的网站example.com无法访问，疑似空壳网站，请于2026年12月20日前恢复访问，否则管局将注销备案。',
      'shell-warning',
      { year: 2026, month: 12, day: 20 },
    ],
    [
      '【阿里云】您的备案信息核查未通过，请于2026年12月31日前整改，逾期将取消接入。',
      'info-check',
      { year: 2026, month: 12, day: 31 },
    ],
    [
      '【阿里云】备案信息核查未通过：2026年12月31日前整改，逾期将取消接入。',
      'info-check',
      { year: 2026, month: 12, day: 31 },
    ],
    [
      '备案信息核查：需在2026-12-20之前更新网站负责人手机号，逾期未更新的将取消接入。',
      'info-check',
      { year: 2026, month: 12, day: 20 },
    ],
    ['空壳网站提醒：请在12月20日24时前恢复网站访问。', 'shell-warning', { month: 12, day: 20 }],
    [
      'Shell website notice: you must restore access to the site before 20 December 2026, otherwise the filing will be cancelled.',
      'shell-warning',
      { year: 2026, month: 12, day: 20 },
    ],
    ['Filing check: please update the owner’s ID by December 31, 2026.', null, { year: 2026, month: 12, day: 31 }],
  ])('a date: %s', (text, kind, date) => {
    const r = interpretMessage(text);
    if (kind) expect(r.kind).toBe(kind);
    expect(r.statedLimit).toMatchObject({ unit: 'date', date });
    if (!('year' in date)) expect(r.statedLimit!.date!.year).toBeUndefined();
  });

  test.each([
    // times the provider or the 管局 takes, validity of a code: not the reader's limit
    '【京东云】尊敬的 xx：您的备案信息已经提交至通信管理局审核，请关注并完成工信部短信验证，通信管理局审核时间 20 个工作日内，请耐心等待。',
    '【工业和信息化部】验证码：482913。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】',
    '【西部数码】您的备案资料已提交，我们将在1-2个工作日内完成初审。',
    '【阿里云】验证码：839201，您正在登录阿里云账号，5分钟内有效，请勿泄露给他人。',
    '管局将在20个工作日内完成审核，请耐心等待。',
    'Your filing has been submitted to the bureau. The review usually takes up to 20 working days.',
    '您的网站自2026年12月1日起无法访问。',
  ])('no limit for the reader: %s', (text) => {
    expect(interpretMessage(text).statedLimit).toBeUndefined();
  });

  test('a scam’s “limit” is not repeated as the notice’s', () => {
    const r = interpretMessage(
      '【工信部ICP备案】您的备案即将过期，请于24小时内登录 beian-miit.gov-cn.top 缴纳年审费用，逾期备案号将被注销。',
    );
    expect(r.kind).toBe('scam');
    expect(r.statedLimit).toBeUndefined();
  });

  test('the date a count falls on comes from the notice’s own date, never from today', () => {
    const stamped = interpretMessage(
      '2026-12-10 09:30\n【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。',
    );
    expect(stamped.statedLimit).toMatchObject({ unit: 'days', count: 7, from: '2026-12-10', fallsOn: '2026-12-17' });
    const start = interpretMessage('【腾讯云】备案核查：请自2026年12月1日起15个工作日内更新网站负责人证件。');
    expect(start.statedLimit).toMatchObject({
      unit: 'working-days',
      count: 15,
      from: '2026-12-01',
      fallsOn: '2026-12-22',
    });
    // a date in the body that is not the notice's date or the start of the period: no date computed
    const body = interpretMessage('您的网站自2026年12月1日起无法访问，疑似空壳网站，请在7日内恢复访问。');
    expect(body.statedLimit).toMatchObject({ unit: 'days', count: 7 });
    expect(body.statedLimit!.fallsOn).toBeUndefined();
    // no date at all: none
    expect(interpretMessage('请于7日内办理公安联网备案。').statedLimit!.fallsOn).toBeUndefined();
  });

  test('statedLimit on its own', () => {
    expect(statedLimit('请于7日内登录办理')).toMatchObject({ unit: 'days', count: 7 });
    expect(statedLimit('审核时间 20 个工作日内')).toBeUndefined();
    expect(statedLimit('')).toBeUndefined();
  });
});

describe('what the reader is told (P26: the notice’s limit leads, the general rule is named as such)', () => {
  test('P26: 7 days, not the general 30 days as this notice’s limit', () => {
    const r = readMessage('【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。');
    expect(r.view.limit).toContain('7');
    expect(r.view.limit).toContain('请于7日内');
    expect(r.view.deadline).toMatch(/^一般规定/);
  });

  test('M36: the date is shown', () => {
    const r = readMessage('【阿里云】您的网站无法访问，疑似空壳网站，请于2026年12月20日前恢复访问，否则将注销备案。');
    expect(r.view.limit).toContain('2026年12月20日');
  });

  test('a count with the notice’s date: the day it falls on', () => {
    const r = readMessage(
      '2026-12-10 09:30\n【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。',
    );
    expect(r.view.limit).toContain('2026年12月17日');
    expect(r.view.limit).toContain('2026年12月10日');
  });

  test('where the notice states no limit, the usual deadline stays as it was', () => {
    const r = readMessage('【广东省通信管理局】您的备案申请已审核通过，网站备案号：粤ICP备2026012345号-1。');
    expect(r.view.limit).toBeUndefined();
    expect(r.view.deadline).toBe('网站开通后 30 日内办理公安联网备案。');
  });
});

describe('R06: an approval that also says an ID expires', () => {
  test.each([
    '【广东省通信管理局】您的备案申请已审核通过，网站备案号：粤ICP备2026012345号-1。网站负责人证件将于2027年1月过期，请及时更新。',
    '【阿里云】您的ICP备案已通过管局审核，备案号：浙ICP备2026012345号-1。温馨提示：主体负责人身份证即将到期，请在到期前更新。',
    'Your ICP filing was approved by the bureau: 沪ICP备2026012345号-1. Note: the website owner’s ID card expires in January 2027.',
  ])('%s', (text) => {
    const r = interpretMessage(text);
    expect(r.kind).toBe('approved');
    expect(r.notes.map((n) => n.code)).toContain('idExpiring');
  });

  test('an approval with no word of an ID expiring has no such note', () => {
    const r = interpretMessage('【广东省通信管理局】您的备案申请已审核通过，网站备案号：粤ICP备2026012345号-1。');
    expect(r.notes.map((n) => n.code)).not.toContain('idExpiring');
  });

  test('documentExpiry on its own', () => {
    expect(documentExpiry('网站负责人证件将于2027年1月过期')).toBe('网站负责人证件将于2027年1月过期');
    expect(documentExpiry('证件未过期')).toBeUndefined();
    expect(documentExpiry('证件图片有效期均需大于3个月以上')).toBeUndefined();
  });
});

describe('the @examples', () => {
  test('countOf', () => {
    expect(countOf('七')).toBe(7);
    expect(countOf('十五')).toBe(15);
    expect(countOf('five')).toBe(5);
    expect(countOf('三五')).toBeUndefined();
  });

  test('statedLimit', () => {
    expect(statedLimit('【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。')).toEqual({
      unit: 'days',
      count: 7,
      words: '请于7日内登录beian.mps.gov.cn办理公安联网备案',
    });
    expect(statedLimit('请于2026年12月20日前恢复访问，否则将注销备案。')).toEqual({
      unit: 'date',
      date: { year: 2026, month: 12, day: 20 },
      words: '请于2026年12月20日前恢复访问',
    });
    expect(statedLimit('2026-12-10 09:30\n请于7日内办理。')).toEqual({
      unit: 'days',
      count: 7,
      from: '2026-12-10',
      fallsOn: '2026-12-17',
      words: '请于7日内办理',
    });
    expect(statedLimit('通信管理局审核时间 20 个工作日内，请耐心等待。')).toBeUndefined();
  });

  test('documentExpiry', () => {
    expect(documentExpiry('备案已通过。网站负责人证件将于2027年1月过期，请及时更新。')).toBe(
      '网站负责人证件将于2027年1月过期',
    );
    expect(documentExpiry('证件图片有效期均需大于3个月以上')).toBeUndefined();
  });

  test('limitText (the island’s words)', () => {
    const zh = dictionary('zh-CN').messageDecoder.ui;
    expect(limitText({ unit: 'days', count: 7, words: '请于7日内办理' }, zh)).toBe('7 天内（原文：“请于7日内办理”）');
    const en = dictionary('en').messageDecoder.ui;
    expect(
      limitText(
        { unit: 'working-days', count: 1, from: '2026-12-31', fallsOn: '2027-01-04', estimated: true, words: 'x' },
        en,
      ),
    ).toBe(
      'within 1 working day; counted from the date on the notice (31 December 2026), the last day is 4 January 2027 (estimated: it runs into a year whose public holidays are not yet published) (the notice says “x”)',
    );
    expect(limitText({ unit: 'date', date: { month: 12, day: 20 }, words: '12月20日前' }, zh)).toBe(
      '12月20日前（原文：“12月20日前”）',
    );
  });
});
