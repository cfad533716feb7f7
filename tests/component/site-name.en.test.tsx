/**
 * 网站名称自查 in English: the island rendered with the English `siteName` section (src/i18n/en.ts) and the provinces
 * as the English page's wrapper (SiteNameCheck.astro) names them (src/i18n/provinces: “Zhejiang (浙江)”). Website
 * names stay Chinese (they are checked as Chinese names), and so do a province's restricted words: the findings
 * explain in English why a name is refused and what to type, with the Chinese words quoted.
 */
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import SiteNameCheck, { type ProvinceOption } from '../../src/components/site-name/SiteNameCheck';
// The verdict loads on first use; loaded here once, each fetch is immediate, as from the browser's cache.
import '../../src/components/site-name/SiteNameOutcome';
import { dictionary } from '../../src/i18n';
import { localProvinces } from '../../src/i18n/provinces';
import { localSource } from '../../src/i18n/sources';
import { provinceWords } from '../../src/lib/site-name';
import { PLACE_NAMES } from '../../src/lib/site-name/places-data';
import { strayCjk } from './en-text';

const EN = dictionary('en');
const L = EN.siteName;

/** As the wrapper builds it on an English page. */
const REAL: ProvinceOption[] = localProvinces('en').map(({ zh, label }) => ({
  slug: zh.slug,
  name: label,
  words: provinceWords(zh).map((w) => ({ ...w, province: label, source: localSource(EN, w.source) })),
}));
const WITH_WORDS: ProvinceOption[] = [
  ...REAL.filter((p) => p.slug !== 'zhejiang'),
  {
    slug: 'zhejiang',
    name: 'Zhejiang (浙江)',
    words: [
      {
        province: 'Zhejiang (浙江)',
        slug: 'zhejiang',
        appliesTo: '个人',
        words: ['维修', '导航'],
        source: { title: 'A provider’s Zhejiang filing rules', url: 'https://example.cn/zj' },
      },
    ],
  },
];

function setup(provinces = REAL) {
  const user = userEvent.setup();
  const { container } = render(() => (
    <SiteNameCheck copy={L} links={EN.links} provinces={provinces} places={PLACE_NAMES} />
  ));
  const input = screen.getByLabelText(L.nameLabel) as HTMLInputElement;
  const out = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)!;
  return { user, container, input, out };
}

