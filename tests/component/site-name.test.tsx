import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import SiteNameCheck, { type ProvinceOption } from '../../src/components/site-name/SiteNameCheck';
// The verdict loads on first use; loaded here once, each fetch is immediate, as from the browser's cache.
import '../../src/components/site-name/SiteNameOutcome';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import { provinceWords } from '../../src/lib/site-name';
import { PLACE_NAMES } from '../../src/lib/site-name/places-data';
import { PROVINCES } from '../../src/lib/provinces';
import { PAGES } from '../../src/lib/routes';

const L = dictionary('zh-CN').siteName;

const REAL: ProvinceOption[] = PROVINCES.map((p) => ({ slug: p.slug, name: p.name, words: provinceWords(p) }));
/** A province with extra words, so that the province path is exercised whatever the data holds today. */
const WITH_WORDS: ProvinceOption[] = [
  ...REAL.filter((p) => p.slug !== 'zhejiang'),
  {
    slug: 'zhejiang',
    name: '浙江',
    words: [
      {
        province: '浙江',
        slug: 'zhejiang',
        appliesTo: '个人',
        words: ['维修'],
        source: { title: '测试来源', url: 'https://example.cn/zj' },
      },
    ],
  },
];

let setItem: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  setItem = vi.spyOn(Storage.prototype, 'setItem');
});
afterEach(() => setItem.mockRestore());

function setup(provinces = REAL) {
  const user = userEvent.setup();
  const { container } = render(() => (
    <SiteNameCheck copy={L} links={dictionary('zh-CN').links} provinces={provinces} places={PLACE_NAMES} />
  ));
  const input = screen.getByLabelText(L.nameLabel) as HTMLInputElement;
  const out = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)!;
  return { user, container, input, out };
}

