import { readMessage } from './read-message';
import { describe, expect, test } from 'vitest';
import { MIIT_RESULTS, type MessageKind } from '../../src/lib/messages';
import type { MiitStatus } from '../../src/lib/messages/match';
import { MIIT_RESULT_PREFIX } from '../../src/lib/messages/miit-data';
import { matchMiitResult } from '../../src/lib/messages/match';
import { findFilingNumbers, findLicence } from '../../src/lib/messages/numbers';
import { PROVINCE_ABBRS } from '../../src/lib/provinces';
import { normalizeText } from '../../src/lib/text';

/** The ten texts exactly as in facts §2 (independent copy, so a typo in the table is caught). */
const FACTS: [MiitStatus, string, MessageKind][] = [
  [3, '您的短信核验已全部完成,该请求将提交管局审核。', 'verified'],
  [31, '您的短信核验完成,请等待其他核验人进行短信核验。', 'verified-others-pending'],
  [21, '您的短信核验失败,请联系接入商查询核验结果。', 'failed-contact-provider'],
  [2, '您的短信核验失败,请输入正确的信息。', 'failed-wrong-info'],
  [0, '您的短信核验失败,请您重新验证。', 'failed-retry'],
  [4, '该条验证库里找不到记录或已完成验证。', 'no-record'],
  [20, '您的短信核验已完成，无需重复提交。', 'already-verified'],
  [100, '您暂无待短信核验的备案申请，无需重发短信。', 'resend-none-pending'],
  [101, '您的短信验证码已重发成功，请查看手机并尽快完成短信核验。', 'resend-sent'],
  [102, '重发次数已到上限，若不能及时完成短信核验，您的备案申请将会被退回。', 'resend-limit'],
];

/** How providers quote them, shortened. */
const SHORT: Record<MiitStatus, string> = {
  3: '短信核验已全部完成',
  31: '请等待其他核验人进行短信核验',
  21: '核验失败，请联系接入商查询核验结果',
  2: '请输入正确的信息',
  0: '短信核验失败，请您重新验证',
  4: '找不到记录或已完成验证',
  20: '短信核验已完成，无需重复提交',
  100: '暂无待短信核验的备案申请',
  101: '验证码已重发成功',
  102: '重发次数已到上限',
};

const toAscii = (s: string) => s.replace(/，/g, ',').replace(/。/g, '.').replace(/：/g, ':');
const toFullWidth = (s: string) => s.replace(/,/g, '，').replace(/\./g, '。').replace(/:/g, '：');
const spaced = (s: string) => [...s].join(' ').replace(/ ([,，]) /g, ' $1\n  ');

describe('MIIT_RESULTS table', () => {
  test('holds the ten results, verbatim from the facts, with their kinds', () => {
    expect(MIIT_RESULTS).toHaveLength(10);
    const byStatus = new Map(MIIT_RESULTS.map((r) => [r.status, r]));
    expect(byStatus.size).toBe(10);
    for (const [status, text, kind] of FACTS) {
      expect(byStatus.get(status)?.text, String(status)).toBe(text);
      expect(byStatus.get(status)?.kind, String(status)).toBe(kind);
    }
    expect(MIIT_RESULT_PREFIX).toBe('尊敬的ICP用户：');
  });
});