describe('SiteNameCheck island in English', () => {
  test('English labels and province names; the form shows no Chinese outside quoted terms', () => {
    const { container } = setup();
    expect(screen.getByLabelText('The website name (网站名称) you plan to enter')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Individual (个人)' })).toBeChecked();
    const select = screen.getByLabelText('Province of your filing (optional)');
    expect(select.tagName).toBe('SELECT');
    expect(within(select).getByRole('option', { name: 'Guangdong (广东)' })).toHaveValue('guangdong');
    expect(within(select).getByRole('option', { name: 'Zhejiang (浙江)' })).toHaveValue('zhejiang');
    expect(strayCjk(container.textContent ?? '')).toEqual([]);
  });

  test('a name of letters only is refused, in English, with what to type instead', async () => {
    const { user, input, out } = setup();
    await user.type(input, 'myblog');
    expect(out).toHaveTextContent('This name will be rejected (驳回) or returned (退回):');
    expect(out).toHaveTextContent('“myblog” has no Chinese characters');
    expect(out).toHaveTextContent('Change it to a Chinese name that says what the site is about.');
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });

  test('a personal forum name: the words are quoted, joined the English way, and a Chinese rename is offered', async () => {
    const { user, input, out } = setup();
    await user.type(input, '小林的美食论坛');
    expect(out).toHaveTextContent('The name contains “论坛”: a personal website may not offer interactive services');
    expect(out).toHaveTextContent('For example, rename it “小林的美食”.');
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });

  test('a province’s restricted words: the rule says its province and source in English', async () => {
    const { user, input, out } = setup(WITH_WORDS);
    await user.selectOptions(screen.getByLabelText('Province of your filing (optional)'), 'zhejiang');
    await user.type(input, '小林的网址导航');
    expect(out).toHaveTextContent(
      'the Zhejiang (浙江) bureau has extra restrictions on personal website names and does not accept “导航” (source: A provider’s Zhejiang filing rules)',
    );
    expect(out).toHaveTextContent(
      'Zhejiang (浙江): this province’s restricted words were added to the check: “维修”, “导航”',
    );
    expect(screen.getByRole('link', { name: L.links.province })).toBeInTheDocument();
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });

  test('a province that refuses a word: the status names that province, not “nothing that every bureau returns”', async () => {
    const { user, input, out } = setup(WITH_WORDS);
    await user.selectOptions(screen.getByLabelText('Province of your filing (optional)'), 'zhejiang');
    await user.type(input, '小林的网址导航');
    expect(out).toHaveTextContent('The Zhejiang (浙江) bureau does not accept this name');
    expect(out).not.toHaveTextContent(L.okWarnText);
  });

  test('a film/TV word: its licence is its own, not Article 5', async () => {
    const { user, input, out } = setup();
    await user.type(input, '影视资源在线看');
    expect(out).toHaveTextContent('not named in Article 5');
    expect(out).not.toHaveTextContent('Under Article 5');
  });

  test('Guangdong’s real rule: its Chinese words still match, the province is named in English', async () => {
    const { user, input, out } = setup();
    await user.selectOptions(screen.getByLabelText('Province of your filing (optional)'), 'guangdong');
    await user.type(input, '小林的网址导航');
    expect(out).toHaveTextContent(
      'the Guangdong (广东) bureau has extra restrictions on personal website names and does not accept “导航”',
    );
    expect(out).toHaveTextContent('Guangdong (广东): this province’s restricted words were added to the check:');
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });

  test('a real rule’s source: its English title, with the Chinese title after it marked as Chinese', async () => {
    const { user, input, out } = setup();
    await user.selectOptions(screen.getByLabelText('Province of your filing (optional)'), 'guangdong');
    await user.type(input, '小林的网址导航');
    const english =
      'Alibaba Cloud filing docs (old version, third-party archive, second-hand): filling in the entity and website information (appendix: naming requirements for organisation and personal websites)';
    const chinese = '阿里云备案文档（旧版，第三方存档，二手资料）：填写主体信息和网站信息（附录：网站命名要求）';
    expect(out).toHaveTextContent(`does not accept “导航” (source: ${english} (${chinese})). Remove “导航”.`);
    const original = [...out.querySelectorAll('span[lang="zh-CN"]')].find((e) => e.textContent === chinese);
    expect(original).toBeDefined();
    expect(original!.previousSibling?.textContent).toBe(' (');
  });

  test('an organisation named after the state: refused in English', async () => {
    const { user, input, out } = setup();
    await user.click(screen.getByRole('radio', { name: /^Organisation/ }));
    await user.type(input, '中国美食研究会网站');
    expect(out).toHaveTextContent('The name starts with “中国”: for an organisation that is not a state body');
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });
});

describe('issue 24, from the independent tester', () => {
  test('a space between Chinese characters is not “no problem”: what is known, and the name without it', async () => {
    const { user, input, out } = setup();
    await user.click(screen.getByRole('radio', { name: /^Organisation/ }));
    await user.type(input, '艾克米 科技');
    expect(out).not.toHaveTextContent(L.okText);
    expect(out).toHaveTextContent('The name has a space between Chinese characters.');
    expect(out).toHaveTextContent('say nothing about spaces');
    expect(out).toHaveTextContent('For example, rename it “艾克米科技”.');
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });

  test('a sector needing pre-approval: the article does not depend on the sector (education)', async () => {
    const { user, input, out } = setup();
    await user.type(input, '小林的教育资料');
    expect(out).toHaveTextContent('this looks like an information service in the field of education (教育).');
    expect(out).not.toHaveTextContent('a education');
  });

  test('a studio named after a brand: no bare brand offered, the pattern instead', async () => {
    const { user, input, out } = setup();
    await user.type(input, '爱克米工作室');
    expect(out).not.toHaveTextContent('rename it “爱克米”');
    expect(out).toHaveTextContent(L.patterns.personal);
  });

  test('an organisation: a province’s rules for personal sites are named as such, not said to be applied', async () => {
    const { user, input, out } = setup();
    await user.click(screen.getByRole('radio', { name: L.organisation }));
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), 'zhejiang');
    await user.type(input, '杭州某某科技官网');
    expect(out).not.toHaveTextContent('restricted words were added');
    expect(out).toHaveTextContent(/apply to personal websites only/);
  });
});
