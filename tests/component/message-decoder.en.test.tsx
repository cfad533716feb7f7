import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import MessageDecoder from '../../src/components/message-decoder/MessageDecoder';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import { interpretMessage, provinceTable } from '../../src/lib/messages/interpret';
import { localProvinces } from '../../src/i18n/provinces';

/** The English page's dictionary, as MessageDecoder.astro hands it to the island on /en/tools/message-decoder/. */
const t = dictionary('en');
const U = t.messageDecoder.ui;
const K = t.messageDecoder.kinds;
/** The look-up as the wrapper builds it on an English page: provinces named in English with the Chinese beside them. */
const PROVINCES = provinceTable(localProvinces('en').map(({ zh, label }) => ({ ...zh, name: label })));

/** Chinese outside quotes “…” and brackets (…) / （…）: the English result must have none. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
function unquoted(text: string): string {
  let s = text;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/“[^“”]*”|\([^()]*\)|（[^（）]*）/g, '');
  }
  return s;
}

function setup() {
  const user = userEvent.setup();
  const { container } = render(() => (
    <MessageDecoder
      copy={t.messageDecoder}
      pages={t.pages}
      links={t.links}
      initial={interpretMessage('')}
      provinces={PROVINCES}
    />
  ));
  const box = screen.getByLabelText(U.inputLabel) as HTMLTextAreaElement;
  const result = container.querySelector('[aria-live="polite"]') as HTMLElement;
  return { user, container, box, result };
}

/** The parts of the answer that are the dictionary's own sentences (not values quoted from the paste). */
function sentences(result: HTMLElement): string[] {
  const parts = [
    result.querySelector('.icp-decoder-title'),
    result.querySelector('.icp-decoder-now'),
    ...result.querySelectorAll('p:not([class]), ol li, ul li, dt, .icp-decoder-sub, .icp-decoder-deadline'),
  ];
  return parts.filter((e): e is Element => !!e).map((e) => e.textContent ?? '');
}

/** Every link of the answer goes to an English page. */
function expectEnglishLinks(result: HTMLElement) {
  const links = within(result).queryAllByRole('link');
  expect(links.length).toBeGreaterThan(0);
  for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/en\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/);
}