describe('the ten MIIT results in every variant', () => {
  for (const [status, text, kind] of FACTS) {
    const variants: [string, string][] = [
      ['exact', text],
      ['with prefix', MIIT_RESULT_PREFIX + text],
      ['ASCII punctuation', toAscii(MIIT_RESULT_PREFIX + text)],
      ['full-width punctuation', toFullWidth(MIIT_RESULT_PREFIX + text)],
      ['extra spaces and line breaks', `\n\n  ${spaced(MIIT_RESULT_PREFIX)}\r\n${spaced(text)}  \n`],
      ['shortened', SHORT[status]],
      ['shortened, spaced', `  ${spaced(SHORT[status])} `],
      [
        'inside a longer text',
        `今天下午按短信链接去工信部网站核验，提交后页面弹出：\n“${MIIT_RESULT_PREFIX}${text}”\n请问这是什么意思，下一步该做什么？`,
      ],
    ];
    for (const [name, input] of variants) {
      test(`${status} ${kind}: ${name}`, () => {
        const r = readMessage(input);
        expect(r.kind).toBe(kind);
        expect(r.status).toBe(status);
        expect(r.title.length).toBeGreaterThan(0);
        expect(r.meaning.length).toBeGreaterThan(0);
        expect(r.nextSteps.length).toBeGreaterThan(0);
        expect(r.guideLink).toMatch(/^\/guide\/[a-z-]+\/$/);
      });
    }
  }

  test('overlapping texts are told apart', () => {
    expect(readMessage('短信核验完成,请等待其他核验人').kind).toBe('verified-others-pending');
    expect(readMessage('短信核验已全部完成').kind).toBe('verified');
    expect(readMessage('您的短信核验已完成，无需重复提交').kind).toBe('already-verified');
    expect(readMessage('该条验证库里找不到记录或已完成验证').kind).toBe('no-record');
    expect(readMessage('核验失败,请联系接入商查询').kind).toBe('failed-contact-provider');
    expect(readMessage('核验失败,请输入正确的信息').kind).toBe('failed-wrong-info');
    expect(readMessage('核验失败,请您重新验证').kind).toBe('failed-retry');
    expect(readMessage('无需重发短信').kind).toBe('resend-none-pending');
    expect(readMessage('已重发成功').kind).toBe('resend-sent');
    expect(readMessage('重发次数已达上限').kind).toBe('resend-limit');
  });

  test('102 mentions 退回 but is not a return', () => {
    const r = readMessage(FACTS[9]![1]);
    expect(r.kind).toBe('resend-limit');
    expect(r.deadline?.kind).toBe('sms-24h');
  });

  test('a bare 核验失败 is a generic failure without a status, and says so', () => {
    const r = readMessage('短信核验失败');
    expect(r.kind).toBe('failed-retry');
    expect(r.status).toBeUndefined();
    expect(r.notes.join()).toContain('没写原因');
  });

  test('deadlines and links per result', () => {
    const by = (s: MiitStatus) => readMessage(FACTS.find((f) => f[0] === s)![1]);
    expect(by(3).deadline?.kind).toBe('review-20wd');
    expect(by(3).deadline?.text).toContain('1–20 个工作日');
    expect(by(3).deadline?.text).toContain('浙江');
    expect(by(3).calculatorLink).toBe('/tools/deadlines/');
    expect(by(31).deadline?.kind).toBe('sms-24h');
    expect(by(31).deadline?.text).toContain('收到第一条短信后的 24 小时内');
    expect(by(2).deadline?.text).toContain('5 次');
    expect(by(21).deadline).toBeUndefined();
    expect(by(21).calculatorLink).toBeUndefined();
    expect(by(20).deadline?.kind).toBe('review-20wd');
  });

  test('no-record explains that the order may already have moved on, and what to check first', () => {
    const r = readMessage(FACTS.find((f) => f[0] === 4)![1]);
    expect(r.meaning).toContain('腾讯云');
    expect(r.meaning).toContain('已提交管局');
    expect(r.nextSteps[0]).toContain('接入商控制台');
    expect(r.nextSteps[0]).toContain('公共查询');
  });
});