describe('SiteNameCheck island', () => {
  test('renders the field, the subject radios, the province select and an empty live region', () => {
    const { container, input, out } = setup();
    expect(container.firstElementChild).toHaveClass('icp-sitename', 'not-content');
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('radio', { name: L.personal })).toBeChecked();
    expect(screen.getByRole('radio', { name: L.organisation })).not.toBeChecked();
    const select = screen.getByLabelText(L.provinceLabel) as HTMLSelectElement;
    expect(select.options).toHaveLength(1 + PROVINCES.length);
    expect(select.value).toBe('');
    expect(out).toHaveAttribute('aria-live', 'polite');
    expect(out).toBeEmptyDOMElement();
    expect(screen.getByText(L.privacyNote)).toBeInTheDocument();
  });

  test('a good name: the ok verdict', async () => {
    const { user, input, out } = setup();
    await user.type(input, '小林的摄影作品集');
    expect(out).toHaveTextContent(L.okText);
    expect(out.querySelectorAll('li')).toHaveLength(0);
  });

  test('errors and warnings update live, and switching the subject changes the verdict', async () => {
    const { user, input, out } = setup();
    await user.type(input, '中國摄影工作室');
    expect(out).toHaveTextContent(L.badText);
    expect(out).toHaveTextContent('“中國”（即“中国”）');
    expect(out).toHaveTextContent('工作室');
    await user.clear(input);
    await user.type(input, '小林摄影工作室');
    expect(out).toHaveTextContent(L.okWarnText);
    await user.click(screen.getByRole('radio', { name: L.organisation }));
    expect(out).toHaveTextContent(L.okText);
    expect(out).not.toHaveTextContent('工作室');
  });

  test('keyboard only: tab to the radios and switch with the arrow keys', async () => {
    const { user, input, out } = setup();
    input.focus();
    await user.keyboard('小林摄影工作室');
    await user.tab();
    expect(screen.getByRole('radio', { name: L.personal })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: L.organisation })).toBeChecked();
    expect(out).toHaveTextContent(L.okText);
  });

  test('findings that link a page end with the link, with readable text', async () => {
    const { user, input, out } = setup();
    await user.type(input, '小林视频教程分享');
    const link = out.querySelector('a')!;
    expect(link).toHaveAttribute('href', PAGES.preApproval);
    expect(link).toHaveTextContent(L.links.preApproval);
    expect(out).not.toHaveTextContent(PAGES.preApproval);
  });

  test('the rename is shown once, after the findings', async () => {
    const { user, input, out } = setup();
    await user.type(input, '小林的美食论坛商城');
    expect(out.querySelector('.icp-sitename-fix')).toHaveTextContent(fill(L.suggestion, { name: '小林的美食' }));
    expect(out.textContent!.split('小林的美食”').length).toBe(2);
  });

  test('a province with extra words adds its warning and link; one without says so', async () => {
    const { user, input, out } = setup(WITH_WORDS);
    await user.type(input, '小林的家电维修心得');
    expect(out).toHaveTextContent(L.okText);
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), 'zhejiang');
    expect(out).toHaveTextContent('浙江管局');
    expect(out.querySelector('a[href="/provinces/zhejiang/"]')).toHaveTextContent(L.links.province);
    expect(out).toHaveTextContent(fill(L.provinceChecked, { province: '浙江', words: '“维修”' }));
    const other = WITH_WORDS.find((p) => p.words.length === 0)!;
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), other.slug);
    expect(out).toHaveTextContent(fill(L.provinceNoWords, { province: other.name, subject: L.subjectSites.personal }));
  });

  test('an organisation: a province’s rules for personal sites are named as such, not said to be applied', async () => {
    const { user, input, out } = setup();
    await user.click(screen.getByRole('radio', { name: L.organisation }));
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), 'zhejiang');
    await user.type(input, '杭州某某科技官网');
    expect(out).toHaveTextContent(L.okText);
    expect(out).not.toHaveTextContent('已加上这个省的名称限制词');
    expect(out).toHaveTextContent('只针对个人网站');
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), 'jiangsu');
    expect(out).not.toHaveTextContent('已加上这个省管局规定的名称格式');
    expect(out).toHaveTextContent('“某某的个人博客”或“某某的个人主页”只针对个人网站');
    // The same province for a personal site applies them.
    await user.click(screen.getByRole('radio', { name: L.personal }));
    expect(out).toHaveTextContent(
      fill(L.provinceFormats, { province: '江苏', formats: '“某某的个人博客”或“某某的个人主页”' }),
    );
  });

  test('a province that refuses a word: the status says that province refuses it, not that all is well', async () => {
    const { user, input, out } = setup(WITH_WORDS);
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), 'zhejiang');
    await user.type(input, '小林的家电维修心得');
    const status = out.querySelector('.icp-check-status')!;
    expect(status).toHaveTextContent(fill(L.badProvinceText, { province: '浙江' }));
    expect(out).not.toHaveTextContent(L.okWarnText);
    expect(out.querySelector('.icp-check-errors')).toHaveTextContent('浙江管局');
    // A name every bureau refuses keeps the general status.
    await user.clear(input);
    await user.type(input, '中国维修心得');
    expect(out).toHaveTextContent(L.badText);
    expect(out).not.toHaveTextContent(fill(L.badProvinceText, { province: '浙江' }));
  });

  test('影视 (个人): the sector’s own licence, not 292号令第五条', async () => {
    const { user, input, out } = setup();
    await user.type(input, '影视资源在线看');
    expect(out).toHaveTextContent('第五条没有点名');
    expect(out).not.toHaveTextContent('按《互联网信息服务管理办法》第五条');
  });

  test('江苏 (个人): a name outside its format is refused by 江苏, said as 江苏’s rule', async () => {
    const { user, input, out } = setup();
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), 'jiangsu');
    await user.type(input, '小林的摄影作品集');
    expect(out).toHaveTextContent(fill(L.badProvinceText, { province: '江苏' }));
    expect(out).not.toHaveTextContent(L.okWarnText);
  });

  test('江苏: its name format is the check and the fix (issue 21)', async () => {
    const { user, input, out } = setup();
    await user.selectOptions(screen.getByLabelText(L.provinceLabel), 'jiangsu');
    await user.type(input, '张三的个人博客');
    expect(out).toHaveTextContent(L.okText);
    await user.clear(input);
    await user.type(input, '小林的摄影作品集');
    expect(out).toHaveTextContent('“某某的个人博客”或“某某的个人主页”');
    expect(out.querySelector('a[href="/provinces/jiangsu/"]')).toHaveTextContent(L.links.province);
    expect(out.querySelector('.icp-sitename-fix')).toHaveTextContent(fill(L.suggestion, { name: '小林的个人博客' }));
    expect(out).toHaveTextContent(
      fill(L.provinceFormats, { province: '江苏', formats: '“某某的个人博客”或“某某的个人主页”' }),
    );
    expect(out).not.toHaveTextContent(fill(L.provinceNoWords, { province: '江苏', subject: L.subjectSites.personal }));
  });

  test('shows what will actually be submitted when spaces are dropped', async () => {
    const { user, input, out } = setup();
    await user.type(input, '　前端学习笔记');
    expect(out.querySelector('code')).toHaveTextContent('前端学习笔记');
  });

  test('blurring an empty field says it is required', async () => {
    const { user, input, out } = setup();
    await user.click(input);
    await user.tab();
    expect(out).toHaveTextContent('还没有填写');
  });

  test('stores nothing', async () => {
    const { user, input } = setup();
    await user.type(input, '中国论坛');
    expect(setItem).not.toHaveBeenCalled();
    expect(document.cookie).toBe('');
  });
});
