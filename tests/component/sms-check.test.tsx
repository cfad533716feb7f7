import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import SmsCheck from '../../src/components/sms-check/SmsCheck';
import { dictionary } from '../../src/i18n';
import { DOCUMENT_TYPES } from '../../src/lib/verification';
import { setSmsReceived } from '../../src/components/shared/sms-received';
import { fill } from '../../src/i18n/fill';
// The calculators fetch what the first view does not show on first use (./later.ts); loaded here once, each fetch is
// immediate, as from the browser's cache, so that a result can be read right after typing.
import '../../src/components/deadlines/SmsDeadlineShown';
import '../../src/components/deadlines/ZoneChoice';
import '../../src/lib/deadlines/validate';

/** The island's words, as the wrapper hands them in. */
const L = dictionary('zh-CN').smsCheck;
// The deadline's words, as SmsCheck.astro passes them (the dictionary's `deadlines` slice).
const { common, sms: D } = dictionary('zh-CN').deadlines;

const SMS =
  '【工业和信息化部】验证码：654321。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';

/** The result region (aria-live) that belongs to an input, found through aria-describedby. */
function resultOf(input: HTMLElement): HTMLElement {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const region = ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('aria-live') === 'polite');
  if (!region) throw new Error('no live region for ' + input.id);
  return region;
}
/** The field wrapper of an input (holds the copy row). */
const fieldOf = (input: HTMLElement) => input.closest('.icp-tool-field') as HTMLElement;

let setItem: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  setSmsReceived('');
  setItem = vi.spyOn(Storage.prototype, 'setItem');
});
afterEach(() => {
  setItem.mockRestore();
  vi.useRealTimers();
});

function setup() {
  const user = userEvent.setup();
  render(() => <SmsCheck copy={L} deadlines={{ common, sms: D }} documentTypes={DOCUMENT_TYPES} />);
  return {
    user,
    code: screen.getByLabelText(L.codeLabel) as HTMLInputElement,
    phone: screen.getByLabelText(L.phoneLabel) as HTMLInputElement,
    tail: screen.getByLabelText(L.tailLabel) as HTMLInputElement,
    sms: screen.getByLabelText(L.smsLabel) as HTMLTextAreaElement,
    received: screen.getByLabelText(L.receivedLabel) as HTMLInputElement,
  };
}

