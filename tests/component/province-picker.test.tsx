import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import ProvincePicker from '../../src/components/province-picker/ProvincePicker';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import type { PickerProvince } from '../../src/lib/provinces/picker';

const L = dictionary('zh-CN').provincePicker;

const DATA: PickerProvince[] = [
  {
    slug: 'hunan',
    name: '湖南',
    fullName: '湖南省',
    abbr: '湘',
    altAbbrs: [],
    cities: ['长沙', '湘潭'],
    bureau: '湖南省通信管理局',
    others: 2,
    rules: [{ topic: '手机号归属地', text: '手机号须为湖南号码', appliesTo: '全部', i: 0 }],
  },
  {
    slug: 'guangdong',
    name: '广东',
    fullName: '广东省',
    abbr: '粤',
    altAbbrs: [],
    cities: ['广州', '深圳'],
    bureau: '广东省通信管理局',
    others: 0,
    rules: [
      {
        topic: '跨省备案与居住证',
        text: '外省个人需广东居住证',
        appliesTo: '个人',
        when: { nonLocal: true },
        outcome: '需额外材料',
        i: 0,
      },
      {
        topic: '年龄',
        text: '未满18岁需就业证明',
        appliesTo: '个人',
        when: { ages: ['未满16岁', '16至17岁'] },
        outcome: '需额外材料',
        i: 1,
      },
    ],
  },
  {
    slug: 'guangxi',
    name: '广西',
    fullName: '广西壮族自治区',
    abbr: '桂',
    altAbbrs: [],
    cities: ['南宁', '桂林'],
    bureau: '广西壮族自治区通信管理局',
    others: 0,
    rules: [
      {
        topic: '跨省备案与居住证',
        text: '不接受外省个人备案',
        appliesTo: '个人',
        when: { nonLocal: true },
        outcome: '不受理',
        i: 0,
      },
    ],
  },
];

function setup() {
  const user = userEvent.setup();
  const { container } = render(() => <ProvincePicker copy={L} links={dictionary('zh-CN').links} provinces={DATA} />);
  const result = container.querySelector('.icp-province-result') as HTMLElement;
  return { user, container, result };
}

