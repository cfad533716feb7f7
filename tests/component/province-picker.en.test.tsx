/**
 * 管局与材料查询 in English: the picker rendered with the English `provincePicker` section (src/i18n/en-tools.ts,
 * imported directly until it moves into en.ts) and the real province data. Province, bureau and city names stay
 * Chinese until the English province data lands; each rule's Chinese text is quoted.
 */
import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import ProvincePicker from '../../src/components/province-picker/ProvincePicker';
import { dictionary } from '../../src/i18n';
import { PROVINCES, toPickerData } from '../../src/lib/provinces';
import { strayCjk } from './en-text';

const EN = dictionary('en');
const L = EN.provincePicker;

const DATA = toPickerData(PROVINCES);
const NAMES = DATA.flatMap((p) => [p.name, p.fullName, p.bureau, p.abbr, ...(p.cities ?? [])]);

function setup() {
  const user = userEvent.setup();
  const { container } = render(() => <ProvincePicker copy={L} links={EN.links} provinces={DATA} />);
  const result = container.querySelector('.icp-province-result') as HTMLElement;
  return { user, container, result };
}

describe('ProvincePicker island in English', () => {
  test('English labels and prompt; no Chinese outside quoted terms and names', () => {
    const { container, result } = setup();
    expect(screen.getByRole('radio', { name: 'Individual (个人)' })).toBeChecked();
    expect(screen.getByLabelText('Province of your household registration (户籍) on your ID card').tagName).toBe(
      'SELECT',
    );
    expect(screen.getByLabelText('Province where you live now').tagName).toBe('SELECT');
    expect(screen.getByRole('option', { name: '60 or older' })).toBeInTheDocument();
    expect(result).toHaveTextContent(L.prompt);
    expect(strayCjk(container.textContent ?? '', NAMES)).toEqual([]);
  });

  test('an individual from Hunan living in Guangdong: both bureaus, the English verdicts and the quoted rules', async () => {
    const { user, result } = setup();
    await user.selectOptions(
      screen.getByLabelText('Province of your household registration (户籍) on your ID card'),
      'hunan',
    );
    await user.selectOptions(screen.getByLabelText('Province where you live now'), 'guangdong');
    expect(result).toHaveTextContent('湖南省通信管理局 (by household registration)');
    expect(result).toHaveTextContent('广东省通信管理局 (by place of residence: cross-province filing)');
    expect(result).toHaveTextContent(/广东省通信管理局: (the published|no published|by its published)/);
    expect(screen.getAllByRole('link', { name: 'rule and source' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'See all requirements of 广东' })).toBeInTheDocument();
    // Each rule's text is the province data's Chinese, quoted; topics are English.
    for (const li of result.querySelectorAll('.icp-province-rules li')) {
      expect(li.querySelector('.icp-province-topic')?.textContent).toMatch(/^[A-Z][a-z]/);
      expect(li.textContent).toMatch(/“[^”]+”/);
    }
    expect(strayCjk(result.textContent ?? '', NAMES)).toEqual([]);
  });

  test('typing pinyin or a filing number finds the province, said in English', async () => {
    const { user } = setup();
    const [home] = screen.getAllByRole('searchbox');
    await user.type(home!, 'zhejiang');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Chosen: 浙江');
    await user.clear(home!);
    await user.type(home!, '苏ICP备2026000000号');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Chosen: 江苏 (“苏” at the start of the filing number)');
    await user.clear(home!);
    await user.type(home!, 'London');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      'No province found for “London”. Hong Kong, Macao and Taiwan have no bureau for ICP filing',
    );
  });

  test('an organisation without a province yet is asked for one in English', async () => {
    const { user, result } = setup();
    await user.click(screen.getByRole('radio', { name: /^Organisation/ }));
    expect(screen.getByLabelText(/^Province where the organisation is registered/).tagName).toBe('SELECT');
    expect(result).toHaveTextContent(L.prompt);
    expect(strayCjk(result.textContent ?? '', NAMES)).toEqual([]);
  });
});
