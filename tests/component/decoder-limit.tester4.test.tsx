/**
 * Tester 4 (#115, #116): the decoder's answer for a notice whose limit for the MIIT SMS differs from its 24 hours
 * leads with the 24 hours (labelled as the verification's limit, not the notice's), and a limit's hour is kept.
 */
import { render } from '@solidjs/testing-library';
import { describe, expect, test } from 'vitest';
import DecoderResult from '../../src/components/message-decoder/DecoderResult';
import { viewOf } from '../../src/components/message-decoder/view';
import { dictionary } from '../../src/i18n';
import { interpretMessage } from '../../src/lib/messages/interpret';

function shown(text: string, locale: 'zh-CN' | 'en') {
  const t = dictionary(locale);
  const view = viewOf(interpretMessage(text), t.messageDecoder, t.pages);
  const { container } = render(() => <DecoderResult view={view} ui={t.messageDecoder.ui} showLinks={false} />);
  return container.querySelector('.icp-decoder-limit');
}

describe('the limit of the MIIT SMS step', () => {
  test('zh: 48 hours in the notice → the 24-hour rule first, the notice’s words as what it says', () => {
    const limit = shown('【某某云】您的备案已提交管局，请在48小时内完成工信部短信核验。', 'zh-CN');
    expect(limit).toHaveTextContent(/^核验期限：收到工信部短信后 24 小时内。通知写 48 小时内，但.*按 24 小时算/);
    expect(limit).not.toHaveTextContent('通知给的期限');
  });

  test('en: the same', () => {
    const limit = shown(
      'Your filing was sent to the bureau. Please complete the MIIT SMS verification within 48 hours.',
      'en',
    );
    expect(limit).toHaveTextContent(/^Time limit for the verification: within 24 hours of receiving the MIIT SMS/);
    expect(limit).toHaveTextContent('The notice gives within 48 hours');
  });

  test('a notice giving the same 24 hours keeps its own label', () => {
    const limit = shown(
      '【阿里云】您的备案已提交至管局。请留意工信部发送的核验短信，并在24小时内完成短信核验。',
      'zh-CN',
    );
    expect(limit).toHaveTextContent(/^通知给的期限：24 小时内/);
  });

  test('#116: the hour is kept', () => {
    expect(shown('【阿里云】请于12月8日18:00前完成工信部短信核验', 'zh-CN')).toHaveTextContent('12月8日 18:00 前');
    expect(shown('空壳网站提醒：请在12月20日24时前恢复网站访问。', 'zh-CN')).toHaveTextContent(
      '通知给的期限：12月20日 24:00 前',
    );
  });
});
