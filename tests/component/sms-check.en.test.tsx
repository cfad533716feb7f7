import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import SmsCheck from '../../src/components/sms-check/SmsCheck';
import { dictionary } from '../../src/i18n';
import { DOCUMENT_TYPES } from '../../src/lib/verification';
import { setSmsReceived } from '../../src/components/shared/sms-received';
import { fill } from '../../src/i18n/fill';

/** The English page's words, as SmsCheck.astro hands them to the island on /en/tools/sms-check/. */
const t = dictionary('en');
const L = t.smsCheck;
const { common, sms: D } = t.deadlines;

const SMS =
  '【工业和信息化部】验证码：654321。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';

/** Chinese outside quotes “…” and brackets (…) / （…）: an English sentence must have none. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
function unquoted(text: string): string {
  let s = text;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/“[^“”]*”|\([^()]*\)|（[^（）]*）/g, '');
  }
  return s;
}

/** The result region (aria-live) that belongs to an input, found through aria-describedby. */
function resultOf(input: HTMLElement): HTMLElement {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const region = ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('aria-live') === 'polite');
  if (!region) throw new Error('no live region for ' + input.id);
  return region;
}
const fieldOf = (input: HTMLElement) => input.closest('.icp-tool-field') as HTMLElement;

beforeEach(() => setSmsReceived(''));
afterEach(() => setSmsReceived(''));

function setup() {
  const user = userEvent.setup();
  render(() => <SmsCheck copy={L} deadlines={{ common, sms: D }} documentTypes={DOCUMENT_TYPES} />);
  return {
    user,
    code: screen.getByLabelText('SMS verification code (短信验证码)') as HTMLInputElement,
    phone: screen.getByLabelText('Mobile number (手机号码)') as HTMLInputElement,
    tail: screen.getByLabelText('Last six characters of the ID number (证件号码后六位)') as HTMLInputElement,
    sms: screen.getByLabelText(L.smsLabel) as HTMLTextAreaElement,
  };
}

describe('SmsCheck in English', () => {
  beforeAll(() => import('../../src/components/sms-check/SmsCheckDocument'), 30_000);
  beforeAll(() => import('../../src/lib/verification/sms'), 30_000);
  beforeAll(() => import('../../src/lib/verification/field'), 30_000);

  test('each box is named in English with the Chinese label of the verification page, and says what to type', () => {
    const { code, phone, tail } = setup();
    expect(code).toHaveAccessibleDescription(expect.stringContaining('The box labelled “短信验证码”'));
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('The box labelled “手机号码”'));
    expect(tail).toHaveAccessibleDescription(expect.stringContaining('The box labelled “证件号码后六位”'));
    expect(screen.getByText(L.triesNote)).toBeInTheDocument();
    expect(screen.getByText(L.fieldsLegend)).toBeInTheDocument();
    for (const s of [L.triesNote, L.privacyNote, L.smsHint, L.codeHint, L.phoneHint, L.tailHint]) {
      expect(unquoted(s), s).not.toMatch(CJK);
    }
  });

  test('a pasted Chinese MIIT SMS fills the code and shows the filing type in English', async () => {
    const { user, sms, code } = setup();
    await user.click(sms);
    await user.paste(SMS);
    await waitFor(() => expect(code.value).toBe('654321'));
    expect(screen.getByText('new access (新增接入)')).toBeInTheDocument();
    expect(screen.getByText(L.smsFilingType.trim())).toBeInTheDocument();
    expect(resultOf(code)).toHaveTextContent('This entry is fine.');
  });

  test('a login code from a provider SMS is explained in English', async () => {
    const { user, sms, code } = setup();
    await user.click(sms);
    await user.paste('【京东云】您的登录验证码为 883201，5分钟内有效，请勿泄露。');
    await waitFor(() => expect(screen.getByText(/is not the MIIT verification code/)).toBeInTheDocument());
    expect(code.value).toBe('');
  });

  test('phone with +86 and spaces: English reasons and the 11 digits to type, with a copy button that names the box', async () => {
    const { user, phone } = setup();
    await user.type(phone, '+86 138 1234 5678');
    const out = resultOf(phone);
    expect(out).toHaveTextContent(L.status.bad);
    expect(out).toHaveTextContent('Starts with “+86”');
    const row = within(fieldOf(phone));
    expect(row.getByText('Type this:')).toBeInTheDocument();
    expect(row.getByText('13812345678', { selector: 'code' })).toBeInTheDocument();
    expect(row.getByRole('button', { name: 'Copy Mobile number (手机号码)' })).toBeInTheDocument();
    for (const li of out.querySelectorAll('li')) expect(unquoted(li.textContent ?? '')).not.toMatch(CJK);
  });

  test('tail with full-width brackets: the caveat in English and both forms, each named', async () => {
    const { user, tail } = setup();
    await user.type(tail, '456（3）');
    const out = resultOf(tail);
    expect(out).toHaveTextContent(L.status.warn);
    expect(out).toHaveTextContent('No official text says whether to type the brackets');
    const row = within(fieldOf(tail));
    expect(row.getByText('Type this (half-width brackets):')).toBeInTheDocument();
    expect(row.getByText('Type this (full-width brackets):')).toBeInTheDocument();
    expect(
      row.getByRole('button', {
        name: 'Copy Last six characters of the ID number (证件号码后六位), full-width brackets',
      }),
    ).toBeInTheDocument();
    for (const li of out.querySelectorAll('li')) expect(unquoted(li.textContent ?? '')).not.toMatch(CJK);
  });

  test('an empty code box quotes the page’s own Chinese message and says what to type', async () => {
    const { user, code } = setup();
    await user.click(code);
    await user.tab();
    expect(resultOf(code)).toHaveTextContent('the page says “短信验证码不能为空”');
    expect(resultOf(code)).toHaveTextContent('Enter the 6 digits that follow “验证码：” in the SMS.');
  });

  test('the document helper lists the document types in English with their Chinese names', async () => {
    const { user } = setup();
    await user.click(screen.getByText(L.helperSummary));
    const type = (await screen.findByLabelText(L.docTypeLabel)) as HTMLSelectElement;
    const options = within(type)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toContain('Hong Kong identity card (香港身份证)');
    expect(options).toContain('Passport (护照)');
    await user.selectOptions(type, 'hk-id');
    await user.type(screen.getByLabelText(L.docNumberLabel), 'A123456(3)');
    await waitFor(() => expect(screen.getByText(/The number checks out/)).toBeInTheDocument());
    expect(screen.getByRole('button', { name: L.useTail })).toBeInTheDocument();
  });
});