describe('the MIIT SMS', () => {
  const SEED =
    '【工业和信息化部】验证码：xxxxxx。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】';

  test("the source guide's copy (placeholder code)", () => {
    const r = readMessage(SEED);
    expect(r.kind).toBe('miit-sms');
    expect(r.code).toBeUndefined();
    expect(r.filingType).toBe('新增接入');
    expect(r.notes.join()).toContain('没找到 6 位数字验证码');
    expect(r.notes.join()).not.toContain('仿冒');
    expect(r.notes.join()).not.toContain('格式不对');
    expect(r.deadline?.kind).toBe('sms-24h');
    expect(r.deadline?.text).toContain('从收到短信时算起 24 小时');
    expect(r.calculatorLink).toBe('/tools/deadlines/');
    expect(r.guideLink).toBe('/guide/sms-verification/');
  });

  const cases: [string, string, string, string][] = [
    [
      '首次备案',
      '【工业和信息化部】验证码：482913。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期1天【工信部ICP备案】',
      '482913',
      '首次备案',
    ],
    [
      '新增网站, ASCII',
      '[工业和信息化部]验证码:017350.您的新增网站已提交,核验链接:https://beian.miit.gov.cn/#/Integrated/ComplaintA,有效期1天',
      '017350',
      '新增网站',
    ],
    [
      '变更主体, full-width digits',
      '【工业和信息化部】验证码：２０２６１１。您的变更主体已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天',
      '202611',
      '变更主体',
    ],
    ['新增接入, line breaks', '【工业和信息化部】\n验证码： 600 \n', '', ''],
    [
      '新增接入, wrapped',
      '【工业和信息化部】验证码：\n351207。\n您的新增\n接入已提交，\n核验链接：\nbeian.miit.gov.cn/#/Integrated/ComplaintA',
      '351207',
      '新增接入',
    ],
    [
      'quoted by a user',
      '我收到一条短信“【工业和信息化部】验证码：998877。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天”，要去哪里填？',
      '998877',
      '首次备案',
    ],
  ];
  for (const [name, input, code, type] of cases) {
    test(name, () => {
      const r = readMessage(input);
      if (!code) {
        // a fragment without link or "已提交": not enough to call it the MIIT SMS
        expect(r.kind).toBe('unknown');
        return;
      }
      expect(r.kind).toBe('miit-sms');
      expect(r.code).toBe(code);
      expect(r.filingType).toBe(type);
    });
  }

  test('says who receives the SMS for the filing type', () => {
    expect(readMessage(cases[0]![1]).notes.join()).toContain('主体负责人和网站负责人');
    expect(readMessage(cases[1]![1]).notes.join()).toContain('网站负责人');
    expect(readMessage(cases[2]![1]).notes.join()).toContain('变动');
  });

  test('a link that is not beian.miit.gov.cn but imitates it makes it a scam, with the host named', () => {
    const r = readMessage(
      '【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn.example.top/verify',
    );
    expect(r.kind).toBe('scam');
    expect(r.suspiciousHosts).toEqual(['beian.miit.gov.cn.example.top']);
    expect(r.notes.join()).toContain('仿冒');
  });

  test('a verification code from anyone else is not the MIIT SMS', () => {
    expect(readMessage('【某银行】验证码：123456，5分钟内有效，请勿泄露。').kind).toBe('not-a-filing-code');
    expect(readMessage('【某银行】验证码：123456，请勿泄露。').kind).not.toBe('miit-sms');
  });
});