describe('MessageDecoder in English', () => {
  test('English labels, buttons and examples; the empty answer is in English', async () => {
    const { box, result } = setup();
    expect(box).toHaveAttribute('placeholder', U.placeholder);
    expect(screen.getByRole('button', { name: 'Explain' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeInTheDocument();
    const examples = screen.getByRole('group', { name: U.examplesTitle.trim() });
    expect(within(examples).getByRole('button', { name: 'MIIT SMS' })).toBeInTheDocument();
    await waitFor(() => expect(result).toHaveTextContent('Paste something first'));
  });

  test('a pasted Chinese MIIT SMS: what it is, the code, the filing type, the 24 hours, links to /en/', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      '【工业和信息化部】验证码：654321。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】',
    );
    await waitFor(() => expect(result).toHaveTextContent(K['miit-sms'].title));
    expect(result).toHaveTextContent(`${U.nowLabel.trim()} ${K['miit-sms'].now}`);
    expect(result).toHaveTextContent('654321');
    expect(result).toHaveTextContent('new access (新增接入)');
    expect(result).toHaveTextContent('24 hours from when you receive the SMS');
    expect(result).toHaveTextContent('Enter the 6-digit verification code (短信验证码)');
    expect(within(result).getByRole('link', { name: U.calculatorLinkText })).toHaveAttribute(
      'href',
      '/en/tools/deadlines/',
    );
    expect(within(result).getByRole('link', { name: 'MIIT SMS verification' })).toHaveAttribute(
      'href',
      '/en/guide/sms-verification/',
    );
    expectEnglishLinks(result);
    for (const s of sentences(result)) expect(unquoted(s), s).not.toMatch(CJK);
  });

  test('a Chinese approval notice: approved, both numbers, the footer and 30 days, links to /en/', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      '【广东省通信管理局】您的备案申请已审核通过，主体备案号：粤ICP备2026012345号，网站备案号：粤ICP备2026012345号-1。',
    );
    await waitFor(() => expect(result).toHaveTextContent(K.approved.title));
    expect(result).toHaveTextContent('Website filing number (网站备案号)');
    expect(result).toHaveTextContent('粤ICP备2026012345号-1');
    expect(result).toHaveTextContent('Entity filing number (主体备案号)');
    expect(result).toHaveTextContent('is the entity filing number (主体备案号) and');
    expect(result).toHaveTextContent('Within 30 days after the website goes live');
    expect(within(result).getByRole('link', { name: 'Requirements of the Guangdong (广东) bureau' })).toHaveAttribute(
      'href',
      '/en/provinces/guangdong/',
    );
    expect(within(result).getByRole('link', { name: U.calculatorLinkText })).toHaveAttribute(
      'href',
      '/en/tools/deadlines/#public-security-filing-deadline',
    );
    expectEnglishLinks(result);
    // Lists in a sentence are joined the English way.
    expect(result.querySelector('.icp-decoder-links')?.textContent).toMatch(/^In detail: \S.*, \S/);
  });

  test('a rejection keeps the reason as written, says the rest in English', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('您的ICP备案订单初审未通过，原因：网站名称含“平台”二字，请修改后重新提交。');
    await waitFor(() => expect(result).toHaveTextContent(K.rejected.title));
    expect(within(result).getByText(U.reasonLabel)).toBeInTheDocument();
    expect(result).toHaveTextContent('网站名称含');
    expect(result).toHaveTextContent(K.rejected.now);
    expectEnglishLinks(result);
  });

  test('a scam is flagged in English; unknown text lists what was found, quoted, with English separators', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(t.messageDecoder.examples.find((e) => e.label === 'Suspicious SMS')!.text);
    await waitFor(() => expect(result).toHaveAttribute('data-kind', 'scam'));
    expect(result.querySelector('.icp-decoder-badge')).toHaveTextContent('Warning');
    expect(result).toHaveTextContent(K.scam.title);
    for (const s of sentences(result)) expect(unquoted(s), s).not.toMatch(CJK);
    await user.clear(box);
    await user.paste('这是什么 粤ICP备2026012345号-1 https://example.com/x');
    await waitFor(() => expect(result).toHaveTextContent(t.messageDecoder.unknown.title));
    expect(within(result).getByRole('link', { name: 'FAQ' })).toHaveAttribute('href', '/en/guide/faq/');
  });

  test('the example buttons fill the box with the Chinese message and explain it in English', async () => {
    const { user, box, result } = setup();
    const ex = t.messageDecoder.examples.find((e) => e.label === 'No record found')!;
    await user.click(screen.getByRole('button', { name: ex.label }));
    expect(box.value).toBe(ex.text);
    await waitFor(() => expect(result).toHaveTextContent(K['no-record'].title));
    for (const s of sentences(result)) expect(unquoted(s), s).not.toMatch(CJK);
  });
  describe('the English-edition tester', () => {
    test('an SMS that could not be sent: no verdict, no advice to retry on the verification page', async () => {
      const { user, box, result } = setup();
      box.focus();
      await user.paste('备案核验短信发送失败，请核实手机号是否正确');
      await waitFor(() => expect(result).toHaveTextContent(t.messageDecoder.unknown.title));
      expect(result).toHaveTextContent(t.messageDecoder.notes.smsNotSent);
      expect(result).not.toHaveTextContent(K['failed-retry'].title);
      expect(result).not.toHaveTextContent('picture captcha');
      for (const s of sentences(result)) expect(unquoted(s), s).not.toMatch(CJK);
    });

    test('QQ in the name of the MIIT is flagged as a scam, in English', async () => {
      const { user, box, result } = setup();
      box.focus();
      await user.paste('【工信部】备案号粤ICP备2026012345号因内容违规将被注销，请立即联系客服QQ 12345678');
      await waitFor(() => expect(result).toHaveAttribute('data-kind', 'scam'));
      expect(result).toHaveTextContent(t.messageDecoder.notes.privateContact);
      for (const s of sentences(result)) expect(unquoted(s), s).not.toMatch(CJK);
    });

    test('under bureau review: submitted, and the words do not say the SMS step is still ahead', async () => {
      const { user, box, result } = setup();
      box.focus();
      await user.paste('Your filing is under review by the communication administration.');
      await waitFor(() => expect(result).toHaveTextContent(K['submitted-to-bureau'].title));
      expect(result).toHaveTextContent("the order is now waiting for the bureau's decision");
      expect(result).not.toHaveTextContent('verification still has to be done');
    });

    test('a pass with the submission still to come is the preliminary review, not an approval', async () => {
      const { user, box, result } = setup();
      box.focus();
      await user.paste('恭喜您！您的备案订单已审核通过，即将提交至通信管理局审核。');
      await waitFor(() => expect(result).toHaveTextContent(K['first-review-passed'].title));
      expect(result).not.toHaveTextContent(K.approved.title);
    });
  });

  test('a notice that access will be cancelled is not headed as done', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      'Notice: the access of your website shop-demo.cn will be cancelled on 20 December 2026 because the server expired.',
    );
    await waitFor(() => expect(result).toHaveTextContent(t.messageDecoder.kinds['access-cancel'].title));
    expect(result).not.toHaveTextContent(/has been cancelled/i);
  });

  test('a notice’s own time limit, in English, before the general rule (P26, M36, R06)', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('2026-12-10 09:30\n【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。');
    await waitFor(() => expect(result).toHaveTextContent(K['police-filing'].title));
    const limit = result.querySelector('.icp-decoder-limit')!;
    expect(limit).toHaveTextContent('Time limit this notice gives: within 7 days');
    expect(limit).toHaveTextContent('17 December 2026');
    expect(limit).toHaveTextContent('10 December 2026');
    expect(result.querySelector('.icp-decoder-deadline')).toHaveTextContent(/^General rule: /);
    for (const s of sentences(result)) expect(unquoted(s), s).not.toMatch(CJK);
    await user.clear(box);
    await user.paste(
      'Shell website notice: you must restore access to the site before 20 December 2026, otherwise the filing will be cancelled.',
    );
    await waitFor(() => expect(result).toHaveTextContent(K['shell-warning'].title));
    expect(result.querySelector('.icp-decoder-limit')).toHaveTextContent(
      'Time limit this notice gives: by 20 December 2026',
    );
    await user.clear(box);
    await user.paste(
      '【广东省通信管理局】您的备案申请已审核通过，网站备案号：粤ICP备2026012345号-1。网站负责人证件将于2027年1月过期，请及时更新。',
    );
    await waitFor(() => expect(result).toHaveTextContent(K.approved.title));
    expect(result).toHaveTextContent('ID document');
    for (const s of sentences(result)) expect(unquoted(s), s).not.toMatch(CJK);
  });
});

