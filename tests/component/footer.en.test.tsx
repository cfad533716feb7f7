/**
 * 页脚备案号代码 in English: the writer and the check rendered with the English `footerCheck` section (src/i18n/en.ts)
 * and the province tables as the English page's wrapper (Footer.astro) builds them: provinces named in English with
 * the Chinese beside them (src/i18n/provinces), rules read from the Chinese data. Filing numbers stay as the bureau
 * writes them; the sources' titles are English, with the Chinese title after each in brackets, marked as Chinese.
 */
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import FooterCheck from '../../src/components/footer-check/FooterCheck';
import FooterCode from '../../src/components/footer-check/FooterCode';
import { dictionary } from '../../src/i18n';
import { footerRules } from '../../src/lib/footer';
import { localProvinces } from '../../src/i18n/provinces';
import { localSource } from '../../src/i18n/sources';
import { strayCjk } from './en-text';

const EN = dictionary('en');
const L = EN.footerCheck;

const LOCAL = localProvinces('en');
const LABELS = new Map(LOCAL.map((p) => [p.zh.slug, p.label]));
const RULES = footerRules(LOCAL.map((p) => p.zh))
  .filter((r) => r.number !== 'unknown')
  .map((r) => ({
    ...r,
    name: LABELS.get(r.slug) ?? r.name,
    sources: r.sources.map((s) => ({ ...s, ...localSource(EN, s) })),
  }));
const IDS = LOCAL.map(({ zh, label }) => ({ abbr: zh.abbr, altAbbrs: zh.altAbbrs, name: label, code: zh.code }));
/** Filing numbers as typed: they stay Chinese. */
const NUMBERS = ['粤ICP备2026012345号-1', '粤ICP备2026012345号', '京ICP备2026000000号-1', '京公网安备11010802012345号'];

describe('FooterCode island (the writer) in English', () => {
  function setup() {
    const user = userEvent.setup();
    const { container } = render(() => (
      <FooterCode copy={L} links={EN.links} provinces={IDS} rules={RULES} privacy={EN.common.privacy} />
    ));
    return {
      user,
      container,
      icp: screen.getByLabelText('ICP filing number (备案号)') as HTMLInputElement,
      police: screen.getByLabelText('Public security filing number (公安联网备案号, optional)') as HTMLInputElement,
      out: container.querySelector('[aria-live="polite"]') as HTMLElement,
    };
  }

  test('English labels and hints; the filing numbers in the hints are quoted', () => {
    const { container, out } = setup();
    expect(screen.getByLabelText('Address of the public security badge on your website')).toBeInTheDocument();
    expect(out).toHaveTextContent('Enter your filing number and the code appears here.');
    expect(strayCjk(container.textContent ?? '')).toEqual([]);
  });

  test('广东: the entity’s filing number is used, explained in English with the sources', async () => {
    const { user, icp, out } = setup();
    await user.type(icp, '粤ICP备2026012345号-1');
    expect(out.querySelector('pre code')!.textContent).toContain('>粤ICP备2026012345号</a>');
    expect(out).toHaveTextContent(
      'By the Guangdong (广东) bureau’s requirement (sources below), the code uses the entity’s filing number 粤ICP备2026012345号, without -N.',
    );
    expect(out).toHaveTextContent('Where the Guangdong (广东) bureau’s requirement comes from:');
    expect(within(out).getByRole('link', { name: 'All bureau requirements of Guangdong (广东)' })).toBeInTheDocument();
    // Each source by its English title (the link), with the Chinese title after it, in brackets, marked as Chinese.
    const jd = within(out).getByRole('link', {
      name: 'JD Cloud filing docs: Guangdong filing rules for organisations and individuals',
    });
    expect(jd.nextSibling?.textContent).toBe(' (');
    expect(jd.nextElementSibling).toHaveAttribute('lang', 'zh-CN');
    expect(jd.nextElementSibling).toHaveTextContent(/^京东云备案文档：广东/);
    expect(out).toHaveTextContent(
      'Tencent Cloud docs (deprecated old version): requirements of each province’s bureau (old) (腾讯云文档（已弃用的旧版说明）：各省管局要求（旧）): show the website’s filing number',
    );
    expect(within(out).getByRole('button', { name: 'Copy code' })).toBeInTheDocument();
    expect(strayCjk(out.textContent?.replace(out.querySelector('pre')!.textContent!, '') ?? '', NUMBERS)).toEqual([]);
  });

  test('a malformed number: the reasons in English, no code', async () => {
    const { user, icp, out } = setup();
    await user.type(icp, '川ICP备1234号');
    expect(out).toHaveTextContent('Fix the problems below before the code can be generated:');
    expect(out).toHaveTextContent('The province abbreviation in filing numbers is “蜀”, not “川”');
    expect(out).toHaveTextContent('The number after “ICP备” has 4 digits');
    expect(out.querySelector('pre')).toBeNull();
    expect(strayCjk(out.textContent ?? '')).toEqual([]);
  });
});

