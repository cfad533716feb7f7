import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import FooterCheck from '../../src/components/footer-check/FooterCheck';
import FooterCode from '../../src/components/footer-check/FooterCode';
// The islands fetch their results on first use (a focus or a first value); loaded here once, the fetch is
// immediate, as from the browser's cache, so that a result can be read right after typing.
import '../../src/components/footer-check/FooterCheckResult';
import '../../src/components/footer-check/FooterCodeResult';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';
import { footerRules } from '../../src/lib/footer';
import { PROVINCES } from '../../src/lib/provinces';
import { PAGES, provincePath } from '../../src/lib/routes';

const t = dictionary('zh-CN');
const L = t.footerCheck;
/** As the wrappers pass them: only the provinces with a known rule. */
const RULES = footerRules(PROVINCES).filter((r) => r.number !== 'unknown');
const IDS = PROVINCES.map((p) => ({ abbr: p.abbr, altAbbrs: p.altAbbrs, name: p.name, code: p.code }));

let setItem: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  setItem = vi.spyOn(Storage.prototype, 'setItem');
});
afterEach(() => setItem.mockRestore());

describe('FooterCode island (the writer)', () => {
  function setup() {
    const user = userEvent.setup();
    const { container } = render(() => (
      <FooterCode copy={L} provinces={IDS} rules={RULES} links={t.links} privacy={t.common.privacy} />
    ));
    return {
      user,
      container,
      icp: screen.getByLabelText(L.icpLabel) as HTMLInputElement,
      police: screen.getByLabelText(L.policeLabel) as HTMLInputElement,
      badge: screen.getByLabelText(L.badgeLabel) as HTMLInputElement,
      out: container.querySelector('[aria-live="polite"]') as HTMLElement,
    };
  }

  test('renders three labelled fields with hints and a live region that waits for the number', () => {
    const { container, icp, police, badge, out } = setup();
    expect(container.firstElementChild).toHaveClass('icp-footer', 'not-content');
    expect(icp).toHaveAccessibleDescription(L.icpHint);
    expect(police).toHaveAccessibleDescription(L.policeHint);
    expect(badge).toHaveAttribute('placeholder', '/images/gongan-beian.png');
    expect(out).toHaveTextContent(L.codeWaiting);
  });

  test('the code for both numbers, shown as text (never as markup), with a copy button', async () => {
    const { user, icp, police, out } = setup();
    await user.type(icp, '京ICP备2026000000号-1');
    await user.type(police, '京公网安备11010802012345号');
    const code = out.querySelector('pre code')!;
    expect(code.textContent).toContain(
      '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2026000000号-1</a>',
    );
    expect(code.textContent).toContain('https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345');
    expect(code.querySelector('a, img')).toBeNull();
    expect(out).toHaveTextContent(say(L.says, { code: 'icp.depends', params: { province: '北京' } }));
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(out).getByRole('button', { name: L.copy }));
    expect(writeText).toHaveBeenCalledWith(code.textContent);
    expect(await within(out).findByRole('status')).toHaveTextContent(L.copied);
  });

  test('a 公安 number without an icon address: the default path is said; a 苏 number beside a 京 one is pointed out', async () => {
    const { user, icp, police, out } = setup();
    await user.type(icp, '京ICP备2026000000号-1');
    await user.type(police, '苏公网安备32010202012345号');
    expect(out.querySelector('pre code')!.textContent).toContain('/images/gongan-beian.png');
    expect(out).toHaveTextContent(
      say(L.says, { code: 'badge.default', params: { badge: '/images/gongan-beian.png' } }),
    );
    expect(out).toHaveTextContent(say(L.says, { code: 'police.otherProvince', params: { police: '苏', icp: '京' } }));
  });

  test('广东: the 主体备案号 is used, with the sources and the province page', async () => {
    const { user, icp, out } = setup();
    await user.type(icp, '粤ICP备2026012345号-1');
    expect(out.querySelector('pre code')!.textContent).toContain('>粤ICP备2026012345号</a>');
    expect(out).toHaveTextContent('代码里用的是主体备案号 粤ICP备2026012345号');
    expect(out).toHaveTextContent('广东管局的要求从哪里来');
    expect(within(out).getByRole('link', { name: '广东的全部管局要求' })).toHaveAttribute(
      'href',
      provincePath('guangdong'),
    );
  });

  test('a malformed number gives the reasons and no code; a badge from another site is refused', async () => {
    const { user, icp, police, badge, out } = setup();
    await user.type(icp, '川ICP备1234号');
    expect(out).toHaveTextContent(L.codeBad);
    expect(out).toHaveTextContent('“蜀”，不是“川”');
    expect(out).toHaveTextContent('有 4 位');
    expect(out.querySelector('pre')).toBeNull();
    await user.clear(icp);
    await user.type(icp, '京ICP备2026000000号-1');
    await user.type(police, '京公网安备11010802012345号');
    await user.type(badge, 'https://www.beian.gov.cn/img/ghs.png');
    expect(out.querySelector('pre')).toBeNull();
    expect(out).toHaveTextContent('图标地址要写你自己网站上的路径');
  });

  test('a typed-in <script> never becomes markup', async () => {
    const { user, icp, out } = setup();
    await user.type(icp, '<img src=x onerror=alert(1)>京ICP备2026000000号');
    expect(out.querySelector('img')).toBeNull();
    expect(out.querySelector('pre code')!.textContent).toContain('>京ICP备2026000000号</a>');
  });

  test('stores nothing', async () => {
    const { user, icp } = setup();
    await user.type(icp, '京ICP备2026000000号');
    expect(setItem).not.toHaveBeenCalled();
  });
});

