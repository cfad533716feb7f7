/**
 * Tester 4, 短信核验信息自查: what the island shows for a lower-case x, an X typed as ×, a label or punctuation
 * around a value, a document number it cannot check, and an MIIT SMS for 取消接入 (in Chinese and English).
 */
import { render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import SmsCheck from '../../src/components/sms-check/SmsCheck';
import { dictionary } from '../../src/i18n';
import { fill, say } from '../../src/i18n/fill';
import { DOCUMENT_TYPES } from '../../src/lib/verification';
import '../../src/components/deadlines/SmsDeadlineShown';
import '../../src/components/deadlines/ZoneChoice';
import '../../src/lib/deadlines/validate';

function resultOf(input: HTMLElement): HTMLElement {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('aria-live') === 'polite')!;
}
const fieldOf = (input: HTMLElement) => input.closest('.icp-tool-field') as HTMLElement;

function setup(locale: 'zh-CN' | 'en') {
  const t = dictionary(locale);
  const L = t.smsCheck;
  const { common, sms } = t.deadlines;
  const user = userEvent.setup();
  render(() => <SmsCheck copy={L} deadlines={{ common, sms }} documentTypes={DOCUMENT_TYPES} />);
  return {
    L,
    user,
    code: screen.getByLabelText(L.codeLabel) as HTMLInputElement,
    tail: screen.getByLabelText(L.tailLabel) as HTMLInputElement,
    sms: screen.getByLabelText(L.smsLabel) as HTMLTextAreaElement,
  };
}

beforeAll(() => import('../../src/components/sms-check/SmsCheckDocument'), 30_000);
beforeAll(() => import('../../src/lib/verification/sms'), 30_000);

describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
  test('01007x: the X is advised, not said to be refused; 01007X offered', async () => {
    const { L, user, tail } = setup(locale);
    await user.type(tail, '01007x');
    await waitFor(() => expect(resultOf(tail)).toHaveTextContent(say(L.issues, { code: 'tail.lowerX' })));
    expect(resultOf(tail)).not.toHaveTextContent(L.status.bad);
    expect(fieldOf(tail).querySelector('.icp-smscheck-copy code')).toHaveTextContent('01007X');
  });

  test('01007×: named as looking like X, and 01007X offered', async () => {
    const { L, user, tail } = setup(locale);
    await user.type(tail, '01007×');
    await waitFor(() =>
      expect(resultOf(tail)).toHaveTextContent(say(L.issues, { code: 'tail.lookalikeX', params: { chars: '×' } })),
    );
    expect(fieldOf(tail).querySelector('.icp-smscheck-copy code')).toHaveTextContent('01007X');
  });

  test('a label before the tail and punctuation after the code are taken out', async () => {
    const { L, user, tail, code } = setup(locale);
    tail.focus();
    await user.paste('证件号后六位：01007X');
    await waitFor(() => expect(fieldOf(tail).querySelector('.icp-smscheck-copy code')).toHaveTextContent('01007X'));
    expect(resultOf(tail)).not.toHaveTextContent(fill(L.issues['tail.strayChars'], { chars: '证' }));
    code.focus();
    await user.paste('482913。');
    await waitFor(() => expect(fieldOf(code).querySelector('.icp-smscheck-copy code')).toHaveTextContent('482913'));
  });

  test('the document helper does not say a number it cannot check checks out', async () => {
    const { L, user } = setup(locale);
    await user.click(screen.getByText(L.helperSummary));
    const number = await screen.findByLabelText(L.docNumberLabel, {}, { timeout: 10_000 });
    for (const type of ['other', 'passport', 'macau-id']) {
      await user.selectOptions(screen.getByLabelText(L.docTypeLabel), type);
      await user.clear(number);
      await user.type(number, type === 'macau-id' ? '1234567(8)' : type === 'passport' ? 'X12345678' : 'ABC-123/456');
      await waitFor(() => expect(resultOf(number)).toHaveTextContent(L.docStatus.unchecked.trim()));
      expect(resultOf(number)).not.toHaveTextContent(L.docStatus.ok.trim());
    }
  });

  test('an MIIT SMS for 取消接入 leaves the code box empty and keeps the caution', async () => {
    const { L, user, sms, code } = setup(locale);
    sms.focus();
    await user.paste('工信部发来的 验证码 305 718 您的取消接入已提交 有效期1天');
    await waitFor(() => expect(document.body).toHaveTextContent(say(L.issues, { code: 'sms.cancelAccess' })));
    expect(code.value).toBe('');
    expect(resultOf(code)).not.toHaveTextContent(L.status.ok);
    // pasted into the code box itself: no code offered, the reason said
    code.focus();
    await user.paste('工信部发来的 验证码 305 718 您的取消接入已提交 有效期1天');
    await waitFor(() => expect(resultOf(code)).toHaveTextContent(say(L.issues, { code: 'code.cancelAccess' })));
    expect(fieldOf(code).querySelector('.icp-smscheck-copy')).toBeNull();
  });
});

describe('360 px: a result below the fold is brought into view after a paste (as in the decoder)', () => {
  function place(el: HTMLElement, visible: boolean) {
    const top = visible ? 200 : 1400;
    el.getBoundingClientRect = () =>
      ({ top, bottom: top + 100, left: 0, right: 360, width: 360, height: 100, x: 0, y: top }) as DOMRect;
    const scroll = vi.fn();
    el.scrollIntoView = scroll;
    return scroll;
  }

  test('pasting an SMS: its notes are scrolled to', async () => {
    const { L, user, sms } = setup('zh-CN');
    const region = sms.closest('fieldset')!.querySelector(':scope > .icp-smscheck-result') as HTMLElement;
    const scroll = place(region, false);
    sms.focus();
    await user.paste('工信部发来的 验证码 305 718 您的取消接入已提交 有效期1天');
    await waitFor(() => expect(region).toHaveTextContent(say(L.issues, { code: 'sms.cancelAccess' })));
    await waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
  });

  test('pasting into a field: its verdict is scrolled to; typing does not scroll', async () => {
    const { user, tail } = setup('zh-CN');
    const scroll = place(resultOf(tail), false);
    tail.focus();
    await user.paste('证件号后六位：01007X');
    await waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
    await user.type(tail, '1');
    await new Promise((r) => setTimeout(r, 50));
    expect(scroll).toHaveBeenCalledTimes(1);
  });

  test('a verdict already in view is not scrolled to', async () => {
    const { user, code } = setup('zh-CN');
    const scroll = place(resultOf(code), true);
    code.focus();
    await user.paste('482913。');
    await new Promise((r) => setTimeout(r, 100));
    expect(scroll).not.toHaveBeenCalled();
  });
});

test('the helper’s 填入 button: the tail’s verdict is brought into view when below the fold', async () => {
  const { L, user, tail } = setup('zh-CN');
  const region = resultOf(tail);
  region.getBoundingClientRect = () => ({ top: 1400, bottom: 1500 }) as DOMRect;
  const scroll = vi.fn();
  region.scrollIntoView = scroll;
  await user.click(screen.getByText(L.helperSummary));
  const number = await screen.findByLabelText(L.docNumberLabel, {}, { timeout: 10_000 });
  await user.type(number, '11010519491231002X');
  await user.click(screen.getByRole('button', { name: L.useTail }));
  expect(tail.value).toBe('31002X');
  await waitFor(() => expect(scroll).toHaveBeenCalled());
});
