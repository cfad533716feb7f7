/**
 * 管局与材料查询 in English: the picker rendered with the English `provincePicker` section (src/i18n/en.ts) and the
 * province data as the English page's wrapper (ProvincePicker.astro) builds it: provinces and bureaus named in English
 * with the Chinese beside them (src/i18n/provinces), rule texts in English with their Chinese original, and the
 * Chinese names kept for matching what the reader types (广东, 粤, guangdong, 深圳, 苏ICP备…), with the English names
 * and the cities' Latin spellings (Tibet, Guangdong Province, Shenzhen, Xi'an).
 */
import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import ProvincePicker from '../../src/components/province-picker/ProvincePicker';
import { dictionary } from '../../src/i18n';
import { localProvinces } from '../../src/i18n/provinces';
import { toPickerData } from '../../src/lib/provinces';
import { PROVINCES_EN } from '../../src/lib/provinces/data-en';
import { strayCjk } from './en-text';

const EN = dictionary('en');
const L = EN.provincePicker;

const LOCAL = localProvinces('en');
const DATA = toPickerData(
  LOCAL.map((p) => p.zh),
  LOCAL.map((p) => p.local),
  PROVINCES_EN,
).map((p, i) => ({ ...p, label: LOCAL[i]!.label, bureau: LOCAL[i]!.bureau }));
/** City names are shown as typed (Chinese), e.g. in the line saying which province a city is in. */
const CITIES = DATA.flatMap((p) => p.cities ?? []);

/** The text of an element without the quoted Chinese originals (<q lang="zh-CN">, quoted by the browser's CSS). */
function shownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('q[lang="zh-CN"]').forEach((q) => q.remove());
  return copy.textContent ?? '';
}

function setup() {
  const user = userEvent.setup();
  const { container } = render(() => <ProvincePicker copy={L} links={EN.links} provinces={DATA} />);
  const result = container.querySelector('.icp-province-result') as HTMLElement;
  return { user, container, result };
}