describe('SmsCheck island', () => {
  // The document helper is imported on first use; load it once here so a test never races the module loader.
  beforeAll(() => import('../../src/components/sms-check/SmsCheckDocument'), 30_000);
  // The SMS parsing and the field checks are loaded on first use too (focus, or a first value).
  beforeAll(() => import('../../src/lib/verification/sms'), 30_000);
  beforeAll(() => import('../../src/lib/verification/field'), 30_000);

  test('renders every field with its label, input hints and the notes', () => {
    const { code, phone, tail, sms, received } = setup();
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(phone).toHaveAttribute('inputmode', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel-national');
    expect(tail).toHaveAttribute('type', 'text');
    expect(sms.tagName).toBe('TEXTAREA');
    expect(received).toHaveAttribute('type', 'datetime-local');
    expect(screen.getByText(L.triesNote)).toBeInTheDocument();
    expect(screen.getByText(L.privacyNote)).toBeInTheDocument();
    for (const el of [code, phone, tail]) expect(resultOf(el)).toBeEmptyDOMElement();
    // the document helper is fetched on first use
    expect(screen.queryByLabelText(L.docNumberLabel)).toBeNull();
  });

  test('received-at stays empty and nothing is counted until given or 刚收到 (issue 21); the deadline is shown as 期限计算 shows it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T06:05:00Z'));
    const { user, received } = setup();
    const result = screen.getByTestId('sms-result');
    await new Promise((r) => setTimeout(r, 50)); // mounted, start-up microtasks run
    expect(received.value).toBe('');
    expect(result).toHaveTextContent(D.waiting);
    expect(screen.getByRole('timer').textContent).toBe('');
    expect(screen.queryByText(L.receivedInvalid)).toBeNull();
    await user.click(screen.getByRole('button', { name: '刚收到' }));
    await waitFor(() => expect(received.value).toBe('2026-11-28T14:05'));
    // weekday, status in the live region, live countdown beside it
    expect(result).toHaveTextContent('2026年11月29日（周日）14:05');
    expect(result).toHaveAttribute('aria-live', 'polite');
    expect(result).toHaveTextContent(D.statusOk);
    expect(screen.getByRole('timer')).toHaveTextContent('还剩 1 天 0 小时 00 分 00 秒');
    expect(screen.queryByText(D.statusPassed)).toBeNull();
    // a receipt time in the future gets the same note as in 期限计算
    received.value = '2026-11-28T18:00';
    received.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(await screen.findByText(D.futureNote)).toBeInTheDocument();
  });

  test('full-width code: error and corrected value with a copy button', async () => {
    const { user, code } = setup();
    await user.type(code, '６５４３２１');
    const out = resultOf(code);
    expect(out).toHaveTextContent(L.status.bad);
    expect(out).toHaveTextContent('全角');
    const row = within(fieldOf(code));
    expect(row.getByText('654321', { selector: 'code' })).toBeInTheDocument();
    const button = row.getByRole('button', { name: /复制/ });
    await user.click(button);
    expect(await navigator.clipboard.readText()).toBe('654321');
    expect(button).toHaveTextContent(L.copied);
    expect(row.getByRole('status')).toHaveTextContent(L.copied);
  });

  test('phone with +86 and spaces → corrected 11 digits; virtual range → warning only', async () => {
    const { user, phone } = setup();
    await user.type(phone, '+86 138 1234 5678');
    expect(resultOf(phone)).toHaveTextContent('“+86”');
    expect(within(fieldOf(phone)).getByText('13812345678', { selector: 'code' })).toBeInTheDocument();
    await user.clear(phone);
    await user.type(phone, '17012345678');
    expect(resultOf(phone)).toHaveTextContent(L.status.warn);
    expect(resultOf(phone)).toHaveTextContent('虚拟运营商');
    await user.clear(phone);
    await user.type(phone, '010-12345678');
    expect(resultOf(phone)).toHaveTextContent('固定电话');
    expect(within(fieldOf(phone)).queryByRole('button', { name: /复制/ })).toBeNull();
  });

  test('empty field after leaving it shows the form’s own message', async () => {
    const { user, code, phone } = setup();
    await user.click(code);
    await user.tab();
    expect(resultOf(code)).toHaveTextContent('短信验证码不能为空');
    expect(document.activeElement).toBe(phone);
  });

  test('tail: lower-case x and full-width brackets are corrected; an OK tail says so', async () => {
    const { user, tail } = setup();
    await user.type(tail, '31002x');
    expect(resultOf(tail)).toHaveTextContent('大写');
    expect(within(fieldOf(tail)).getByText('31002X', { selector: 'code' })).toBeInTheDocument();
    await user.clear(tail);
    await user.type(tail, '456（3）');
    // Issue 12: no official rule on brackets, so a warning with both forms, never “会被页面拒绝”.
    expect(resultOf(tail)).toHaveTextContent(L.status.warn);
    expect(resultOf(tail)).not.toHaveTextContent(L.status.bad);
    expect(resultOf(tail)).toHaveTextContent('没有官方说明');
    // Both forms, each to copy (issue 22).
    expect(within(fieldOf(tail)).getByText('456(3)', { selector: 'code' })).toBeInTheDocument();
    expect(within(fieldOf(tail)).getByText('456（3）', { selector: 'code' })).toBeInTheDocument();
    await user.clear(tail);
    await user.type(tail, '010071');
    expect(resultOf(tail)).toHaveTextContent(L.status.ok);
  });

  test('tail with brackets: both forms offered, each with its own copy button; no claim that both are accepted (issue 22)', async () => {
    const { user, tail } = setup();
    await user.type(tail, '456（3）');
    const out = resultOf(tail);
    expect(out).not.toHaveTextContent('两种都收');
    expect(out).toHaveTextContent('接入商');
    expect(out).toHaveTextContent('5 次');
    const row = within(fieldOf(tail));
    expect(row.getByText('456(3)', { selector: 'code' })).toBeInTheDocument();
    expect(row.getByText('456（3）', { selector: 'code' })).toBeInTheDocument();
    const buttons = row.getAllByRole('button', { name: /复制/ });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(await navigator.clipboard.readText()).toBe('456（3）');
    await user.click(buttons[0]!);
    expect(await navigator.clipboard.readText()).toBe('456(3)');
    // A tail without brackets has one form, one button.
    await user.clear(tail);
    await user.type(tail, '31002X');
    expect(row.getAllByRole('button', { name: /复制/ })).toHaveLength(1);
  });

  test('pasting the SMS fills the code and shows the filing type and deadline', async () => {
    const { user, sms, code } = setup();
    await user.click(sms);
    await user.paste(SMS);
    await waitFor(() => expect(code.value).toBe('654321'));
    expect(screen.getByText('新增接入')).toBeInTheDocument();
    expect(resultOf(code)).toHaveTextContent(L.status.ok);
  });

  test('a whole SMS pasted into 短信验证码 is read (the SMS parsing loads then) and the code to type is offered', async () => {
    const { user, code } = setup();
    await user.click(code);
    await user.paste(SMS);
    await waitFor(() => expect(resultOf(code)).toHaveTextContent(L.issues['code.pastedSms']));
    expect(resultOf(code)).not.toHaveTextContent(/不含/);
    const row = within(code.closest('.icp-tool-field') as HTMLElement);
    expect(row.getByText('654321')).toBeInTheDocument();
  });

  test('changing the received time (Beijing) moves the deadline; nonsense is refused', async () => {
    const { received } = setup();
    // datetime-local inputs cannot be typed into character by character in jsdom; set the value as a browser would.
    received.value = '2026-11-28T08:30';
    received.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(await screen.findByText('2026年11月29日（周日）08:30')).toBeInTheDocument();
    received.value = '';
    received.dispatchEvent(new InputEvent('input', { bubbles: true }));
    // cleared: not counted (issue 21), and not an error either
    await waitFor(() => expect(screen.getByTestId('sms-result')).toHaveTextContent(D.waiting));
    expect(screen.getByRole('timer').textContent).toBe('');
  });

  test('an expired SMS says so', async () => {
    const { received } = setup();
    received.value = '2020-01-01T08:00';
    received.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(await screen.findByText(D.statusPassed)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/^已超过 /);
  });

  test('document helper: a valid resident ID fills the tail; a typo does not offer to fill', async () => {
    const { user, tail } = setup();
    await user.click(screen.getByText(L.helperSummary));
    // Loaded on first use; the module is imported once before the tests (see beforeAll), so only rendering is awaited.
    const number = await screen.findByLabelText(L.docNumberLabel, {}, { timeout: 10_000 });
    await user.type(number, '11010519491231002X');
    expect(resultOf(number)).toHaveTextContent(L.docStatus.ok);
    expect(resultOf(number)).toHaveTextContent('31002X');
    await user.click(screen.getByRole('button', { name: L.useTail }));
    expect(tail.value).toBe('31002X');
    expect(document.activeElement).toBe(tail);
    expect(resultOf(tail)).toHaveTextContent(L.status.ok);

    await user.clear(number);
    await user.type(number, '110105194912310021');
    expect(resultOf(number)).toHaveTextContent('校验码');
    expect(screen.queryByRole('button', { name: L.useTail })).toBeNull();
  });

  test('a value the browser restores after the island started (Back, scripts cached) is still checked', async () => {
    // Chrome restores form fields after Back in a task of its own once the HTML is parsed; an island whose scripts
    // come from the cache can start before that, while the page is still loading. The restore fires no event.
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const { phone } = setup();
    readyState.mockRestore();
    phone.value = '13812345678';
    window.dispatchEvent(new Event('pageshow'));
    await waitFor(() => expect(resultOf(phone).textContent).toContain(L.status.ok));
  });

  test('the collapsible 不确定后六位？ group has an accessible name', () => {
    setup();
    expect(screen.getByRole('group', { name: L.helperSummary })).toBeInTheDocument();
  });

  test('100 KB of CJK text in 证件号码后六位 is cut at once: the field keeps only what can be checked', async () => {
    const { tail } = setup();
    tail.value = '证'.repeat(100_000);
    tail.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(tail.value.length).toBeLessThanOrEqual(201);
    // the checks are fetched on first use (focus, or a field's first value)
    await waitFor(() => expect(resultOf(tail)).toHaveTextContent('内容太长'));
  });

  test('the privacy note says what really happens (browser form restore, clipboard)', () => {
    setup();
    expect(L.privacyNote).toContain('恢复');
    expect(L.privacyNote).toContain('剪贴板');
    expect(L.privacyNote).not.toContain('刷新页面就清空');
  });

  test('document helper: Hong Kong ID keeps the brackets', async () => {
    const { user } = setup();
    await user.click(screen.getByText(L.helperSummary));
    await user.selectOptions(await screen.findByLabelText(L.docTypeLabel), 'hk-id');
    // the names of the document types come from the dictionary
    expect(screen.getByRole('option', { name: '香港身份证', selected: true })).toBeInTheDocument();
    const number = screen.getByLabelText(L.docNumberLabel);
    await user.type(number, 'A123456（3）');
    expect(resultOf(number)).toHaveTextContent('456(3)');
    expect(screen.getByText('A123456(3)', { selector: 'code' })).toBeInTheDocument();
  });

  test('document helper: a Hong Kong ID typed without brackets offers both forms of the last six', async () => {
    const { user } = setup();
    await user.click(screen.getByText(L.helperSummary));
    await user.selectOptions(await screen.findByLabelText(L.docTypeLabel), 'hk-id');
    const number = screen.getByLabelText(L.docNumberLabel);
    await user.type(number, 'A1234563');
    expect(resultOf(number)).toHaveTextContent('456(3)');
    expect(resultOf(number)).toHaveTextContent('234563');
    expect(resultOf(number)).toHaveTextContent('接入商');
  });

  test('without a clipboard the value is selected and the user is asked to copy by hand', async () => {
    const { user, code } = setup();
    const saved = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      await user.type(code, '123 456');
      const row = within(fieldOf(code));
      await user.click(row.getByRole('button', { name: /复制/ }));
      expect(row.getByRole('status')).toHaveTextContent('请手动复制');
      expect(window.getSelection()?.toString()).toBe('123456');
    } finally {
      if (saved) Object.defineProperty(navigator, 'clipboard', saved);
    }
  });

  test('nothing is written to localStorage/sessionStorage, cookies or the URL', async () => {
    const url = location.href;
    const { user, sms, code, phone, tail } = setup();
    await user.click(sms);
    await user.paste(SMS);
    await user.type(code, '1');
    await user.type(phone, '13812345678');
    await user.type(tail, '31002X');
    await user.click(screen.getByText(L.helperSummary));
    await user.type(await screen.findByLabelText(L.docNumberLabel), '11010519491231002X');
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(location.href).toBe(url);
  });
});

