import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import MessageDecoder from '../../src/components/message-decoder/MessageDecoder';
import { dictionary } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
// The island fetches src/lib/messages (its index) on first use; the test builds its props from the modules behind
// it, so that the index is loaded only when the island asks for it.
import { interpretMessage, provinceTable } from '../../src/lib/messages/interpret';
import { PROVINCES } from '../../src/lib/provinces';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/messages', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

const t = dictionary('zh-CN');
const L = { ...t.messageDecoder.ui, examples: t.messageDecoder.examples };

function setup() {
  const user = userEvent.setup();
  const { container } = render(() => (
    <MessageDecoder
      copy={t.messageDecoder}
      pages={t.pages}
      links={t.links}
      initial={interpretMessage('')}
      provinces={provinceTable(PROVINCES)}
    />
  ));
  const box = screen.getByLabelText(L.inputLabel) as HTMLTextAreaElement;
  const result = container.querySelector('[aria-live="polite"]') as HTMLElement;
  return { user, container, box, result };
}

describe('MessageDecoder', () => {
  test('a labelled paste box, buttons, examples and the privacy note; empty prompt first', async () => {
    const { box, result } = setup();
    expect(box.tagName).toBe('TEXTAREA');
    expect(screen.getByRole('button', { name: L.decodeButton })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: L.clearButton })).toBeInTheDocument();
    const examples = screen.getByRole('group', { name: L.examplesTitle });
    expect(within(examples).getAllByRole('button')).toHaveLength(L.examples.length);
    expect(screen.getByText(L.privacy)).toBeInTheDocument();
    await waitFor(() => expect(result).toHaveTextContent('请先粘贴内容'));
  });

  test('pasting a MIIT result shows its meaning, next steps and deadline with the calculator link', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。');
    await waitFor(() => expect(result).toHaveTextContent('你已核验，还差其他负责人'));
    expect(result).not.toHaveTextContent('31'); // the page's internal status code is never shown
    await waitFor(() => expect(result).toHaveTextContent('收到第一条短信后的 24 小时内'));
    const calc = within(result).getByRole('link', { name: L.calculatorLinkText });
    expect(calc).toHaveAttribute('href', '/tools/deadlines/');
    expect(within(result).getByRole('link', { name: '短信核验' })).toHaveAttribute('href', '/guide/sms-verification/');
    expect(within(result).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  test('typing the SMS extracts code and filing type', async () => {
    const { user, box, result } = setup();
    await user.click(box);
    await user.type(box, '【工业和信息化部】验证码：482913。您的变更主体已提交，核验链接：beian.miit.gov.cn');
    await waitFor(() => expect(result).toHaveTextContent('工信部核验短信'));
    await waitFor(() => expect(result).toHaveTextContent('482913'));
    await waitFor(() => expect(result).toHaveTextContent('变更主体'));
  });

  test('returned with reason, approved with number', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('【阿里云】您的ICP备案订单被管局退回，退回原因：网站名称不符合要求，请修改后重新提交。');
    await waitFor(() => expect(result).toHaveTextContent('备案被管局退回'));
    await waitFor(() => expect(result).toHaveTextContent('网站名称不符合要求'));
    await user.clear(box);
    await user.paste('【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。');
    await waitFor(() => expect(result).toHaveTextContent('备案已通过'));
    await waitFor(() => expect(result).toHaveTextContent('粤ICP备2026012345号-1'));
    await waitFor(() => expect(result).toHaveTextContent('beian.mps.gov.cn'));
    expect(within(result).getByRole('link', { name: '广东管局的要求' })).toHaveAttribute(
      'href',
      '/provinces/guangdong/',
    );
    expect(within(result).getByRole('link', { name: L.calculatorLinkText })).toHaveAttribute(
      'href',
      '/tools/deadlines/#公安联网备案期限',
    );
  });

  test('the interpreter is fetched on first use, not at start', async () => {
    const before = loads.count;
    const { user, box, result } = setup();
    expect(result).toHaveTextContent('请先粘贴内容');
    expect(loads.count).toBe(before); // rendering (hydration) did not load it
    box.focus();
    await waitFor(() => expect(loads.count).toBeGreaterThan(0));
    await user.paste('重发次数已到上限');
    await waitFor(() => expect(result).toHaveTextContent('重发次数已用完'));
  });

  test('the root opts out of prose styles and uses the icp-decoder- prefix; example wordings are labelled', () => {
    const { container } = setup();
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('icp-decoder', 'not-content');
    for (const el of container.querySelectorAll('[class]')) {
      for (const c of el.classList) if (c !== 'not-content') expect(c).toMatch(/^icp-decoder/);
    }
    expect(screen.getByText(L.examplesNote)).toBeInTheDocument();
  });

  test('issue 12: an SMS worded unlike the examples, a phishing link, and what was found in unknown text', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      '【工信部】尊敬的ICP用户：您的ICP备案申请需进行短信核验，验证码：123456，请于24小时内登录https://beian.miit.gov.cn/ 进行验证。',
    );
    await waitFor(() => expect(result).toHaveTextContent('工信部核验短信'));
    await waitFor(() => expect(result).toHaveTextContent('123456'));
    await user.clear(box);
    await user.paste('【工信部】验证码：123456，请登录 beian-miit.top 完成核验');
    await waitFor(() => expect(result).toHaveTextContent('beian-miit.top'));
    await waitFor(() => expect(result).toHaveTextContent('仿冒'));
    await user.clear(box);
    await user.paste('这是什么 粤ICP备2026012345号-1 https://example.com/x');
    await waitFor(() => expect(result).toHaveTextContent('没能确定是哪一种通知'));
    await waitFor(() => expect(result).toHaveTextContent('粤ICP备2026012345号-1'));
    await waitFor(() => expect(result).toHaveTextContent('example.com'));
  });

  test('a scam is shown first, in the alert style, with the look-alike host', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('【工业和信息化部】验证码：604871。核验链接：http://beian.miit.gov.cn.verify-icp.cn/a，有效期1天');
    await waitFor(() => expect(result).toHaveAttribute('data-kind', 'scam'));
    expect(result).toHaveClass('icp-decoder-alert');
    expect(result.querySelector('.icp-decoder-title')).toHaveTextContent('小心');
    expect(result).toHaveTextContent('beian.miit.gov.cn.verify-icp.cn');
  });

  test('初审通过 is not shown as an approval, and says what comes now', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('您的备案订单已通过初审。');
    await waitFor(() => expect(result).toHaveTextContent('初审通过：还不是备案通过'));
    expect(result).toHaveTextContent('24 小时内核验');
    expect(result).not.toHaveTextContent('备案已通过');
  });

  test('example buttons fill the box and interpret; 清空 empties it', async () => {
    const { user, box, result } = setup();
    const ex = L.examples.find((e) => e.label === '找不到记录')!;
    await user.click(screen.getByRole('button', { name: ex.label }));
    expect(box.value).toBe(ex.text);
    await waitFor(() => expect(result).toHaveTextContent('没找到相关记录'));
    await user.click(screen.getByRole('button', { name: L.clearButton }));
    expect(box.value).toBe('');
    await waitFor(() => expect(result).toHaveTextContent('请先粘贴内容'));
    expect(document.activeElement).toBe(box);
  });

  test('the 解读 button reads what is in the box', async () => {
    const { user, box, result } = setup();
    box.value = '该条验证库里找不到记录或已完成验证。'; // e.g. typed before hydration, no input event seen
    await waitFor(() => expect(result).toHaveTextContent('请先粘贴内容'));
    await user.click(screen.getByRole('button', { name: L.decodeButton }));
    await waitFor(() => expect(result).toHaveTextContent('没找到相关记录'));
  });

  test('keyboard only: Tab to an example, Enter', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.tab(); // 解读
    await user.tab(); // 清空
    await user.tab(); // first example
    expect(document.activeElement).toHaveTextContent(L.examples[0]!.label);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(result).toHaveTextContent('工信部核验短信'));
  });

  test('HTML in the input is shown as literal text, never as elements', async () => {
    const { user, box, container, result } = setup();
    const evil = '<img src=x onerror="alert(1)"><b id="pwn">x</b>';
    box.focus();
    await user.paste(`您的备案已被驳回，原因：${evil}`);
    await waitFor(() => expect(result).toHaveTextContent('接入商初审驳回'));
    expect(result.textContent).toContain(evil);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('#pwn')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  test('unknown text says so and links the guide and FAQ', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('今天天气不错');
    await waitFor(() => expect(result).toHaveTextContent('没能确定是哪一种通知'));
    expect(within(result).getByRole('link', { name: '常见问题' })).toHaveAttribute('href', '/guide/faq/');
  });
  test('the English-edition tester, in Chinese: an SMS not sent, QQ in the MIIT name, under bureau review', async () => {
    const N = t.messageDecoder.notes;
    const K = t.messageDecoder.kinds;
    const { user, box, result } = setup();
    box.focus();
    await user.paste('备案核验短信发送失败，请核实手机号是否正确');
    await waitFor(() => expect(result).toHaveTextContent(t.messageDecoder.unknown.title));
    expect(result).toHaveTextContent(N.smsNotSent);
    expect(result).not.toHaveTextContent('图形验证码');
    await user.clear(box);
    await user.paste('【工信部】备案号粤ICP备2026012345号因内容违规将被注销，请立即联系客服QQ 12345678');
    await waitFor(() => expect(result).toHaveAttribute('data-kind', 'scam'));
    expect(result).toHaveTextContent(N.privateContact);
    await user.clear(box);
    await user.paste('备案状态：管局审核中（已提交12个工作日）');
    await waitFor(() => expect(result).toHaveTextContent(K['submitted-to-bureau'].title));
    expect(result).toHaveTextContent('已经核验完的，现在就是在等管局的审核结果');
  });

  test('a notice that access will be cancelled is not headed as done', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      '【天翼云】您好，您的网站 shop-demo.cn（鄂ICP备2023004567号-1）因云主机到期，将于2026年12月20日被取消接入。',
    );
    await waitFor(() => expect(result).toHaveTextContent(t.messageDecoder.kinds['access-cancel'].title));
    expect(result).not.toHaveTextContent('已取消');
  });

  test('a notice’s own time limit is shown first; the general rule is named as the general rule (P26, M36, R06)', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('【杭州网安】您的网站已开通，请于7日内登录 beian.mps.gov.cn 办理公安联网备案。');
    await waitFor(() => expect(result).toHaveTextContent('公安联网备案的通知'));
    const limit = result.querySelector('.icp-decoder-limit');
    expect(limit).toHaveTextContent('通知给的期限：7 天内');
    expect(limit).toHaveTextContent('“请于7日内登录 beian.mps.gov.cn 办理公安联网备案”');
    // shown before the steps and the general time limit, which says it is the general rule
    expect(limit!.compareDocumentPosition(result.querySelector('.icp-decoder-deadline')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(result.querySelector('.icp-decoder-deadline')).toHaveTextContent(/^一般规定：网站开通后 30 日内/);
    await user.clear(box);
    await user.paste('【阿里云】您的网站无法访问，疑似空壳网站，请于2026年12月20日前恢复访问，否则将注销备案。');
    await waitFor(() => expect(result).toHaveTextContent('空壳网站提醒'));
    expect(result.querySelector('.icp-decoder-limit')).toHaveTextContent('通知给的期限：2026年12月20日前');
    await user.clear(box);
    await user.paste(
      '【广东省通信管理局】您的备案申请已审核通过，网站备案号：粤ICP备2026012345号-1。网站负责人证件将于2027年1月过期，请及时更新。',
    );
    await waitFor(() => expect(result).toHaveTextContent('备案已通过'));
    expect(result).toHaveTextContent('“网站负责人证件将于2027年1月过期”');
    expect(result.querySelector('.icp-decoder-limit')).toBeNull();
    expect(result.querySelector('.icp-decoder-deadline')).toHaveTextContent(/^网站开通后 30 日内/);
  });
});

