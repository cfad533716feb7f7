import { describe, expect, test } from 'vitest';
import { DEFAULT_BADGE, checkFooter, footerHtml, footerRules } from '../../src/lib/footer';
import { ICP_HREF, hostOf, icpLink, policeHref, policeLink } from '../../src/lib/footer/links';
import { findIcpNumbers, findPoliceNumbers, hasLicence, readIcp, readPolice } from '../../src/lib/footer/numbers';
import { footerRule, ruleSays } from '../../src/lib/footer/province';
import { decodeEntities, scanHtml } from '../../src/lib/footer/scan';
import { PROVINCES, findProvince } from '../../src/lib/provinces';
import { PROVINCE_REFS } from '../../src/lib/provinces/ref';
import { PAGES } from '../../src/lib/routes';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';

const RULES = footerRules(PROVINCES);
const GUANGDONG = RULES.find((r) => r.abbr === '粤')!;
const codes = (list: { code: string }[]) => list.map((i) => i.code);
const MIIT = (text: string) => `<a href="https://beian.miit.gov.cn/" target="_blank">${text}</a>`;

describe('scanHtml: pasted HTML read as text', () => {
  test('@example: links and their text; comments are not text', () => {
    expect(scanHtml('<p><a href="https://beian.miit.gov.cn/">京ICP备12345678号</a></p>').links[0]!.href).toBe(
      'https://beian.miit.gov.cn/',
    );
    expect(scanHtml('<!-- 京ICP备12345678号 -->').text).toBe('');
    expect(scanHtml('<a href="/">首页</a>')).toEqual({
      text: '首页',
      links: [{ start: 0, end: 2, href: '/' }],
      images: [],
      hidden: [],
    });
  });

  test('scripts, styles and templates are skipped; block elements separate words; inline ones do not', () => {
    const s = scanHtml('<script>var a = "京ICP备1号";</script><style>p{}</style><p>甲</p><p>乙<span>丙</span></p>');
    expect(s.text.replace(/\n/g, '|')).toBe('|甲||乙丙|');
  });

  test('attributes in any quoting, entities decoded, a > inside a quoted value, images with their link', () => {
    const s = scanHtml(
      `<a title="a>b" href='https://beian.mps.gov.cn/#/query/webSearch?code=1&amp;x=2'><img src=/i.png alt="">京</a>`,
    );
    expect(s.links[0]!.href).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=1&x=2');
    expect(s.images).toEqual([{ src: '/i.png', at: 0, href: 'https://beian.mps.gov.cn/#/query/webSearch?code=1&x=2' }]);
  });

  test('@example: decodeEntities', () => {
    expect(decodeEntities('&#x4EAC;ICP&#22791;')).toBe('京ICP备');
    expect(decodeEntities('a &amp; b')).toBe('a & b');
    expect(decodeEntities('&unknown; &#xD800; &#0;')).toBe('&unknown; &#xD800; &#0;');
  });

  test('a lone < and an unterminated tag do not lose the text before them', () => {
    expect(scanHtml('1 < 2').text).toBe('1 < 2');
    expect(scanHtml('前<a href="x').text).toBe('前');
  });
});