describe('SmsCheck: what the tester found (issue 24)', () => {
  beforeAll(() => import('../../src/components/sms-check/SmsCheckDocument'), 30_000);
  beforeAll(() => import('../../src/lib/verification/sms'), 30_000);
  beforeAll(() => import('../../src/lib/verification/field'), 30_000);
  const LOGIN = '【阿里云】您正在登录阿里云账号，验证码 385920，5分钟内有效，切勿泄露。';
  const PHISH =
    '【工信部】您的ICP备案需进行短信核验，验证码：604871，请登录 https://beian-miit.gov-cn.top/ 完成核验，有效期1天';
  const SMS_B = SMS.replace('654321', '112233');
  /** Replace what the SMS box holds, as a reader selecting all and pasting would. */
  async function pasteSms(user: ReturnType<typeof userEvent.setup>, box: HTMLTextAreaElement, text: string) {
    await user.clear(box);
    await user.click(box);
    await user.paste(text);
  }
  const setTime = (el: HTMLInputElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };

  test('a login code or a look-alike SMS pasted after the MIIT SMS gets no deadline, said plainly', async () => {
    const { user, sms, received } = setup();
    await pasteSms(user, sms, SMS);
    setTime(received, '2020-01-01T08:00');
    expect(await screen.findByText(D.statusPassed)).toBeInTheDocument();
    expect(screen.getByText(fill(L.deadlineFor, { code: '654321' }))).toBeInTheDocument();
    for (const other of [LOGIN, PHISH]) {
      await pasteSms(user, sms, other);
      await waitFor(() => expect(screen.getByText(L.noDeadline)).toBeInTheDocument());
      expect(screen.queryByTestId('sms-result')).toBeNull();
      expect(screen.queryByText(D.statusPassed)).toBeNull();
      expect(screen.queryByLabelText(L.receivedLabel)).toBeNull();
      expect(screen.queryByRole('timer')).toBeNull();
    }
    // The MIIT SMS again: its time is still there.
    await pasteSms(user, sms, SMS);
    expect(await screen.findByText(D.statusPassed)).toBeInTheDocument();
    expect(screen.queryByText(L.noDeadline)).toBeNull();
  });

  test('a different MIIT SMS clears the time given for the earlier one, and says so', async () => {
    const { user, sms, received } = setup();
    await pasteSms(user, sms, SMS);
    setTime(received, '2020-01-01T08:00');
    expect(await screen.findByText(D.statusPassed)).toBeInTheDocument();
    await pasteSms(user, sms, SMS_B);
    await waitFor(() =>
      expect(screen.getByText(fill(L.timeCleared, { code: '112233', old: '654321' }))).toBeInTheDocument(),
    );
    expect(screen.queryByText(D.statusPassed)).toBeNull();
    expect(screen.getByTestId('sms-result')).toHaveTextContent(D.waiting);
    expect((screen.getByLabelText(L.receivedLabel) as HTMLInputElement).value).toBe('');
  });

  test('a time given before any SMS is pasted belongs to the MIIT SMS pasted next', async () => {
    const { user, sms, received } = setup();
    setTime(received, '2020-01-01T08:00');
    expect(await screen.findByText(D.statusPassed)).toBeInTheDocument();
    await pasteSms(user, sms, SMS);
    await waitFor(() => expect(screen.getByText(fill(L.deadlineFor, { code: '654321' }))).toBeInTheDocument());
    expect(screen.getByText(D.statusPassed)).toBeInTheDocument();
    expect(screen.queryByText(/之前的时间已清空/)).toBeNull();
  });

  test('ab1234 in 证件号码后六位: no x that is not there, no refusal', async () => {
    const { user, tail } = setup();
    await user.type(tail, 'ab1234');
    await waitFor(() => expect(resultOf(tail)).toHaveTextContent(L.status.warn));
    expect(resultOf(tail)).not.toHaveTextContent(L.status.bad);
    expect(resultOf(tail)).not.toHaveTextContent(/x 改为|\bx\b/);
    expect(resultOf(tail)).toHaveTextContent('香港身份证');
  });

  test('91234567 in 手机号码: possibly a Hong Kong or Macao mobile, not a landline', async () => {
    const { user, phone } = setup();
    await user.type(phone, '91234567');
    await waitFor(() => expect(resultOf(phone)).toHaveTextContent('香港或澳门'));
    expect(resultOf(phone)).not.toHaveTextContent(/固定电话|热线/);
    expect(resultOf(phone)).toHaveTextContent('11 位');
  });

  test('其他证件 ABC-123/456: the last six keep their symbols, and the tail box does not refuse them', async () => {
    const { user, tail } = setup();
    await user.click(screen.getByText(L.helperSummary));
    await user.selectOptions(await screen.findByLabelText(L.docTypeLabel), 'other');
    const number = screen.getByLabelText(L.docNumberLabel);
    await user.type(number, 'ABC-123/456');
    expect(resultOf(number)).toHaveTextContent('23/456');
    expect(resultOf(number)).not.toHaveTextContent('已去掉空格和横线');
    expect(resultOf(number)).toHaveTextContent('照原样保留');
    await user.click(screen.getByRole('button', { name: L.useTail }));
    expect(tail.value).toBe('23/456');
    await waitFor(() => expect(resultOf(tail)).toHaveTextContent(L.status.warn));
    expect(resultOf(tail)).not.toHaveTextContent(L.status.bad);
  });
});