describe('SmsCheck in English: what the tester found (issue 24)', () => {
  beforeAll(() => import('../../src/components/sms-check/SmsCheckDocument'), 30_000);
  beforeAll(() => import('../../src/lib/verification/sms'), 30_000);
  beforeAll(() => import('../../src/lib/verification/field'), 30_000);

  test('a login SMS or a look-alike pasted after the MIIT SMS: no deadline under the warning', async () => {
    const { user, sms } = setup();
    await user.click(sms);
    await user.paste(SMS);
    const received = (await screen.findByLabelText(/When the SMS arrived/)) as HTMLInputElement;
    received.value = '2026-12-04T16:15';
    received.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(await screen.findByText(/Verify before \(Beijing time\)/)).toBeInTheDocument();
    expect(screen.getByText(fill(L.deadlineFor, { code: '654321' }))).toBeInTheDocument();
    for (const other of [
      '[Alibaba Cloud] Your login verification code is 385920, valid for 5 minutes. Do not share it.',
      '【工信部】您的ICP备案需进行短信核验，验证码：604871，请登录 https://beian-miit.gov-cn.top/ 完成核验，有效期1天',
    ]) {
      await user.clear(sms);
      await user.click(sms);
      await user.paste(other);
      await waitFor(() => expect(screen.getByText(L.noDeadline)).toBeInTheDocument());
      expect(screen.queryByText(/Verify before/)).toBeNull();
      expect(screen.queryByText(D.statusPassed)).toBeNull();
      expect(screen.queryByText(D.statusOk)).toBeNull();
    }
    expect(unquoted(L.noDeadline)).not.toMatch(CJK);
  });

  test('ab1234: no “x becomes X”, no refusal', async () => {
    const { user, tail } = setup();
    await user.type(tail, 'ab1234');
    await waitFor(() => expect(resultOf(tail)).toHaveTextContent(L.status.warn));
    expect(resultOf(tail)).not.toHaveTextContent(/x becomes X|\bx\b/);
    expect(resultOf(tail)).not.toHaveTextContent(L.status.bad);
  });

  test('91234567: possibly a Hong Kong or Macao mobile; the page takes an 11-digit mainland mobile', async () => {
    const { user, phone } = setup();
    await user.type(phone, '91234567');
    await waitFor(() => expect(resultOf(phone)).toHaveTextContent('Hong Kong or Macao mobile'));
    expect(resultOf(phone)).not.toHaveTextContent(/landline|hotline/);
    expect(resultOf(phone)).toHaveTextContent('11-digit mainland mobile number');
  });

  test('Other document ABC-123/456: 23/456 with its symbols, said so', async () => {
    const { user } = setup();
    await user.click(screen.getByText(L.helperSummary));
    await user.selectOptions(await screen.findByLabelText(L.docTypeLabel), 'other');
    const number = screen.getByLabelText(L.docNumberLabel);
    await user.type(number, 'ABC-123/456');
    expect(resultOf(number)).toHaveTextContent('23/456');
    expect(resultOf(number)).not.toHaveTextContent('dashes have been removed');
    expect(resultOf(number)).toHaveTextContent('kept as you typed them');
  });
});

describe('SmsCheck in English: two MIIT SMS pasted (tester 3)', () => {
  beforeAll(() => import('../../src/lib/verification/sms'), 30_000);
  beforeAll(() => import('../../src/lib/verification/field'), 30_000);

  test('the latest code fills the box; the deadline is said to be the latest SMS’s, in English', async () => {
    const { user, sms, code } = setup();
    await user.click(sms);
    await user.paste(SMS.replace('654321', '209337') + '\n' + SMS.replace('654321', '774510'));
    await waitFor(() => expect(code.value).toBe('774510'));
    const latest = fill(L.deadlineForLatest, { code: '774510' });
    expect(screen.getByText(latest)).toBeInTheDocument();
    const note = fill(L.issues['sms.olderCodeMaybe'], { code: '774510', old: '209337' });
    expect(screen.getByText(note)).toBeInTheDocument();
    for (const s of [latest, note, L.issues['sms.olderCode'], L.issues['sms.providerCode']])
      expect(unquoted(s)).not.toMatch(CJK);
  });
});
