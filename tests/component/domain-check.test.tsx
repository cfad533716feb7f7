import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import DomainCheck from '../../src/components/domain-check/DomainCheck';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';
import { SUFFIXES_CHECKED } from '../../src/lib/domains';
import { PAGES } from '../../src/lib/routes';

const t = dictionary('zh-CN');
const L = t.domainCheck;

let setItem: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  setItem = vi.spyOn(Storage.prototype, 'setItem');
});
afterEach(() => setItem.mockRestore());

function setup() {
  const user = userEvent.setup();
  const { container } = render(() => (
    <DomainCheck copy={L} pages={t.pages} links={t.links} privacy={t.common.privacy} />
  ));
  const input = screen.getByLabelText(L.label) as HTMLInputElement;
  const out = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)!;
  return { user, container, input, out };
}

describe('DomainCheck island', () => {
  test('renders the field with its hint, the privacy note and an empty live region', () => {
    const { container, input, out } = setup();
    expect(container.firstElementChild).toHaveClass('icp-domain', 'not-content');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('blog.example.cn'));
    expect(out).toHaveAttribute('aria-live', 'polite');
    expect(out).toBeEmptyDOMElement();
    expect(screen.getByText(t.common.privacy)).toBeInTheDocument();
  });

  test('a subdomain of an approved suffix: ok, the domain to file with a copy button, what the tool cannot know', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'https://blog.example.com.cn/a');
    expect(out).toHaveTextContent(L.okText);
    expect(within(out).getByText('example.com.cn', { selector: 'code' })).toBeInTheDocument();
    expect(within(out).getByText('.com.cn', { selector: 'code' })).toBeInTheDocument();
    expect(out).toHaveTextContent(L.notesHeading);
    expect(out).toHaveTextContent('工具看不到你的域名实名了没有');
    expect(out).toHaveTextContent('你输入的是 blog.example.com.cn');
    const link = within(out).getByRole('link', { name: t.pages.realName });
    expect(link).toHaveAttribute('href', PAGES.realName);
    expect(within(out).getByRole('button', { name: new RegExp(L.copy) })).toBeInTheDocument();
  });

  test('the domain holder of an organisation’s filing: what JD Cloud accepts, named as JD Cloud’s (tester 3, finding 12)', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'example.com');
    expect(out).not.toHaveTextContent('单位备案登记在单位名下');
    expect(out).toHaveTextContent('京东云');
    for (const who of ['股东', '主要负责人', '高级管理人员']) expect(out).toHaveTextContent(who);
    expect(out).toHaveTextContent('工具看不到持有人是谁');
  });

  test('an unapproved suffix: refused, with what it means and what to do, live as the reader types', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'example.dev');
    expect(out).toHaveTextContent(L.badText);
    expect(out).toHaveTextContent(
      say(L.says, { code: 'domain.notApproved', params: { suffix: '.dev', checked: SUFFIXES_CHECKED } }),
    );
    expect(within(out).getByRole('link', { name: t.pages.suffixes })).toHaveAttribute('href', PAGES.suffixes);
    await user.clear(input);
    await user.type(input, '例子。中国');
    expect(out).toHaveTextContent(L.okText);
    expect(within(out).getByText('xn--fsqu00a.xn--fiqs8s', { selector: 'code' })).toBeInTheDocument();
  });

  test('a restricted suffix is a warning; nothing is checked until typed or left', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'example.gov.cn');
    expect(out).toHaveTextContent(L.okWarnText);
    expect(out).toHaveTextContent('党政机关');
    await user.clear(input);
    await user.tab();
    expect(out).toHaveTextContent(say(L.says, { code: 'domain.empty' }));
  });

  test('copy: to the clipboard when it can, otherwise the value is selected and the reader told', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'example.cn');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(out).getByRole('button', { name: new RegExp(L.copy) }));
    expect(writeText).toHaveBeenCalledWith('example.cn');
    expect(await within(out).findByRole('status')).toHaveTextContent(L.copied);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.clear(input);
    await user.type(input, 'example.com');
    await user.click(within(out).getByRole('button', { name: new RegExp(L.copy) }));
    expect(await within(out).findByRole('status')).toHaveTextContent(L.copyManual);
    expect(window.getSelection()?.toString()).toBe('example.com');
  });

  test('keyboard only: the field is reachable with Tab and the copy button after it', async () => {
    const { user, input, out } = setup();
    await user.tab();
    expect(document.activeElement).toBe(input);
    await user.keyboard('example.top');
    expect(out).toHaveTextContent(L.okText);
    await user.tab();
    expect(document.activeElement).toHaveTextContent(L.copy);
  });

  test('a value the browser restores after the island started (Back, scripts cached) is still checked', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const { input, out } = setup();
    readyState.mockRestore();
    input.value = 'example.ai';
    window.dispatchEvent(new Event('pageshow'));
    await waitFor(() => expect(out).toHaveTextContent(L.badText));
  });

  test('stores nothing', async () => {
    const { user, input } = setup();
    await user.type(input, 'example.cn');
    expect(setItem).not.toHaveBeenCalled();
    expect(document.cookie).toBe('');
  });
});