describe('provider and 管局 messages', () => {
  test("JD Cloud's SMS from the source guide: submitted to the bureau", () => {
    const r = readMessage(
      '【京东云】尊敬的 xx：您的备案信息已经提交至通信管理局审核，请关注并完成工信部短信验证（工信部短信将发送至原接入商备案信息中网站负责人手机号码），通信管理局审核时间 20 个工作日内，审核结果将由管局直接发短信和邮件通知您，请耐心等待。如有疑问，请拨打京东云客服电话 400-098-8505。',
    );
    expect(r.kind).toBe('submitted-to-bureau');
    expect(r.deadline?.kind).toBe('sms-24h');
    expect(r.nextSteps.join()).toContain('12381');
    expect(r.calculatorLink).toBe('/tools/deadlines/');
  });

  const submitted = [
    '【阿里云】尊敬的用户，您的ICP备案订单（订单号：10000123456）已通过阿里云初审，并已提交至管局审核。请在收到工信部短信后24小时内完成短信核验，超时未核验将被退回。',
    '【腾讯云】您的备案订单已提交管局审核，管局审核时长一般为1-20个工作日，审核通过后将以短信和邮件通知您。',
    '【华为云】您的备案申请初审通过，已提交到通信管理局，请留意工信部核验短信。如审核不通过，将退回修改。',
  ];
  test.each(submitted)('submitted: %s', (text) => {
    expect(readMessage(text).kind).toBe('submitted-to-bureau');
  });

  const approved: [string, string | undefined][] = [
    ['【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。', '粤ICP备2026012345号-1'],
    ['【北京市通信管理局】尊敬的用户，您的网站备案审核通过，备案号：京ICP备12345678号-3。', '京ICP备12345678号-3'],
    ['恭喜！您的APP备案已通过，备案号为 沪ICP备２０２６０００００１号－２Ａ', '沪ICP备2026000001号-2A'],
    ['您的ICP备案号：浙icp备2026099999号-1，请在网站底部悬挂。', '浙ICP备2026099999号-1'],
    ['【浙江省通信管理局】您的ICP备案申请已通过审核。', undefined],
  ];
  test.each(approved)('approved: %s', (text, number) => {
    const r = readMessage(text);
    expect(r.kind).toBe('approved');
    expect(r.filingNumber).toBe(number);
    expect(r.deadline?.kind).toBe('police-30d');
    expect(r.calculatorLink).toBe('/tools/deadlines/#公安联网备案期限');
    expect(r.guideLink).toBe('/guide/after-approval/');
    const steps = r.nextSteps.join();
    expect(steps).toContain('https://beian.miit.gov.cn/');
    expect(steps).toContain('beian.mps.gov.cn');
    expect(steps).toContain('30 日');
    if (!number) expect(r.notes.join()).toContain('没有备案号');
  });

  const returned: [string, string | undefined, string?][] = [
    [
      '【阿里云】您的ICP备案订单被管局退回，退回原因：网站名称不符合要求，请修改后重新提交。',
      '网站名称不符合要求',
      '3 个汉字',
    ],
    [
      '【江苏省通信管理局】您的备案申请已被驳回。驳回理由：域名实名信息与备案主体不一致。',
      '域名实名信息与备案主体不一致',
      '实名认证',
    ],
    ['【腾讯云】您的备案订单已被退回，原因是：未接听核验电话', '未接听核验电话', '手机畅通'],
    ['您的备案已被退回，原因：短信核验超时', '短信核验超时', '收到后 24 小时内核验'],
    ['您的备案审核不通过，请登录控制台查看详情。', undefined],
    ['Your filing was returned (退回) because the site name is too generic.', 'the site name is too generic'],
    // as written: the list's items apart, not run together
    ['退回原因：\n1. 网站名称过于宽泛\n2. 网站仍可访问', '1. 网站名称过于宽泛 2. 网站仍可访问', '删除域名解析'],
  ];
  test.each(returned)('returned: %s', (text, reason, hint) => {
    const r = readMessage(text);
    expect(r.kind).toBe('returned');
    expect(r.reason).toBe(reason);
    if (!reason) expect(r.notes.join()).toContain('没写原因');
    if (hint) expect(r.notes.join()).toContain(hint);
  });

  test('a very long reason is cut with an ellipsis', () => {
    const r = readMessage('管局已退回，原因：' + '网站内容与名称不符'.repeat(40));
    expect(r.kind).toBe('returned');
    expect(r.reason!.endsWith('…')).toBe(true);
    expect(r.reason!.length).toBeLessThanOrEqual(121);
  });

  test('conditional words are not decisions', () => {
    expect(readMessage('审核通过后将下发备案号，已提交管局审核').kind).toBe('submitted-to-bureau');
    expect(readMessage('超时未核验，订单将被退回；已提交至管局').kind).toBe('submitted-to-bureau');
  });

  test('several messages pasted together: the stage furthest along wins', () => {
    const jd = '【京东云】您的备案信息已经提交至通信管理局审核。';
    const sms =
      '【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA';
    const done = '尊敬的ICP用户：您的短信核验已全部完成,该请求将提交管局审核。';
    const ok = '【广东省通信管理局】您的备案申请已审核通过，备案号：粤ICP备2026012345号-1。';
    const back = '【阿里云】您的备案已被退回，原因：网站名称不符合要求。';
    expect(readMessage(`${jd}\n${sms}`).kind).toBe('miit-sms');
    expect(readMessage(`${jd}\n${sms}\n${done}`).kind).toBe('verified');
    expect(readMessage(`${sms}\n${done}\n${ok}`).kind).toBe('approved');
    expect(readMessage(`${back}\n${ok}`).kind).toBe('approved');
    expect(readMessage(`${ok}\n${back}`).kind).toBe('returned');
  });
});