describe('numbers', () => {
  test('@example: findIcpNumbers', () => {
    expect(findIcpNumbers('京ICP备2026000000号-1', PROVINCE_REFS)[0]!.number).toBe('京ICP备2026000000号-1');
    expect(findIcpNumbers('川ICP备12345678号', PROVINCE_REFS)[0]!.errors[0]!.code).toBe('icp.altProvince');
    expect(findIcpNumbers('京ICP备1234号', PROVINCE_REFS)[0]!.errors[0]!.code).toBe('icp.badDigits');
    expect(findIcpNumbers('京ICP备12345678', PROVINCE_REFS)[0]!.errors[0]!.code).toBe('icp.noHao');
  });

  test('every malformation of an ICP number has its code', () => {
    const one = (t: string) => findIcpNumbers(t, PROVINCE_REFS)[0]!;
    expect(codes(one('ICP备12345678号').errors)).toEqual(['icp.noProvince']);
    expect(one('站ICP备12345678号').errors[0]).toEqual({ code: 'icp.badProvince', params: { abbr: '站' } });
    expect(one('川ICP备12345678号').errors[0]).toEqual({
      code: 'icp.altProvince',
      params: { abbr: '川', official: '蜀' },
    });
    expect(one('京ICP备123456789号').errors[0]).toEqual({ code: 'icp.badDigits', params: { count: 9 } });
    expect(one('京ICP备12345678号-0').errors[0]).toEqual({ code: 'icp.badSite', params: { site: '0' } });
    expect(codes(one('京ICP备12345678号–2').warnings)).toEqual(['icp.dash']);
    expect(codes(one('京icp备12345678号').warnings)).toEqual(['icp.case']);
    expect(codes(one('京ＩＣＰ备１２３４５６７８号').warnings)).toEqual(['icp.fullWidth']);
    expect(codes(one('京ICP备12345678号-2A').warnings)).toEqual(['icp.app']);
    expect(one('京ICP备12345678号-2A').number).toBe('京ICP备12345678号-2A');
    expect(one('京ICP备 2026000000 号-1')).toMatchObject({ number: '京ICP备2026000000号-1', site: 1, errors: [] });
  });

  test('a label like “ICP备案号：” is not a number; a dash not followed by digits is not a -N', () => {
    expect(findIcpNumbers('网站ICP备案号：京ICP备12345678号', PROVINCE_REFS)).toHaveLength(1);
    expect(findIcpNumbers('京ICP备12345678号 — 版权所有', PROVINCE_REFS)[0]!.errors).toEqual([]);
  });

  test('@example: findPoliceNumbers, region codes', () => {
    expect(findPoliceNumbers('京公网安备 11010802012345号', PROVINCE_REFS)[0]!.number).toBe(
      '京公网安备11010802012345号',
    );
    expect(findPoliceNumbers('京公网安备44030502008569号', PROVINCE_REFS)[0]!.warnings[0]).toEqual({
      code: 'police.region',
      params: { abbr: '京', code: '44' },
    });
    expect(codes(findPoliceNumbers('公网安备11010802012345号', PROVINCE_REFS)[0]!.errors)).toEqual([
      'police.noProvince',
    ]);
    expect(codes(findPoliceNumbers('沪公网安备3101号', PROVINCE_REFS)[0]!.errors)).toEqual(['police.badDigits']);
    expect(codes(findPoliceNumbers('苏公网安备32010202012345', PROVINCE_REFS)[0]!.errors)).toEqual(['police.noHao']);
  });

  test('@example: hasLicence, readIcp, readPolice', () => {
    expect(hasLicence('京ICP证030173号')).toBe(true);
    expect(hasLicence('粤B2-20090059')).toBe(true);
    expect(hasLicence('京ICP备12345678号')).toBe(false);
    expect(readIcp(' 粤ICP备2026012345号 ', PROVINCE_REFS)?.number).toBe('粤ICP备2026012345号');
    expect(readIcp('abc', PROVINCE_REFS)).toBeUndefined();
    expect(readPolice('京公网安备11010802012345号', PROVINCE_REFS)?.digits).toBe('11010802012345');
  });
});