describe('SmsCheck: two MIIT SMS pasted (tester 3, finding 2)', () => {
  beforeAll(() => import('../../src/lib/verification/sms'), 30_000);
  beforeAll(() => import('../../src/lib/verification/field'), 30_000);
  const OLD = SMS.replace('654321', '209337');
  const NEW = SMS.replace('654321', '774510');

  test.each([
    [OLD + '\n' + NEW, 'sms.olderCodeMaybe'],
    [OLD + '\n您的短信验证码已重发成功，请查看手机并尽快完成短信核验。\n' + NEW, 'sms.olderCode'],
  ] as const)(
    'the latest code fills the box, and the time and deadline are said to be its SMS’s',
    async (text, note) => {
      const { user, sms, code } = setup();
      await user.click(sms);
      await user.paste(text);
      await waitFor(() => expect(code.value).toBe('774510'));
      expect(screen.getByText(fill(L.deadlineForLatest, { code: '774510' }))).toBeInTheDocument();
      expect(screen.queryByText(fill(L.deadlineFor, { code: '209337' }))).toBeNull();
      expect(screen.getByText(fill(L.issues[note], { code: '774510', old: '209337' }))).toBeInTheDocument();
    },
  );

  test('a code in a provider’s notice does not fill the box, and says where the MIIT code comes from', async () => {
    const { user, sms, code } = setup();
    await user.click(sms);
    await user.paste('【百度智能云】您的备案已通过初审，请在24小时内完成工信部短信核验。您的验证码为 551203，请勿泄露');
    await waitFor(() =>
      expect(screen.getByText(fill(L.issues['sms.providerCode'], { code: '551203' }))).toBeInTheDocument(),
    );
    expect(code.value).toBe('');
    expect(screen.getByText(L.noDeadline)).toBeInTheDocument();
  });
});