test('matchMiitResult gives the table row', () => {
  expect(matchMiitResult(normalizeText('尊敬的ICP用户：您的短信核验已完成，无需重复提交。'))?.result).toMatchObject({
    status: 20,
    kind: 'already-verified',
    tab: 'verify',
  });
  expect(matchMiitResult('hello')).toBeUndefined();
});

describe('filing numbers and licences', () => {
  test('31 province abbreviations', () => {
    expect([...PROVINCE_ABBRS]).toHaveLength(31);
    expect(new Set(PROVINCE_ABBRS).size).toBe(31);
    for (const p of PROVINCE_ABBRS) expect(findFilingNumbers(`${p}ICP备12345678号`)[0]?.province).toBe(p);
  });

  test('8 or 10 digits, -N and -NA; nothing else', () => {
    expect(findFilingNumbers('京ICP备2021001858号-1')[0]).toEqual({
      text: '京ICP备2021001858号-1',
      province: '京',
      subject: '2021001858',
      site: 1,
      app: false,
    });
    expect(findFilingNumbers('粤ICP备12345678号')[0]?.text).toBe('粤ICP备12345678号');
    expect(findFilingNumbers('京ICP备12345678号 粤ICP备12345678号').map((n) => n.province)).toEqual(['京', '粤']);
    expect(findFilingNumbers('京ICP备12345678号 粤ICP备12345678号', 1).map((n) => n.province)).toEqual(['京']);
    expect(findFilingNumbers('沪ICP备2026000001号-2A')[0]).toMatchObject({ site: 2, app: true });
    expect(findFilingNumbers('粤ICP备123456789号')).toEqual([]);
    expect(findFilingNumbers('粤ICP备1234567号')).toEqual([]);
    expect(findFilingNumbers('港ICP备12345678号', 10, PROVINCE_ABBRS)).toEqual([]);
    expect(findFilingNumbers(normalizeText('粤 ICP 备 2026012345 号 － 1'))[0]?.text).toBe('粤ICP备2026012345号-1');
  });

  test('京ICP证 and B2 are licences, never filing numbers', () => {
    expect(findLicence('京ICP证030173号')).toBe('京ICP证030173号');
    expect(findLicence('粤B2-20090059')).toBe('粤B2-20090059');
    expect(findLicence('京ICP备12345678号')).toBeUndefined();

    const lic = readMessage('京ICP证030173号');
    expect(lic.kind).toBe('unknown');
    expect(lic.licence).toBe('京ICP证030173号');
    expect(lic.filingNumber).toBeUndefined();
    expect(lic.notes.join()).toContain('京ICP证030173号 是经营许可证号，不是备案号');

    const b2 = readMessage('增值电信业务经营许可证：粤B2-20090059-5');
    expect(b2.licence).toBe('粤B2-20090059-5');
    expect(b2.filingNumber).toBeUndefined();
    expect(b2.notes.join()).toContain('不是备案号');

    const both = readMessage('页脚：京ICP证030173号 京ICP备11000002号-1，备案审核通过');
    expect(both.kind).toBe('approved');
    expect(both.filingNumber).toBe('京ICP备11000002号-1');
    expect(both.licence).toBe('京ICP证030173号');
  });

  test('a filing number alone is found but not called an approval', () => {
    const r = readMessage('粤ICP备2026012345号-1');
    expect(r.kind).toBe('unknown');
    expect(r.filingNumber).toBe('粤ICP备2026012345号-1');
    expect(r.notes.join()).toContain('公共查询');
  });

  test('a malformed number is explained', () => {
    const r = readMessage('备案号：粤ICP备123号');
    expect(r.filingNumber).toBeUndefined();
    expect(r.notes.join()).toContain('8 或 10 位数字');
  });

  test('a public security number is named as such', () => {
    const r = readMessage('京公网安备11010802012345号');
    expect(r.kind).toBe('police-filing');
    expect(r.filingNumber).toBeUndefined();
    expect(r.notes.join()).toContain('公安联网备案号');
  });
});

