import { readMessage } from './read-message';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MIIT_RESULTS } from '../../src/lib/messages';
import { MIIT_RESULT_PREFIX } from '../../src/lib/messages/miit-data';
import { normalizeText } from '../../src/lib/text';

const KINDS = new Set([
  'miit-sms',
  'verified',
  'verified-others-pending',
  'failed-contact-provider',
  'failed-wrong-info',
  'failed-retry',
  'no-record',
  'already-verified',
  'resend-none-pending',
  'resend-sent',
  'resend-limit',
  'submitted-to-bureau',
  'approved',
  'returned',
  'rejected',
  'police-filing',
  'first-review',
  'materials-needed',
  'first-review-passed',
  'code-expired',
  'code-wrong',
  'info-check',
  'shell-warning',
  'access-cancel',
  'cancelled',
  'scam',
  'not-a-filing-code',
  'unknown',
]);

/** Characters that make up filing messages, so random strings hit the interesting paths. */
const MESSAGE_CHARS = fc.constantFrom(
  ...'您的短信核验已全部完成请等待其他人失败联系接入商输入正确信息重新验证找不到记录无需重复提交重发成功次数上限退回驳回不通过审核管局备案号原因理由验证码链接工业和信息化部粤京ICP备证B2-号0123456789，。：,.: \n【】（）将会若后初'.split(
    '',
  ),
);

function shapeOk(r: ReturnType<typeof readMessage>): void {
  expect(KINDS.has(r.kind)).toBe(true);
  expect(typeof r.title).toBe('string');
  expect(r.title.length).toBeGreaterThan(0);
  expect(Array.isArray(r.nextSteps)).toBe(true);
  expect(Array.isArray(r.notes)).toBe(true);
  expect(r.guideLink).toMatch(/^\/guide\/[a-z-]+\/$/);
  if (r.code !== undefined) expect(r.code).toMatch(/^\d{6}$/);
  if (r.calculatorLink !== undefined) expect(r.deadline).toBeDefined();
  if (r.reason !== undefined) expect(r.reason.length).toBeLessThanOrEqual(121);
}

describe('interpretMessage on arbitrary input', () => {
  test('never throws on any string (all code units, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        shapeOk(readMessage(s));
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on strings made of message vocabulary', () => {
    fc.assert(
      fc.property(fc.string({ unit: MESSAGE_CHARS, maxLength: 200 }), (s) => {
        shapeOk(readMessage(s));
      }),
      { numRuns: 1000 },
    );
  });

  test('normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  test('each MIIT result survives random surrounding chatter and whitespace', () => {
    const chatter = fc.string({
      unit: fc.constantFrom(...'今天下午提交了页面显示这样请问怎么办呢abc xyz 123\n\t'.split('')),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.constantFrom(...MIIT_RESULTS), chatter, chatter, fc.boolean(), (row, before, after, prefix) => {
        const r = readMessage(`${before}\n${prefix ? MIIT_RESULT_PREFIX : ''}${row.text}\n${after}`);
        expect(r.kind).toBe(row.kind);
        expect(r.status).toBe(row.status);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a 1 MB paste', () => {
  const noise = (n: number) => {
    const unit = 'lorem ipsum 12345 数据 abc\n日志行 ok; ';
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  };

  test('of noise alone returns unknown', () => {
    const r = readMessage(noise(1_000_000));
    expect(r.kind).toBe('unknown');
  });

  test.each([
    ['您的短信核验完成,请等待其他核验人进行短信核验。', 'verified-others-pending'],
    ['该条验证库里找不到记录或已完成验证。', 'no-record'],
    ['【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。', 'approved'],
    [
      '【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA',
      'miit-sms',
    ],
    ['【阿里云】您的备案已被退回，原因：网站名称不符合要求。', 'returned'],
  ])('with %s buried in the middle', (text, kind) => {
    const r = readMessage(noise(500_000) + text + noise(500_000));
    expect(r.kind).toBe(kind);
  });

  test('of one repeated keyword (worst case for the keyword scans)', () => {
    expect(readMessage('退回'.repeat(500_000)).kind).toBe('returned');
    expect(readMessage('将退回'.repeat(300_000)).kind).toBe('unknown');
    expect(readMessage('原因'.repeat(500_000)).kind).toBe('unknown');
    expect(readMessage('粤ICP备1234567'.repeat(70_000)).kind).toBe('unknown');
    expect(readMessage('验证码'.repeat(300_000)).kind).toBe('unknown');
  });
});