describe('MessageDecoder in English: the SMS codes tester 3 pasted', () => {
  const N = t.messageDecoder.notes;
  const MIIT = (code: string) =>
    `【工业和信息化部】验证码：${code}。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】`;

  test('a resend: the latest code, the older one named, in English', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(MIIT('209337') + '\n您的短信验证码已重发成功，请查看手机并尽快完成短信核验。\n' + MIIT('774510'));
    const note = fill(N.olderCode, { code: '774510', old: '209337' });
    await waitFor(() => expect(result).toHaveTextContent(note));
    for (const s of [note, N.olderCodeMaybe, N.providerCode, N.smsNone]) expect(unquoted(s)).not.toMatch(CJK);
  });

  test('a code in a provider’s notice is said not to be the MIIT code', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      '[Alibaba Cloud] Your ICP filing has been submitted to the bureau. Complete the MIIT SMS verification within 24 hours; your verification code is 318204.',
    );
    await waitFor(() => expect(result).toHaveTextContent(fill(N.providerCode, { code: '318204' })));
  });
});

describe('tester 3, in English: an unexpected 注销 SMS, six digits alone', () => {
  test('a deregistration SMS the reader did not ask for leads with "do not verify yet"', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      'I never applied to deregister, but got this: 【工业和信息化部】验证码：339012。您的注销网站已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天',
    );
    await waitFor(() =>
      expect(result.querySelector('.icp-decoder-now')).toHaveTextContent(
        'Do not verify yet: ask your access provider now',
      ),
    );
    for (const s of sentences(result)) expect(unquoted(s)).not.toMatch(CJK);
  });

  test('six digits alone', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('382915');
    await waitFor(() => expect(result).toHaveTextContent('382915'));
    expect(result).not.toHaveTextContent('Below is what was found');
    for (const s of sentences(result)) expect(unquoted(s)).not.toMatch(CJK);
  });
});