describe('unknown, empty, form checks', () => {
  test.each(['', '   \n\t　 ', '\u200b'])('empty input asks for a paste: %j', (text) => {
    const r = readMessage(text);
    expect(r.kind).toBe('unknown');
    expect(r.title).toBe('请先粘贴内容');
    expect(r.meaning).toContain('贴到输入框');
  });

  test.each(['hello world', '今天天气不错', '12345678', '<script>alert(1)</script>', '🙂🙂🙂', '备案'])(
    'junk is unknown and says so: %s',
    (text) => {
      const r = readMessage(text);
      expect(r.kind).toBe('unknown');
      expect(r.title).toBe('没能确定是哪一种通知');
      for (const w of r.found) expect(normalizeText(text)).toContain(w);
      expect(r.links.map((l) => l.href)).toEqual(['/guide/sms-verification/', '/guide/faq/']);
      expect(r.deadline).toBeUndefined();
      expect(r.code).toBeUndefined();
    },
  );

  test('non-string input does not throw', () => {
    expect(readMessage(undefined as unknown as string).kind).toBe('unknown');
    expect(readMessage(42 as unknown as string).kind).toBe('unknown');
  });

  test("the page's own form checks are explained, not called a result", () => {
    const phone = readMessage('请输入正确的手机号');
    expect(phone.kind).toBe('unknown');
    expect(phone.notes.join()).toContain('+86');
    expect(readMessage('手机号不能为空').notes.join()).toContain('都要填');
  });
});

describe('normalizeText', () => {
  test('full-width to ASCII, whitespace collapsed between CJK, kept between ASCII words', () => {
    expect(normalizeText('ＡＢＣ　１２３')).toBe('ABC 123');
    expect(normalizeText('短信 核验\n已全部\r\n完成。')).toBe('短信核验已全部完成.');
    expect(normalizeText('【工信部 ICP 备案】')).toBe('[工信部ICP备案]');
    expect(normalizeText('not  found\n\nhere')).toBe('not found here');
    expect(normalizeText('“短信重发”—')).toBe('"短信重发"-');
  });
});

describe('links to the SMS-field checker', () => {
  test('a wrong-information result and the MIIT SMS point to the checker, after the guide', () => {
    for (const text of [
      '您的短信核验失败,请输入正确的信息。',
      '【工业和信息化部】验证码：123456。您的首次备案已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期1天',
    ]) {
      const r = readMessage(text);
      expect(r.guideLink).toBe('/guide/sms-verification/');
      expect(r.links.map((l) => l.href)).toContain('/tools/sms-check/');
    }
  });
});
