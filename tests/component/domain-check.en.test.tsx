/**
 * 域名能不能备案 in English: the island rendered with the English `domainCheck` section (src/i18n/en-tools.ts,
 * imported directly until it moves into en.ts). Link texts and the privacy line come from en.ts at merge
 * (stand-ins from ./en-text until then).
 */
import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import DomainCheck from '../../src/components/domain-check/DomainCheck';
import { dictionary } from '../../src/i18n';
import { SUFFIXES_CHECKED } from '../../src/lib/domains';
import { strayCjk } from './en-text';

const EN = dictionary('en');
const L = EN.domainCheck;

function setup() {
  const user = userEvent.setup();
  const { container } = render(() => (
    <DomainCheck copy={L} links={EN.links} pages={EN.pages} privacy={EN.common.privacy} />
  ));
  const input = screen.getByLabelText('Domain name or web address') as HTMLInputElement;
  const out = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)!;
  return { user, container, input, out };
}

describe('DomainCheck island in English', () => {
  test('English label and hint; nothing Chinese on the form', () => {
    const { container } = setup();
    expect(screen.getByText(/Chinese domain names and their form starting with xn-- both work/)).toBeInTheDocument();
    expect(strayCjk(container.textContent ?? '')).toEqual([]);
  });

  test('a web address: the main domain to file, and what the tool cannot see, in English', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'https://blog.example.cn/about');
    expect(out).toHaveTextContent('This suffix is on the list of suffixes that can be filed.');
    expect(out).toHaveTextContent('Domain to enter in the filing: example.cn');
    expect(out).toHaveTextContent('You entered blog.example.cn. What is filed is the main domain example.cn');
    expect(out).toHaveTextContent('domain real-name verification (域名实名认证)');
    expect(out).toHaveTextContent(`The list is the version we checked on ${SUFFIXES_CHECKED}`);
    expect(screen.getByRole('button', { name: /^Copy/ })).toHaveTextContent('Copy the domain to enter in the filing');
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });

  test('a suffix MIIT has not approved is refused in English', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'example.dev');
    expect(out).toHaveTextContent('This domain cannot be filed now:');
    expect(out).toHaveTextContent('.dev is not on MIIT’s list of approved top-level domains');
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });

  test('a Chinese domain: the domain itself stays as typed, the sentence around it is English', async () => {
    const { user, input, out } = setup();
    await user.type(input, '例子.中国');
    expect(out).toHaveTextContent('例子.中国 is a Chinese domain; in DNS and in some systems it is written xn--');
    expect(out).toHaveTextContent('Written in DNS as: xn--');
    expect(strayCjk(out.textContent ?? '', ['例子.中国', '.中国'])).toEqual([]);
  });

  test('the domain holder of an organisation’s filing: JD Cloud’s rule, named as JD Cloud’s', async () => {
    const user = userEvent.setup();
    render(() => <DomainCheck copy={L} pages={EN.pages} links={EN.links} privacy={EN.common.privacy} />);
    await user.type(screen.getByLabelText(L.label), 'example.com');
    const text = document.body.textContent ?? '';
    expect(text).toContain('JD Cloud');
    expect(text).toMatch(/shareholders/);
    expect(text).toMatch(/senior manager/);
    expect(text).not.toContain('in the organisation’s name. The tool');
  });
});