describe('links', () => {
  test('@example: hostOf, icpLink, policeHref, policeLink', () => {
    expect(ICP_HREF).toBe('https://beian.miit.gov.cn/');
    expect(hostOf('HTTP://Beian.MIIT.gov.cn/#/Integrated/index')).toBe('beian.miit.gov.cn');
    expect(hostOf('/about/')).toBe('');
    expect(icpLink('http://beian.miit.gov.cn')).toBe('ok');
    expect(icpLink('//beian.miit.gov.cn/')).toBe('ok');
    expect(icpLink('http://www.miibeian.gov.cn/')).toBe('old');
    expect(icpLink('https://example.com/')).toBe('wrong');
    expect(icpLink('javascript:alert(1)')).toBe('wrong');
    expect(policeHref('11010802012345')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345');
    expect(policeLink(policeHref('11010802012345'), '11010802012345')).toEqual({
      status: 'ok',
      code: '11010802012345',
    });
    expect(
      policeLink('http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345', '11010802012345')
        .status,
    ).toBe('old');
    expect(policeLink('https://beian.mps.gov.cn/', '1').status).toBe('noCode');
    expect(policeLink(policeHref('2'), '1')).toEqual({ status: 'mismatch', code: '2' });
    expect(policeLink('https://example.com/?code=1', '1').status).toBe('wrong');
  });
});

describe('the provinces’ footer rules', () => {
  test('@example: ruleSays and footerRule', () => {
    expect(ruleSays('已备案的网站要在页面下方挂出主体备案号（不带 -N 的部分）')).toBe('subject');
    expect(ruleSays('网站底部写明网站备案号并链接到工信部网站')).toBe('site');
    expect(ruleSays('页面下方要有备案号链接')).toBe('unknown');
    expect(footerRule(findProvince('广东')!).number).toBe('subject');
    expect(footerRule(findProvince('浙江')!).number).toBe('unknown');
  });

  test('广东: the 主体备案号 per JD Cloud, disputed by an old Tencent Cloud page; both sources kept', () => {
    expect(GUANGDONG).toMatchObject({ slug: 'guangdong', name: '广东', number: 'subject', disputed: true });
    expect(GUANGDONG.sources.map((s) => s.says).sort()).toEqual(['site', 'subject']);
    for (const s of GUANGDONG.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  test('one rule per province; where nothing names the number, unknown with no sources', () => {
    expect(RULES).toHaveLength(PROVINCES.length);
    for (const r of RULES.filter((x) => x.number === 'unknown')) expect(r.sources).toEqual([]);
    expect(footerRules(undefined as never)).toEqual([]);
  });
});

describe('checkFooter', () => {
  test('@example: linked, unlinked, the retired address, no number, a 公安 code that does not match', () => {
    expect(checkFooter(MIIT('京ICP备2026000000号-1')).ok).toBe(true);
    expect(codes(checkFooter('<p>京ICP备2026000000号-1</p>').errors)).toEqual(['icp.noLink']);
    expect(codes(checkFooter('<a href="http://www.miibeian.gov.cn/">京ICP备2026000000号-1</a>').errors)).toEqual([
      'icp.oldLink',
    ]);
    expect(codes(checkFooter('<p>版权所有</p>').errors)).toEqual(['icp.notFound']);
    expect(
      codes(
        checkFooter(
          '<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802000000">京公网安备11010802012345号</a>',
        ).errors,
      ),
    ).toEqual(['icp.notFound', 'police.codeMismatch']);
  });

  test('both numbers found and right: ok, the numbers and their links returned, all-good said', () => {
    const html = `<footer>© 2026 <a href="http://beian.miit.gov.cn">京ICP备2026000000号-1</a>
      <a href="${policeHref('11010802012345')}"><img src="/images/gongan-beian.png" alt="">京公网安备 11010802012345号</a></footer>`;
    const v = checkFooter(html, { rules: RULES });
    expect(v.ok).toBe(true);
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual([]);
    expect(v.icp).toEqual({
      written: '京ICP备2026000000号-1',
      number: '京ICP备2026000000号-1',
      href: 'http://beian.miit.gov.cn',
    });
    expect(v.police).toMatchObject({ number: '京公网安备11010802012345号', href: policeHref('11010802012345') });
    expect(codes(v.notes)).toEqual(['footer.allGood', 'icp.depends']);
    expect(v.links).toEqual([
      { href: PAGES.footerGuide, page: 'footerGuide' },
      { href: PAGES.policeFooter, page: 'policeFooter' },
    ]);
  });

  test('a wrong target, the old 公安 platform with its badge, a malformed number', () => {
    expect(checkFooter('<a href="https://example.com/">京ICP备2026000000号-1</a>').errors[0]).toEqual({
      code: 'icp.wrongLink',
      params: { number: '京ICP备2026000000号-1', href: 'https://example.com/' },
    });
    const v = checkFooter(
      `${MIIT('京ICP备2026000000号-1')}<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345"><img src="http://www.beian.gov.cn/img/ghs.png">京公网安备11010802012345号</a>`,
    );
    expect(codes(v.errors)).toEqual(['police.oldLink']);
    expect(v.warnings).toEqual([{ code: 'police.foreignBadge', params: { host: 'www.beian.gov.cn' } }]);
    expect(codes(checkFooter(MIIT('川ICP备12345678号')).errors)).toEqual(['icp.altProvince']);
    expect(codes(checkFooter(MIIT('京ICP备12345号')).errors)).toEqual(['icp.badDigits']);
  });

  test('a 公安 number without a link, or without its code, is a warning; none at all is a note', () => {
    expect(codes(checkFooter(`${MIIT('京ICP备2026000000号-1')} 京公网安备11010802012345号`).warnings)).toEqual([
      'police.noLink',
    ]);
    expect(
      codes(
        checkFooter(
          `${MIIT('京ICP备2026000000号-1')}<a href="https://beian.mps.gov.cn/">京公网安备11010802012345号</a>`,
        ).warnings,
      ),
    ).toEqual(['police.noCode']);
    expect(codes(checkFooter(MIIT('京ICP备2026000000号-1')).notes)).toContain('police.none');
  });

  test('the province rule: 广东 wants the 主体备案号; elsewhere it depends', () => {
    const gd = checkFooter(MIIT('粤ICP备2026012345号-1'), { rules: RULES });
    expect(gd.rule?.slug).toBe('guangdong');
    expect(gd.warnings[0]).toEqual({
      code: 'icp.provinceSubject',
      params: { province: '广东', number: '粤ICP备2026012345号' },
    });
    expect(codes(gd.notes)).toContain('icp.provinceDisputed');
    expect(checkFooter(MIIT('粤ICP备2026012345号'), { rules: RULES }).warnings).toEqual([]);
    const zj = checkFooter(MIIT('浙ICP备2026012345号-1'), { rules: RULES });
    expect(zj.notes).toContainEqual({ code: 'icp.depends', params: { province: '浙江' } });
  });

  test('a licence number is not a filing number; several filing numbers are noted', () => {
    const v = checkFooter(`京ICP证030173号 ${MIIT('京ICP备2026000000号-1')} ${MIIT('京ICP备2026000000号-2')}`);
    expect(codes(v.notes)).toEqual(expect.arrayContaining(['icp.licence', 'icp.several']));
    expect(v.icp?.number).toBe('京ICP备2026000000号-1');
  });

  test('the same number twice gives its findings once; entity-encoded numbers are read', () => {
    expect(checkFooter('<p>京ICP备2026000000号-1</p><p>京ICP备2026000000号-1</p>').errors).toHaveLength(1);
    expect(checkFooter(MIIT('&#x4EAC;ICP&#22791;2026000000&#21495;')).ok).toBe(true);
  });

  test('a paste over 1 MB keeps its end (where the footer is) and says so', () => {
    const v = checkFooter(`${'<p>x</p>'.repeat(200_000)}${MIIT('京ICP备2026000000号-1')}`);
    expect(v.ok).toBe(true);
    expect(codes(v.warnings)).toEqual(['footer.cut']);
  });
});

describe('footerHtml', () => {
  test('@example: the ICP link, the 公安 link with its code, an error for a malformed number', () => {
    expect(
      footerHtml({ icp: '京ICP备2026000000号-1' }).html.includes(
        '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2026000000号-1</a>',
      ),
    ).toBe(true);
    expect(
      footerHtml({ icp: '京ICP备2026000000号-1', police: '京公网安备11010802012345号' }).html.includes(
        'code=11010802012345',
      ),
    ).toBe(true);
    expect(footerHtml({ icp: '京ICP备123号' }).errors[0]!.code).toBe('icp.badDigits');
    expect(footerHtml({ icp: '粤ICP备2026012345号-1', province: GUANGDONG }).icp).toBe('粤ICP备2026012345号');
  });

  test('the whole footer, exactly; and what checkFooter says of it', () => {
    const r = footerHtml({ icp: ' 京ICP备2026000000号-1 ', police: '京公网安备 11010802012345号' });
    expect(r.html).toBe(
      [
        '<footer style="text-align: center;">',
        '  <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2026000000号-1</a></p>',
        `  <p><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345" target="_blank" rel="noopener"><img src="${DEFAULT_BADGE}" alt="" width="16" height="16" style="vertical-align: middle;"> 京公网安备11010802012345号</a></p>`,
        '</footer>',
        '',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      { code: 'icp.depends', params: { province: '北京' } },
      { code: 'badge.default', params: { badge: DEFAULT_BADGE } },
    ]);
    const back = checkFooter(r.html, { rules: RULES });
    expect(back.ok).toBe(true);
    expect(back.warnings).toEqual([]);
  });

  test('the province rule: the 主体备案号 for 广东, with the dispute noted; a site number asked where a rule says so', () => {
    const gd = footerHtml({ icp: '粤ICP备2026012345号-1', province: GUANGDONG });
    expect(gd.html).toContain('>粤ICP备2026012345号</a>');
    expect(codes(gd.notes)).toEqual(['icp.usedSubject', 'icp.provinceDisputed']);
    const site = { ...GUANGDONG, number: 'site' as const, disputed: false };
    expect(codes(footerHtml({ icp: '粤ICP备2026012345号', province: site }).warnings)).toEqual(['icp.provinceSite']);
    const other = footerHtml({ icp: '京ICP备2026000000号-1', province: GUANGDONG });
    expect(codes(other.warnings)).toEqual(['icp.provinceMismatch']);
    expect(other.html).toContain('京ICP备2026000000号-1');
  });

  test('errors give no HTML: empty, no number, malformed 公安 number, a badge from another site', () => {
    expect(footerHtml({ icp: '' })).toMatchObject({ html: '', errors: [{ code: 'icp.empty' }] });
    expect(codes(footerHtml({ icp: '备案中' }).errors)).toEqual(['icp.notFound']);
    expect(codes(footerHtml({ icp: '京ICP备2026000000号', police: '公安' }).errors)).toEqual(['police.notFound']);
    expect(codes(footerHtml({ icp: '京ICP备2026000000号', police: '京公网安备123号' }).errors)).toEqual([
      'police.badDigits',
    ]);
    for (const badge of [
      'https://www.beian.gov.cn/img/ghs.png',
      '//cdn.example.com/a.png',
      '/a"><script>',
      'javascript:x',
    ]) {
      const r = footerHtml({ icp: '京ICP备2026000000号', police: '京公网安备11010802012345号', badge });
      expect(r.html, badge).toBe('');
      expect(codes(r.errors)).toEqual(['badge.foreign']);
    }
    expect(
      footerHtml({ icp: '京ICP备2026000000号', police: '京公网安备11010802012345号', badge: 'img/ga.png' }).html,
    ).toContain('src="img/ga.png"');
  });

  test('never throws on what is not an options object', () => {
    expect(footerHtml(undefined as never).errors[0]!.code).toBe('icp.empty');
    expect(checkFooter(undefined as never).errors[0]!.code).toBe('icp.notFound');
  });

  test('the reader sees a sentence for every code (one rendered here)', () => {
    const t = dictionary('zh-CN').footerCheck;
    expect(say(t.says, checkFooter('<p>京ICP备2026000000号-1</p>').errors[0]!)).toBe(
      '京ICP备2026000000号-1 没有链接。备案号要链接到工信部备案管理系统 https://beian.miit.gov.cn/。',
    );
  });
});

describe('issue 23, from the independent tester', () => {
  test('a number written in traditional characters is read (one text table for the whole site)', () => {
    expect(footerHtml({ icp: '閩ICP備2025001234號-1' }).errors).toEqual([]);
    expect(footerHtml({ icp: '閩ICP備2025001234號-1' }).html).toContain('闽ICP备2025001234号-1');
  });
});

test('a licence number typed as the ICP number is named as one', () => {
  expect(footerHtml({ icp: '京ICP证123456号' }).errors.map((e) => e.code)).toEqual(['icp.notFound', 'icp.licence']);
});

describe('issue 24, from the independent tester', () => {
  const zh = dictionary('zh-CN').footerCheck.says;
  const en = dictionary('en').footerCheck.says;

  test('a number hidden by inline CSS or the hidden attribute, on it or around it, must be made visible', () => {
    const n = '沪ICP备2026012345号-1';
    const hiders: [string, string][] = [
      [`<a style="display:none" href="https://beian.miit.gov.cn/">${n}</a>`, 'display:none'],
      [
        `<div style="color:#999; VISIBILITY: hidden !important"><a href="${ICP_HREF}">${n}</a></div>`,
        'visibility:hidden',
      ],
      [`<footer hidden><p><a href="${ICP_HREF}">${n}</a></p></footer>`, 'hidden'],
      [`<span style="font-size: 0px"><a href="${ICP_HREF}">${n}</a></span>`, 'font-size:0'],
      [`<p style="opacity:0.0"><a href="${ICP_HREF}">${n}</a></p>`, 'opacity:0'],
      [`<section style="display:none"><p>x<p><a href="${ICP_HREF}">${n}</a></section>`, 'display:none'],
    ];
    for (const [html, how] of hiders) {
      const v = checkFooter(html);
      expect(v.ok, html).toBe(false);
      expect(v.errors, html).toEqual([{ code: 'icp.hidden', params: { number: n, how } }]);
      expect(
        v.notes.map((i) => i.code),
        html,
      ).not.toContain('footer.allGood');
    }
    const e = checkFooter(hiders[0]![0]).errors[0]!;
    expect(say(en, e)).toBe(
      `${n} is in the code but hidden (display:none, on it or on an element around it), so visitors do not see it. The filing number must be visible at the bottom of the page: remove what hides it.`,
    );
    expect(say(zh, e)).toContain('访问者看不到');
    const police = checkFooter(
      `${MIIT(n)}<span hidden><a href="https://beian.mps.gov.cn/#/query/webSearch?code=31010402012345">沪公网安备31010402012345号</a></span>`,
    );
    expect(police.errors).toEqual([
      { code: 'police.hidden', params: { number: '沪公网安备31010402012345号', how: 'hidden' } },
    ]);
  });

  test('visible numbers stay fine: a hidden sibling, a closed hidden element, aria-hidden, a nonzero opacity', () => {
    const n = '沪ICP备2026012345号-1';
    for (const html of [
      `<span style="display:none">菜单</span>${MIIT(n)}`,
      `<div hidden><p>x</div><p>${MIIT(n)}</p>`,
      `<p aria-hidden="true" style="opacity: 0.8; font-size: 10px" title="hidden">${MIIT(n)}</p>`,
      `<p data-x='style="display:none"'>${MIIT(n)}</p>`,
      `<div style="display:none"><img src="/a.png"></div><br>${MIIT(n)}`,
    ]) {
      expect(checkFooter(html).errors, html).toEqual([]);
    }
    expect(scanHtml(`<a style="display:none" href="/">甲</a>乙`).hidden).toEqual([
      { start: 0, end: 1, how: 'display:none' },
    ]);
  });

  test('a wrong link: the sentence says which http address also works, in both languages', () => {
    const e = checkFooter('<a href="http://www.miitbeian.gov.cn">京ICP备2026000000号-1</a>').errors[0]!;
    expect(e.code).toBe('icp.wrongLink');
    expect(say(en, e)).toContain('(http://beian.miit.gov.cn/ also works)');
    expect(say(en, e)).not.toMatch(/starting with http/);
    expect(say(zh, e)).toContain('写成 http://beian.miit.gov.cn/ 也可以');
  });

  test('a spaced number keeps its -N, so 广东 drops it with the same explanation whatever the spacing', () => {
    for (const typed of [
      '粤ICP备2026045678号-1',
      '粤ICP备 2026045678 号 - 1',
      '粤 ICP 备 2026045678 号 -1',
      '粤ICP备2026045678号 – 1',
    ]) {
      const r = footerHtml({ icp: typed, province: GUANGDONG });
      expect(r.icp, typed).toBe('粤ICP备2026045678号');
      expect(
        r.notes.map((i) => i.code),
        typed,
      ).toContain('icp.usedSubject');
    }
    expect(readIcp('粤ICP备 2026045678 号 - 1', PROVINCE_REFS)?.number).toBe('粤ICP备2026045678号-1');
    const v = checkFooter(MIIT('粤ICP备 2026045678 号 - 1'), { rules: RULES });
    expect(codes(v.warnings)).toContain('icp.provinceSubject');
  });
});