describe('ProvincePicker island in English', () => {
  test('English labels and prompt; provinces named in English with the Chinese beside them', () => {
    const { container, result } = setup();
    expect(screen.getByRole('radio', { name: 'Individual (个人)' })).toBeChecked();
    const home = screen.getByLabelText('Province of your household registration (户籍) on your ID card');
    expect(home.tagName).toBe('SELECT');
    expect(within(home).getByRole('option', { name: 'Guangdong (广东)' })).toHaveValue('guangdong');
    expect(within(home).getByRole('option', { name: 'Inner Mongolia (内蒙古)' })).toHaveValue('neimenggu');
    const residence = screen.getByLabelText('Province where you live now');
    expect(residence.tagName).toBe('SELECT');
    expect(within(residence).getByRole('option', { name: 'Beijing (北京)' })).toHaveValue('beijing');
    expect(screen.getByRole('option', { name: '60 or older' })).toBeInTheDocument();
    expect(result).toHaveTextContent(L.prompt);
    expect(strayCjk(container.textContent ?? '')).toEqual([]);
  });

  test('an individual from Hunan living in Guangdong: both bureaus, the English verdicts and rules', async () => {
    const { user, result } = setup();
    await user.selectOptions(
      screen.getByLabelText('Province of your household registration (户籍) on your ID card'),
      'hunan',
    );
    await user.selectOptions(screen.getByLabelText('Province where you live now'), 'guangdong');
    expect(result).toHaveTextContent(
      'Hunan Communications Administration (湖南省通信管理局), by household registration',
    );
    expect(result).toHaveTextContent(
      'Guangdong Communications Administration (广东省通信管理局), by place of residence: cross-province filing',
    );
    expect(result).toHaveTextContent(
      /Guangdong Communications Administration \(广东省通信管理局\): (the published|no published|by its published)/,
    );
    expect(screen.getAllByRole('link', { name: 'rule and source' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'See all requirements of Guangdong (广东)' })).toBeInTheDocument();
    expect(result).toHaveTextContent(/Guangdong \(广东\) has \d+ more published requirements/);
    // Each rule: an English topic, the English text, then the Chinese original quoted as on the province page.
    const rules = result.querySelectorAll('.icp-province-rules li');
    expect(rules.length).toBeGreaterThan(0);
    for (const li of rules) {
      expect(li.querySelector('.icp-province-topic')?.textContent).toMatch(/^[A-Z][a-z]/);
      const original = li.querySelector('.icp-province-original');
      expect(original).toHaveTextContent(/^Original Chinese:/);
      expect(original?.querySelector('q[lang="zh-CN"]')?.textContent).toMatch(/\p{Script=Han}/u);
      expect(strayCjk(shownText(li))).toEqual([]);
    }
    expect(strayCjk(shownText(result))).toEqual([]);
  });

  test('typing 广东, 粤, guangdong or 深圳 chooses Guangdong, said in English', async () => {
    const { user } = setup();
    const home = screen.getByLabelText(
      'Province of your household registration (户籍) on your ID card',
    ) as HTMLSelectElement;
    const [search] = screen.getAllByRole('searchbox');
    const status = () => screen.getAllByRole('status')[0]!;
    for (const [query, said] of [
      ['广东', 'Chosen: Guangdong (广东)'],
      ['广东省', 'Chosen: Guangdong (广东)'],
      ['粤', 'Chosen: Guangdong (广东), abbreviation “粤”'],
      ['guangdong', 'Chosen: Guangdong (广东)'],
      ['深圳', 'Chosen: Guangdong (广东), where 深圳 is'],
    ] as const) {
      await user.clear(search!);
      await user.selectOptions(home, '');
      await user.type(search!, query);
      expect(status(), query).toHaveTextContent(said);
      expect(home.value, query).toBe('guangdong');
      expect(strayCjk(status().textContent ?? '', CITIES), query).toEqual([]);
    }
  });

  test('typing pinyin, a filing number or the start of a name, said in English', async () => {
    const { user } = setup();
    const [search] = screen.getAllByRole('searchbox');
    const status = () => screen.getAllByRole('status')[0]!;
    await user.type(search!, 'zhejiang');
    expect(status()).toHaveTextContent('Chosen: Zhejiang (浙江)');
    await user.clear(search!);
    await user.type(search!, '苏ICP备2026000000号');
    expect(status()).toHaveTextContent('Chosen: Jiangsu (江苏), “苏” at the start of the filing number');
    await user.clear(search!);
    await user.type(search!, '广');
    expect(status()).toHaveTextContent('3 provinces match “广”; choose one:');
    expect(screen.getByRole('button', { name: 'Guangdong (广东)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Guangxi (广西)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Sichuan \(四川\): 广[元安]$/ })).toBeInTheDocument();
    await user.clear(search!);
    await user.type(search!, 'London');
    expect(status()).toHaveTextContent('No province found for “London”.');
    // The line about Hong Kong, Macao and Taiwan is for text that names one of them (tester 3).
    expect(status()).not.toHaveTextContent('Hong Kong, Macao and Taiwan');
  });

  test('English names and cities in Latin letters are found (the tester’s inputs)', async () => {
    const { user, result } = setup();
    const home = screen.getByLabelText(
      'Province of your household registration (户籍) on your ID card',
    ) as HTMLSelectElement;
    const [search] = screen.getAllByRole('searchbox');
    const status = () => screen.getAllByRole('status')[0]!;
    for (const [query, slug, said] of [
      ['Inner Mongolia', 'neimenggu', 'Chosen: Inner Mongolia (内蒙古)'],
      ['Tibet', 'xizang', 'Chosen: Xizang (西藏)'],
      ['Beijing City', 'beijing', 'Chosen: Beijing (北京)'],
      ['Guangdong Province', 'guangdong', 'Chosen: Guangdong (广东)'],
      ['Shenzhen', 'guangdong', 'Chosen: Guangdong (广东), where Shenzhen (深圳) is'],
      ['Guangzhou', 'guangdong', 'Chosen: Guangdong (广东), where Guangzhou (广州) is'],
      ['Xian', 'shaanxi', "Chosen: Shaanxi (陕西), where Xi'an (西安) is"],
      ["Xi'an", 'shaanxi', "Chosen: Shaanxi (陕西), where Xi'an (西安) is"],
      ['Shenzhen, Guangdong', 'guangdong', 'Chosen: Guangdong (广东), where Shenzhen (深圳) is'],
    ] as const) {
      await user.clear(search!);
      await user.selectOptions(home, '');
      await user.type(search!, query);
      expect(status(), query).toHaveTextContent(said);
      expect(home.value, query).toBe(slug);
      expect(result, query).not.toHaveTextContent(L.prompt);
    }
    await user.clear(search!);
    await user.type(search!, 'Fuzhou');
    expect(status()).toHaveTextContent('2 provinces match “Fuzhou”; choose one:');
    expect(screen.getByRole('button', { name: 'Fujian (福建): Fuzhou (福州)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Jiangxi (江西): Fuzhou (抚州)' })).toBeInTheDocument();
  });

  test('text that finds nothing leaves nothing chosen on the way: “Hong Kong” passes Honghe (Yunnan)', async () => {
    const { user, result } = setup();
    const home = screen.getByLabelText(
      'Province of your household registration (户籍) on your ID card',
    ) as HTMLSelectElement;
    const [search] = screen.getAllByRole('searchbox');
    const status = () => screen.getAllByRole('status')[0]!;
    await user.type(search!, 'Hon');
    expect(home.value).toBe('yunnan');
    await user.type(search!, 'g Kong');
    expect(status()).toHaveTextContent('No province found for “Hong Kong”.');
    expect(status()).toHaveTextContent('Hong Kong, Macao and Taiwan have no bureau for ICP filing');
    expect(home.value).toBe('');
    expect(result).toHaveTextContent(L.prompt);
    expect(result).not.toHaveTextContent('Yunnan');
  });

  test('text typed before the island started is read when it starts', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const { result } = setup();
    readyState.mockRestore();
    const home = screen.getByLabelText(
      'Province of your household registration (户籍) on your ID card',
    ) as HTMLSelectElement;
    const [search] = screen.getAllByRole('searchbox') as HTMLInputElement[];
    search!.value = 'Tibet';
    window.dispatchEvent(new Event('pageshow'));
    await waitFor(() => expect(home.value).toBe('xizang'));
    expect(result).toHaveTextContent('Xizang Communications Administration');
  });

  test('an organisation without a province yet is asked for one in English', async () => {
    const { user, result } = setup();
    await user.click(screen.getByRole('radio', { name: /^Organisation/ }));
    expect(screen.getByLabelText(/^Province where the organisation is registered/).tagName).toBe('SELECT');
    expect(result).toHaveTextContent(L.prompt);
    expect(strayCjk(result.textContent ?? '')).toEqual([]);
  });
});