describe('ProvincePicker', { timeout: 20_000 }, () => {
  test('labelled fields, the prompt first, nothing chosen', () => {
    const { container, result } = setup();
    expect(container.firstElementChild).toHaveClass('not-content');
    expect(screen.getByRole('radio', { name: L.personal })).toBeChecked();
    expect(screen.getByRole('group', { name: L.subjectLegend })).toBeInTheDocument();
    const home = screen.getByLabelText(L.homePersonal) as HTMLSelectElement;
    expect(
      within(home)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([L.choose, '湖南', '广东', '广西']);
    expect(screen.getByLabelText(L.residenceLabel)).toBeInTheDocument();
    expect(screen.getByLabelText(L.ageLabel)).toBeInTheDocument();
    expect(result).toHaveTextContent(L.prompt);
  });

  test('a person from 湖南 living in 广东: two bureaus, 广东 needs a 居住证, each rule linked', async () => {
    const { user, result } = setup();
    await user.selectOptions(screen.getByLabelText(L.homePersonal), 'hunan');
    expect(result).toHaveTextContent('湖南省通信管理局');
    await user.selectOptions(screen.getByLabelText(L.residenceLabel), 'guangdong');
    const sections = result.querySelectorAll('section');
    expect(sections).toHaveLength(2);
    expect(sections[0]).toHaveTextContent(`湖南省通信管理局（${L.basis.home}）`);
    expect(sections[0]).toHaveTextContent('手机号须为湖南号码');
    expect(sections[0]).toHaveTextContent('湖南还有 2 条其他公开要求');
    expect(sections[1]).not.toHaveTextContent('其他公开要求');
    expect(sections[1]).toHaveTextContent(`广东省通信管理局（${L.basis.residence}）`);
    expect(sections[1]).toHaveAttribute('data-verdict', 'conditional');
    expect(sections[1]).toHaveTextContent(L.materialsTitle);
    expect(within(sections[1] as HTMLElement).getByText('外省个人需广东居住证', { exact: false })).toBeInTheDocument();
    const links = within(sections[1] as HTMLElement).getAllByRole('link', { name: L.ruleLink });
    expect(links[0]).toHaveAttribute('href', '/provinces/guangdong/#rule-1');
    expect(within(sections[1] as HTMLElement).getByRole('link', { name: '查看广东的全部要求' })).toHaveAttribute(
      'href',
      '/provinces/guangdong/',
    );
  });

  test('广西 refuses a person from another province; a minor in 广东 gets the age rule', async () => {
    const { user, result } = setup();
    await user.selectOptions(screen.getByLabelText(L.homePersonal), 'guangdong');
    await user.selectOptions(screen.getByLabelText(L.residenceLabel), 'guangxi');
    expect(result.querySelectorAll('section')[1]).toHaveAttribute('data-verdict', 'refused');
    expect(result).toHaveTextContent('不接受外省个人备案');
    await user.selectOptions(screen.getByLabelText(L.residenceLabel), '');
    await user.selectOptions(screen.getByLabelText(L.ageLabel), '16至17岁');
    expect(result.querySelectorAll('section')).toHaveLength(1);
    expect(result).toHaveTextContent('未满18岁需就业证明');
  });

  test('by keyboard: choosing 单位 hides the personal fields and relabels the province', async () => {
    const { user, result } = setup();
    screen.getByRole('radio', { name: L.personal }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: L.organisation })).toBeChecked();
    const home = screen.getByLabelText(L.homeOrganisation);
    expect(screen.getByLabelText(L.residenceLabel)).toBeDisabled();
    home.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.selectOptions(home, 'guangxi');
    expect(result).toHaveTextContent(`广西壮族自治区通信管理局（${L.basis.registered}）`);
    expect(result.querySelector('section')).toHaveAttribute('data-verdict', 'accepted');
  });

  test('the result area is announced', () => {
    const { result } = setup();
    expect(result).toHaveAttribute('aria-live', 'polite');
  });

  test('typing finds a province: an abbreviation, a pinyin, a filing number, a city; each choice is announced', async () => {
    const { user, result } = setup();
    const home = screen.getByLabelText(L.homePersonal) as HTMLSelectElement;
    const search = screen.getByRole('searchbox', { name: fill(L.search.name, { field: L.homePersonal }) });
    const status = screen.getAllByRole('status')[0]!;
    await user.type(search, '粤');
    expect(home.value).toBe('guangdong');
    expect(status).toHaveTextContent(fill(L.search.chosen.abbr, { province: '广东', query: '粤' }));
    expect(result).toHaveTextContent('广东省通信管理局');
    for (const [q, slug] of [
      ['hunan', 'hunan'],
      ['桂ICP备2026012345号-1', 'guangxi'],
      ['深圳市', 'guangdong'],
    ] as const) {
      await user.clear(search);
      await user.type(search, q);
      expect(home.value, q).toBe(slug);
    }
    expect(status).toHaveTextContent(fill(L.search.chosen.city, { province: '广东', city: '深圳' }));
  });

  test('when several provinces fit, each is a button to choose by keyboard; nothing is chosen for no match', async () => {
    const { user } = setup();
    const home = screen.getByLabelText(L.homePersonal) as HTMLSelectElement;
    const residence = screen.getByLabelText(L.residenceLabel) as HTMLSelectElement;
    const search = screen.getByRole('searchbox', { name: fill(L.search.name, { field: L.residenceLabel }) });
    await user.type(search, '广');
    expect(residence.value).toBe('');
    const status = screen.getAllByRole('status')[1]!;
    expect(status).toHaveTextContent(fill(L.search.several, { count: 2, query: '广' }));
    const guangxi = within(status.parentElement!).getByRole('button', { name: '广西' });
    guangxi.focus();
    await user.keyboard('{Enter}');
    expect(residence.value).toBe('guangxi');
    expect(home.value).toBe('');
    await user.clear(search);
    await user.type(search, '澳门');
    expect(status).toHaveTextContent(fill(L.search.noneHkMoTw, { query: '澳门' }));
    // What the field says now decides: a province chosen for other text does not stay under “没有找到”.
    expect(residence.value).toBe('');
  });

  test('a miss mentions 港澳台 only for 港澳台 text; 单位 hides the personal questions', async () => {
    const { user } = setup();
    const search = screen.getByRole('searchbox', { name: fill(L.search.name, { field: L.homePersonal }) });
    const status = screen.getAllByRole('status')[0]!;
    // (昆山 → 江苏 is the data's: tests/unit/provinces.tester3.test.ts; this list is a fixture.)
    await user.type(search, '火星');
    expect(status).toHaveTextContent(fill(L.search.none, { query: '火星' }));
    expect(status).not.toHaveTextContent('港澳台');
    await user.clear(search);
    await user.type(search, '香港');
    expect(status).toHaveTextContent(fill(L.search.noneHkMoTw, { query: '香港' }));
    await user.click(screen.getByRole('radio', { name: L.organisation }));
    expect(screen.getByLabelText(L.residenceLabel)).not.toBeVisible();
    expect(screen.getByLabelText(L.ageLabel)).not.toBeVisible();
  });

  test('text that finds nothing leaves nothing chosen from an earlier prefix (长 → 湖南 for 长沙, then 长春)', async () => {
    const { user, result } = setup();
    const home = screen.getByLabelText(L.homePersonal) as HTMLSelectElement;
    const search = screen.getByRole('searchbox', { name: fill(L.search.name, { field: L.homePersonal }) });
    const status = screen.getAllByRole('status')[0]!;
    await user.type(search, '长');
    expect(home.value).toBe('hunan');
    await user.type(search, '春');
    expect(status).toHaveTextContent(fill(L.search.none, { query: '长春' }));
    expect(home.value).toBe('');
    expect(result).toHaveTextContent(L.prompt);
    expect(result).not.toHaveTextContent('湖南省通信管理局');
    // Several candidates: nothing chosen either, until one is.
    await user.clear(search);
    await user.type(search, '湘');
    expect(home.value).toBe('hunan');
    await user.clear(search);
    await user.type(search, '广');
    expect(home.value).toBe('');
    expect(status).toHaveTextContent(fill(L.search.several, { count: 2, query: '广' }));
  });

  test('pinyin of a city is found on the Chinese page too, and said with the city in Chinese', async () => {
    const user = userEvent.setup();
    const data = DATA.map((p) => (p.slug === 'guangdong' ? { ...p, cityLatin: 'Guangzhou/Canton|Shenzhen' } : p));
    render(() => <ProvincePicker copy={L} links={dictionary('zh-CN').links} provinces={data} />);
    const home = screen.getByLabelText(L.homePersonal) as HTMLSelectElement;
    const search = screen.getByRole('searchbox', { name: fill(L.search.name, { field: L.homePersonal }) });
    await user.type(search, 'Shenzhen');
    expect(home.value).toBe('guangdong');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      fill(L.search.chosen.city, { province: '广东', city: '深圳' }),
    );
  });

  test('text already in the search field when the island starts is read', async () => {
    // As after typing before the island loaded: the field has a value when the island takes it over.
    const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    const typed = vi.spyOn(HTMLInputElement.prototype, 'value', 'get').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      return this.type === 'search' ? '粤' : value.get!.call(this);
    });
    const { result } = setup();
    typed.mockRestore();
    const home = screen.getByLabelText(L.homePersonal) as HTMLSelectElement;
    await waitFor(() => expect(home.value).toBe('guangdong'));
    expect(result).toHaveTextContent('广东省通信管理局');
  });

  test('text typed before the island started is read when it starts', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const { result } = setup();
    readyState.mockRestore();
    const home = screen.getByLabelText(L.homePersonal) as HTMLSelectElement;
    const search = screen.getByRole('searchbox', {
      name: fill(L.search.name, { field: L.homePersonal }),
    }) as HTMLInputElement;
    search.value = '深圳';
    window.dispatchEvent(new Event('pageshow'));
    await waitFor(() => expect(home.value).toBe('guangdong'));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      fill(L.search.chosen.city, { province: '广东', city: '深圳' }),
    );
    expect(result).toHaveTextContent('广东省通信管理局');
  });

  test('a rule another source contradicts says so', async () => {
    const user = userEvent.setup();
    const data = DATA.map((p) =>
      p.slug === 'hunan' ? { ...p, rules: p.rules.map((r) => ({ ...r, disputed: true as const })) } : p,
    );
    const { container } = render(() => <ProvincePicker copy={L} links={dictionary('zh-CN').links} provinces={data} />);
    await user.selectOptions(screen.getByLabelText(L.homePersonal), 'hunan');
    const item = within(container.querySelector('section') as HTMLElement).getByText('手机号须为湖南号码', {
      exact: false,
    });
    expect(item).toHaveTextContent(`手机号须为湖南号码${L.disputedRule}`);
  });
});
