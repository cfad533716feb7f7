/**
 * Tester 4 (#115, #116): a notice's own time limit for a step whose limit MIIT fixes (the MIIT SMS: 24 hours from
 * receipt) never leads over that rule: the rule comes first and the notice's words are shown as what the notice says,
 * with the difference named. A limit given as a day and an hour keeps its hour ("12月8日 18:00 前").
 */
import { describe, expect, test } from 'vitest';
import { dictionary } from '../../src/i18n';
import { interpretMessage } from '../../src/lib/messages';
import { smsRule, statedLimit } from '../../src/lib/messages/limits';
import { limitText } from '../../src/components/message-decoder/view';
import { readMessage } from './read-message';

const en = dictionary('en').messageDecoder.ui;

describe('#115: a limit for the MIIT SMS step that is not its 24 hours', () => {
  test.each([
    // the tester's
    ['【某某云】您的备案已提交管局，请在48小时内完成工信部短信核验。', 'longer'],
    // our own wordings of the family
    ['【某某云】订单已提交通信管理局，请于2天内完成短信核验，逾期订单将被退回。', 'longer'],
    ['【某某云】工信部将向您发送验证码，请在3个工作日内完成核验。', 'longer'],
    ['【某某云】请留意工信部短信，并在72小时内到 beian.miit.gov.cn 完成验证。', 'longer'],
    ['Your filing was sent to the bureau. Please complete the MIIT SMS verification within 48 hours.', 'longer'],
    ['【某某云】已提交管局，请于收到短信后2小时内完成短信核验。', 'shorter'],
    ['【阿里云】请于12月8日18:00前完成工信部短信核验。', 'date'],
  ])('%s', (text, compared) => {
    expect(statedLimit(text)?.rule).toEqual({ step: 'miit-sms', hours: 24, compared });
  });

  test.each([
    '【阿里云】您的备案已提交至管局。请留意工信部发送的核验短信，并在24小时内完成短信核验。',
    '【天翼云】初审已通过，订单已提交通信管理局，请于收到后1天内完成核验，工信部将发送短信验证码。',
  ])('the same 24 hours: compared as the same (%s)', (text) => {
    expect(statedLimit(text)?.rule).toMatchObject({ compared: 'same' });
  });

  test.each([
    // other steps: no MIIT rule
    '【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。',
    '【百度智能云】您的备案订单核验照片不合格，请在3天内重新上传。',
    '【某某云】请在3天内完成真实性核验（人脸核验），逾期订单将关闭。',
    '【腾讯云】备案信息核查：您的网站负责人证件即将过期，请您在15个工作日内登录控制台更新信息。',
  ])('not the SMS step: no rule (%s)', (text) => {
    const r = interpretMessage(text);
    expect(r.statedLimit).toBeDefined();
    expect(r.statedLimit!.rule).toBeUndefined();
  });

  test('the reader sees the 24-hour rule first and the notice’s 48 hours as what the notice says (zh)', () => {
    const r = readMessage('【某某云】您的备案已提交管局，请在48小时内完成工信部短信核验。');
    const limit = r.view.limit!;
    expect(limit.indexOf('24 小时')).toBeGreaterThanOrEqual(0);
    expect(limit.indexOf('24 小时')).toBeLessThan(limit.indexOf('48 小时'));
    expect(limit).toContain('通知写 48 小时');
    expect(limit).toContain('按 24 小时算');
    expect(limit).toContain('“请在48小时内完成工信部短信核验”');
    expect(r.view.limitLabel).not.toContain('通知给的期限');
  });

  test('a shorter limit and a day: both are to be met (zh)', () => {
    expect(readMessage('【某某云】已提交管局，请于收到短信后2小时内完成短信核验。').view.limit).toMatch(
      /^收到工信部短信后 24 小时内.*通知写 2 小时/,
    );
    expect(readMessage('【阿里云】请于12月8日18:00前完成工信部短信核验。').view.limit).toMatch(
      /^收到工信部短信后 24 小时内.*12月8日 18:00 前.*先到/,
    );
  });

  test('English words', () => {
    const l = statedLimit('Please complete the MIIT SMS verification within 48 hours.')!;
    const text = limitText(l, en);
    expect(text).toMatch(/^within 24 hours of receiving the MIIT SMS/);
    expect(text).toContain('The notice gives within 48 hours');
    expect(text).toContain('count 24 hours');
  });

  test('the statedLimit @example', () => {
    expect(statedLimit('请在48小时内完成工信部短信核验')).toEqual({
      unit: 'hours',
      count: 48,
      words: '请在48小时内完成工信部短信核验',
      rule: { step: 'miit-sms', hours: 24, compared: 'longer' },
    });
  });

  test('smsRule on its own', () => {
    expect(
      smsRule({ unit: 'hours', count: 48, words: '请在48小时内完成短信核验' }, '请在48小时内完成短信核验'),
    ).toEqual({
      step: 'miit-sms',
      hours: 24,
      compared: 'longer',
    });
    expect(
      smsRule({ unit: 'days', count: 7, words: '请于7日内办理公安联网备案' }, '请于7日内办理公安联网备案'),
    ).toBeUndefined();
  });
});

describe('#116: a limit with an hour keeps its hour', () => {
  test.each([
    ['【阿里云】请于12月8日18:00前完成工信部短信核验', { month: 12, day: 8, hour: 18, minute: 0 }, '12月8日 18:00 前'],
    [
      '空壳网站提醒：请在12月20日24时前恢复网站访问。',
      { month: 12, day: 20, hour: 24, minute: 0 },
      '12月20日 24:00 前',
    ],
    [
      '【腾讯云】备案核查：请于2026年12月20日17点30分前更新网站负责人手机号，逾期将取消接入。',
      { year: 2026, month: 12, day: 20, hour: 17, minute: 30 },
      '2026年12月20日 17:30 前',
    ],
    [
      '备案信息核查：需在2026-12-20 18:00之前更新网站负责人证件，逾期未更新的将取消接入。',
      { year: 2026, month: 12, day: 20, hour: 18, minute: 0 },
      '2026年12月20日 18:00 前',
    ],
    ['【某某云】请于12月9日下午5点前重新上传授权书。', { month: 12, day: 9, hour: 17, minute: 0 }, '12月9日 17:00 前'],
  ])('%s', (text, date, shown) => {
    const r = readMessage(text);
    expect(r.statedLimit).toMatchObject({ unit: 'date', date });
    expect(r.view.limit).toContain(shown);
  });

  test('a day without an hour stays a day', () => {
    const r = readMessage('【阿里云】您的网站无法访问，疑似空壳网站，请于2026年12月20日前恢复访问，否则将注销备案。');
    expect(r.statedLimit!.date).toEqual({ year: 2026, month: 12, day: 20 });
    expect(r.view.limit).toMatch(/^2026年12月20日前/);
  });

  test('English: the hour with the day', () => {
    expect(limitText({ unit: 'date', date: { month: 12, day: 8, hour: 18, minute: 0 }, words: 'x' }, en)).toBe(
      'by 18:00 on 8 December (the notice says “x”)',
    );
  });
});