describe('FooterCheck island (the check) in English', () => {
  function setup() {
    const user = userEvent.setup();
    const { container } = render(() => (
      <FooterCheck
        copy={L}
        links={EN.links}
        pages={EN.pages}
        provinces={IDS}
        rules={RULES}
        privacy={EN.common.privacy}
      />
    ));
    const box = screen.getByLabelText('Page source or footer code') as HTMLTextAreaElement;
    const out = document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[1]!)!;
    return { user, container, box, out };
  }

  test('a footer whose number has no link and no public security number: what to change, in English', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste('<footer><p>© 2026 小林 · 京ICP备2026000000号-1</p></footer>');
    expect(out).toHaveTextContent('These must be changed:');
    expect(out).toHaveTextContent('ICP filing number found: 京ICP备2026000000号-1 no link');
    expect(out).toHaveTextContent(
      '京ICP备2026000000号-1 has no link. The filing number must link to the MIIT filing system at https://beian.miit.gov.cn/.',
    );
    expect(out).toHaveTextContent('No public security filing number found.');
    expect(strayCjk(out.textContent ?? '', NUMBERS)).toEqual([]);
  });

  test('a right footer: the English all-clear', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste(
      '<footer><a href="https://beian.miit.gov.cn/">京ICP备2026000000号-1</a> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345">京公网安备11010802012345号</a></footer>',
    );
    expect(out).toHaveTextContent('Nothing found that must be changed.');
    expect(out).toHaveTextContent('ICP filing number found: 京ICP备2026000000号-1 links to https://beian.miit.gov.cn/');
    expect(out).toHaveTextContent('The filing number is written correctly and links to the MIIT filing system.');
    expect(strayCjk(out.textContent ?? '', NUMBERS)).toEqual([]);
  });

  test('a number hidden with inline CSS is not passed: it must be visible (issue 24)', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste('<a style="display:none" href="https://beian.miit.gov.cn/">沪ICP备2026012345号-1</a>');
    expect(out).toHaveTextContent('These must be changed:');
    expect(out).not.toHaveTextContent('Nothing found that must be changed.');
    expect(out).toHaveTextContent(
      '沪ICP备2026012345号-1 is in the code but hidden (display:none, on it or on an element around it), so visitors do not see it.',
    );
    expect(strayCjk(out.textContent ?? '', ['沪ICP备2026012345号-1', ...NUMBERS])).toEqual([]);
  });

  test('an old link: the http address that also works is named (issue 24)', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste('<a href="http://www.miitbeian.gov.cn">京ICP备2026000000号-1</a>');
    expect(out).toHaveTextContent('(http://beian.miit.gov.cn/ also works)');
    expect(out).not.toHaveTextContent('starting with http');
  });
});

test('the writer: a spaced Guangdong number drops -N with the same explanation (issue 24)', async () => {
  const user = userEvent.setup();
  const { container } = render(() => (
    <FooterCode copy={L} links={EN.links} provinces={IDS} rules={RULES} privacy={EN.common.privacy} />
  ));
  const out = container.querySelector('[aria-live="polite"]') as HTMLElement;
  await user.type(screen.getByLabelText('ICP filing number (备案号)'), '粤ICP备 2026045678 号 - 1');
  expect(out.querySelector('pre code')!.textContent).toContain('>粤ICP备2026045678号</a>');
  expect(out).toHaveTextContent(
    'By the Guangdong (广东) bureau’s requirement (sources below), the code uses the entity’s filing number 粤ICP备2026045678号, without -N.',
  );
});