describe('MessageDecoder: the SMS codes tester 3 pasted', () => {
  const N = t.messageDecoder.notes;
  const MIIT = (code: string, type = '首次备案') =>
    `【工业和信息化部】验证码：${code}。您的${type}已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】`;

  test('two MIIT SMS: the latest code is shown, and the older one named as not to be used', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(MIIT('209337') + '\n' + MIIT('774510'));
    await waitFor(() => expect(result).toHaveTextContent('774510'));
    expect(result).toHaveTextContent(fill(N.olderCodeMaybe, { code: '774510', old: '209337' }));
    expect(within(result).getByText('774510')).toBeInTheDocument();
  });

  test('a code in a provider’s notice is not shown as the MIIT code', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('【百度智能云】您的备案已通过初审，请在24小时内完成工信部短信核验。您的验证码为 551203，请勿泄露');
    await waitFor(() => expect(result).toHaveTextContent(fill(N.providerCode, { code: '551203' })));
    expect(result.querySelector('.icp-decoder-title')).toHaveTextContent(
      t.messageDecoder.kinds['first-review-passed'].title,
    );
    expect(result).not.toHaveTextContent('验证码551203');
  });

  test('an MIIT SMS for 取消接入 says first that it is unusual', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(MIIT('339012', '取消接入'));
    await waitFor(() => expect(result).toHaveTextContent(N.smsNone));
  });
});

