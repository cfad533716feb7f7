/**
 * Every island that renders an internal link, given the English page's slices (as its wrapper hands them on an /en/
 * page), links to the English pages (/en/…) with the English anchors. The words of some of these islands are still
 * the zh-CN ones until their English sections land; the links do not depend on them.
 */
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import DomainCheck from '../../src/components/domain-check/DomainCheck';
import FooterCheck from '../../src/components/footer-check/FooterCheck';
import FooterCode from '../../src/components/footer-check/FooterCode';
// The footer's results load on first use; loaded here once, each fetch is immediate, as from the browser's cache.
import '../../src/components/footer-check/FooterCheckResult';
import '../../src/components/footer-check/FooterCodeResult';
import ProvincePicker from '../../src/components/province-picker/ProvincePicker';
import SiteNameCheck from '../../src/components/site-name/SiteNameCheck';
// The verdict loads on first use; loaded here once, each fetch is immediate, as from the browser's cache.
import '../../src/components/site-name/SiteNameOutcome';
import { dictionary } from '../../src/i18n';
import { footerRules } from '../../src/lib/footer/province';
import { PROVINCES, toPickerData } from '../../src/lib/provinces';
import { provinceWords } from '../../src/lib/site-name';
import { PLACE_NAMES } from '../../src/lib/site-name/places-data';

const t = dictionary('en');
const RULES = footerRules(PROVINCES).filter((r) => r.number !== 'unknown');
const IDS = PROVINCES.map((p) => ({ abbr: p.abbr, altAbbrs: p.altAbbrs, name: p.name, code: p.code }));

/** The internal links of an element (external sources, e.g. a provider's document, are left as they are). */
const internal = (el: HTMLElement) =>
  within(el)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((h) => h.startsWith('/'));

function expectEnglish(hrefs: string[]) {
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/en\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/);
}

describe('internal links on English pages', () => {
  test('domain check: the guide sections, with the fixed English anchors', async () => {
    const user = userEvent.setup();
    const { container } = render(() => (
      <DomainCheck copy={t.domainCheck} pages={t.pages} links={t.links} privacy={t.common.privacy} />
    ));
    await user.type(screen.getByRole('textbox'), 'https://blog.example.com.cn/a');
    const hrefs = internal(container);
    expect(hrefs).toContain('/en/guide/prepare/#the-domain-holder-must-match-the-filing-entity');
    expectEnglish(hrefs);
    await user.clear(screen.getByRole('textbox'));
    await user.type(screen.getByRole('textbox'), 'example.dev');
    expect(internal(container)).toContain('/en/guide/need-filing/#which-domain-extensions-can-be-filed');
  });

  test('footer check and footer code: the guide and the province page', async () => {
    const user = userEvent.setup();
    const check = render(() => (
      <FooterCheck
        copy={t.footerCheck}
        pages={t.pages}
        links={t.links}
        provinces={IDS}
        rules={RULES}
        privacy={t.common.privacy}
      />
    ));
    await user.click(check.container.querySelector('textarea')!);
    await user.paste('<a href="https://beian.miit.gov.cn/">粤ICP备2026012345号-1</a>');
    const hrefs = internal(check.container);
    expect(hrefs).toContain('/en/provinces/guangdong/');
    expect(hrefs).toContain('/en/guide/after-approval/#put-the-filing-number-on-your-home-page');
    expectEnglish(hrefs);
    check.unmount();

    const code = render(() => (
      <FooterCode copy={t.footerCheck} provinces={IDS} rules={RULES} links={t.links} privacy={t.common.privacy} />
    ));
    await user.type(code.container.querySelector('input')!, '粤ICP备2026012345号-1');
    expect(internal(code.container)).toContain('/en/provinces/guangdong/');
    expectEnglish(internal(code.container));
  });

  test('site name check: the pre-approval page', async () => {
    const user = userEvent.setup();
    const provinces = PROVINCES.map((p) => ({ slug: p.slug, name: p.name, words: provinceWords(p) }));
    const { container } = render(() => (
      <SiteNameCheck copy={t.siteName} links={t.links} provinces={provinces} places={PLACE_NAMES} />
    ));
    await user.type(screen.getByLabelText(t.siteName.nameLabel), '小林视频教程分享');
    expect(internal(container)).toContain('/en/guide/pre-approval/');
    expectEnglish(internal(container));
  });

  test('province picker: the province page and its rule anchors', async () => {
    const user = userEvent.setup();
    const { container } = render(() => (
      <ProvincePicker copy={t.provincePicker} links={t.links} provinces={toPickerData(PROVINCES)} />
    ));
    await user.selectOptions(screen.getByLabelText(t.provincePicker.homePersonal), 'guangdong');
    const hrefs = internal(container);
    expect(hrefs).toContain('/en/provinces/guangdong/');
    expect(hrefs.some((h) => /^\/en\/provinces\/guangdong\/#rule-\d+$/.test(h))).toBe(true);
    expectEnglish(hrefs);
  });
});