describe('FooterCheck island (the check)', () => {
  function setup() {
    const user = userEvent.setup();
    const { container } = render(() => (
      <FooterCheck copy={L} pages={t.pages} links={t.links} provinces={IDS} rules={RULES} privacy={t.common.privacy} />
    ));
    const box = screen.getByLabelText(L.pasteLabel) as HTMLTextAreaElement;
    const out = document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[1]!)!;
    return { user, container, box, out };
  }

  test('renders the box with its hint and a live region that waits for a paste', () => {
    const { box, out } = setup();
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAccessibleDescription(expect.stringContaining('不会运行'));
    expect(out).toHaveAttribute('aria-live', 'polite');
    expect(out).toHaveTextContent(L.checkWaiting);
  });

  test('a right footer: ok, both numbers with their links, and the guide links', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste(
      '<footer><a href="https://beian.miit.gov.cn/">京ICP备2026000000号-1</a> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345"><img src="/images/gongan-beian.png" alt="">京公网安备11010802012345号</a></footer>',
    );
    expect(out).toHaveTextContent(L.okText);
    expect(out).toHaveTextContent(`${L.foundIcp}京ICP备2026000000号-1 ${L.linksTo} https://beian.miit.gov.cn/`);
    expect(out).toHaveTextContent(L.foundPolice);
    expect(out).toHaveTextContent(say(L.says, { code: 'footer.allGood' }));
    expect(out.querySelector('img')).toBeNull();
    expect(within(out).getByRole('link', { name: t.pages.footerGuide })).toHaveAttribute('href', PAGES.footerGuide);
  });

  test('the mistakes people make: no link, the retired address, a 公安 code that does not match, the old platform', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste('<p>京ICP备2026000000号-1</p>');
    expect(out).toHaveTextContent(L.badText);
    expect(out).toHaveTextContent(`${L.foundIcp}京ICP备2026000000号-1 ${L.noLink}`);
    await user.clear(box);
    await user.paste(
      '<a href="http://www.miibeian.gov.cn/">京ICP备2026000000号-1</a><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345">京公网安备11010802012345号</a>',
    );
    expect(out).toHaveTextContent('miibeian.gov.cn 已经停用');
    expect(out).toHaveTextContent('公安备案平台已经搬到 beian.mps.gov.cn');
    await user.clear(box);
    await user.paste(
      '<a href="https://beian.miit.gov.cn/">京ICP备2026000000号-1</a><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802000000">京公网安备11010802012345号</a>',
    );
    expect(out).toHaveTextContent(
      say(L.says, { code: 'police.codeMismatch', params: { code: '11010802000000', digits: '11010802012345' } }),
    );
  });

  test('广东 with -N: a warning with the rule’s sources', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste('<a href="https://beian.miit.gov.cn/">粤ICP备2026012345号-1</a>');
    expect(out).toHaveTextContent(L.okWarnText);
    expect(out).toHaveTextContent('应显示 粤ICP备2026012345号');
    expect(
      within(out)
        .getAllByRole('link')
        .some((a) => a.getAttribute('href')?.includes('jdcloudcom')),
    ).toBe(true);
  });

  test('pasted markup is never run or inserted', async () => {
    const { user, box, out } = setup();
    await user.click(box);
    await user.paste('<script>window.ran = true</script><img src=x onerror="window.ran = true">');
    expect((window as { ran?: boolean }).ran).toBeUndefined();
    expect(out.querySelector('script, img')).toBeNull();
    expect(out).toHaveTextContent(say(L.says, { code: 'icp.notFound' }));
  });

  test('a paste the browser restores after the island started is still checked', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const { box, out } = setup();
    readyState.mockRestore();
    box.value = '<p>京ICP备2026000000号-1</p>';
    window.dispatchEvent(new Event('pageshow'));
    await waitFor(() => expect(out).toHaveTextContent(L.badText));
  });

  test('keyboard only: Tab reaches the box; the result follows typing', async () => {
    const { user, box, out } = setup();
    await user.tab();
    expect(document.activeElement).toBe(box);
    await user.keyboard('京ICP备2026000000号');
    expect(out).toHaveTextContent(L.badText);
    expect(setItem).not.toHaveBeenCalled();
  });
});