describe('the result is brought into view (tester 3, finding 17)', () => {
  /** The result as placed on a narrow screen: below the fold unless `visible`. */
  function place(result: HTMLElement, visible: boolean) {
    const top = visible ? 200 : 1400;
    result.getBoundingClientRect = () =>
      ({ top, bottom: top + 300, left: 0, right: 360, width: 360, height: 300, x: 0, y: top }) as DOMRect;
    const scroll = vi.fn();
    result.scrollIntoView = scroll;
    return scroll;
  }
  function reducedMotion(reduce: boolean) {
    window.matchMedia = ((q: string) => ({
      matches: reduce && q.includes('prefers-reduced-motion: reduce'),
      media: q,
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof window.matchMedia;
  }
  afterEach(() => void Reflect.deleteProperty(window, 'matchMedia'));

  test('after an example, a result below the fold is scrolled into view; focus stays on the button', async () => {
    reducedMotion(false);
    const { user, result } = setup();
    const scroll = place(result, false);
    const ex = L.examples.find((e) => e.label === '找不到记录')!;
    const button = screen.getByRole('button', { name: ex.label });
    await user.click(button);
    await waitFor(() => expect(result).toHaveTextContent('没找到相关记录'));
    await waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
    expect(scroll.mock.calls[0]![0]).toMatchObject({ behavior: 'smooth' });
    expect(document.activeElement).toBe(button);
  });

  test('after 解读, with reduced motion: no animation', async () => {
    reducedMotion(true);
    const { user, box, result } = setup();
    const scroll = place(result, false);
    box.value = '该条验证库里找不到记录或已完成验证。';
    const button = screen.getByRole('button', { name: L.decodeButton });
    await user.click(button);
    await waitFor(() => expect(result).toHaveTextContent('没找到相关记录'));
    await waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
    expect(scroll.mock.calls[0]![0]).toMatchObject({ behavior: 'auto' });
    expect(document.activeElement).toBe(button);
  });

  test('a result already in view is not scrolled to, and typing never scrolls', async () => {
    reducedMotion(false);
    const { user, box, result } = setup();
    const scroll = place(result, true);
    await user.click(screen.getByRole('button', { name: L.examples[0]!.label }));
    await waitFor(() => expect(result).toHaveTextContent('工信部核验短信'));
    place(result, false);
    const again = vi.fn();
    result.scrollIntoView = again;
    await user.clear(box);
    await user.type(box, '重发次数已到上限');
    await waitFor(() => expect(result).toHaveTextContent('重发次数已用完'));
    expect(scroll).not.toHaveBeenCalled();
    expect(again).not.toHaveBeenCalled();
  });
});

describe('tester 3: an unexpected 注销 SMS, six digits alone', () => {
  test('a 注销 SMS the reader did not ask for leads with 先别核验，马上问接入商', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste(
      '我没有申请注销，但是收到：【工业和信息化部】验证码：339012。您的注销网站已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天',
    );
    await waitFor(() => expect(result.querySelector('.icp-decoder-now')).toHaveTextContent('先别核验，马上问接入商'));
    expect(result.querySelector('.icp-decoder-now')).not.toHaveTextContent('24 小时内打开');
  });

  test('six digits alone: says what was found, claims no list it does not show', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('382915');
    await waitFor(() => expect(result).toHaveTextContent('只找到一串 6 位数字 382915'));
    expect(result).not.toHaveTextContent('下面列出');
  });
});

describe('tester 4: an MIIT SMS for 取消接入', () => {
  test('is not headed 取消接入通知 and leads with the caution, not with 办理新增接入 (#61)', async () => {
    const { user, box, result } = setup();
    box.focus();
    await user.paste('【工业和信息化部】验证码：305718。您的取消接入已提交，核验链接：beian.miit.gov.cn，有效期1天');
    await waitFor(() => expect(result.querySelector('.icp-decoder-now')).toHaveTextContent('先别核验'));
    expect(result.querySelector('.icp-decoder-title')).not.toHaveTextContent(
      t.messageDecoder.kinds['access-cancel'].title,
    );
    expect(result.querySelector('.icp-decoder-now')).not.toHaveTextContent('新增接入');
  });
});
