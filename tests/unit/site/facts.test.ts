/**
 * Facts a filer acts on, checked on every built page (issue 22, "Corrections"). Each check names the fact and why:
 * a sentence that states the opposite must not come back on any page. The tools' islands are left out: their words
 * come from the tools' own strings, which are checked with the tools.
 */
import { describe, expect, test } from 'vitest';
import { localeOf } from '../../locales';
import { builtPages, documentOf } from './site';

// The facts are checked in the Chinese wording here; English pages in their wording in facts-en.test.ts.
const pages = builtPages().filter((p) => p !== '/404/' && localeOf(p) === 'zh-CN');

/** The record the guide grew from is described here, and every page that cites it links here. */
const RECORD_ANCHOR = '本站引用的一份备案记录';
const RECORD = '一位用户 2025 年 3 月在京东云的备案记录';

/**
 * Tool text that still says a corrected fact, until the tools' strings are corrected in their own dictionary (the
 * list of those places is in the report of issue 22). Each entry: the page and the wording; remove it once fixed.
 */
const PENDING_IN_TOOL_TEXT: [string, RegExp][] = [];

/** Province pages are filled from the province data, which is reviewed on its own (issue 22, item 23). */
const provincePage = (path: string) => /^\/provinces\/[^/]+\/$/.test(path);

/** The page's text as a reader reads it (its main column), without the tools' islands, scripts and styles. */
function pageText(doc: Document, path = ''): string {
  const body = (doc.querySelector('main') ?? doc.body).cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('astro-island, script, style, template')) el.remove();
  for (const el of body.querySelectorAll('p, li, td, th, h1, h2, h3, h4, h5, h6, div, br, pre')) {
    el.append(doc.createTextNode('\n'));
  }
  let text = (body.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ');
  for (const [page, re] of PENDING_IN_TOOL_TEXT) if (page === path) text = text.replace(re, '');
  return text;
}

/** Sentences: split at 。 and line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/[。\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Wording that states something no source says, with what the sources say instead. */
const WRONG: [RegExp, string][] = [
  [
    /从短信发出时?算起|从发出时算起|发出的时刻/,
    'the 24 hours count from receipt (JD, Tencent, Huawei), not from sending',
  ],
  [/约\s*5\s*分钟/, 'the SMS usually arrives 5–10 minutes after submission (JD’s current doc), not “about 5 minutes”'],
  [/华为云[^。；\n]{0,20}重发\s*2\s*次/, 'Huawei gives no resend count; JD and Aliyun say 2'],
  [/两种都收/, 'no source says the verification page accepts both bracket forms'],
  [/购买满\s*3\s*个月/, 'JD asks for a 包年/包月 term of at least 3 months, not a server owned for 3 months'],
  [
    /腾讯云[^。\n]{0,30}6\s*小时/,
    'Tencent’s figures are about the 管局 result reaching the provider, not the SMS result',
  ],
  [/本工具的识别规则|构建时|在构建/, 'developer words do not belong on a reader’s page'],
  [/弃用文档/, 'a deprecated provider page is not a source'],
];

describe.each(pages)('%s', (path) => {
  const doc = documentOf(path);
  const text = pageText(doc, path);

  test('says none of the corrected wrong facts', () => {
    const found = WRONG.flatMap(([re, why]) => {
      const m = text.match(re);
      return m ? [`“${text.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 20)}”: ${why}`] : [];
    });
    // The hrefs too: a link into a deprecated folder is as wrong as its name.
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = decodeURIComponent(a.getAttribute('href')!);
      if (/弃用文档/.test(href) && !provincePage(path) && path !== '/provinces/') {
        found.push(`links a deprecated page: ${href}`);
      }
      if (/beian\.gov\.cn\/portal/.test(href)) found.push(`links the old 公安 platform, unreachable: ${href}`);
    }
    expect(found, path).toEqual([]);
  });

  test('every citation of the user record links to where it is described', () => {
    const unlinked: string[] = [];
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(RECORD)) continue;
      const el = node.parentElement!;
      if (el.closest('astro-island, script, style, template')) continue;
      const href = el.closest('a')?.getAttribute('href') ?? '';
      if (!decodeURIComponent(href).endsWith('#' + RECORD_ANCHOR)) unlinked.push(node.textContent.trim().slice(0, 60));
    }
    expect(unlinked, path).toEqual([]);
  });

  test('the 新增网站 SMS goes to both 负责人, not the 网站负责人 alone', () => {
    for (const row of doc.querySelectorAll('tr')) {
      const cells = [...row.querySelectorAll('td, th')].map((c) => c.textContent?.trim() ?? '');
      if (cells[0] === '新增网站' && /负责人/.test(cells[1] ?? '')) expect(cells[1], path).toMatch(/主体负责人/);
    }
  });

  test('DNS closed before approval is said of 新增网站 too, not of 首次备案 alone', () => {
    const alone = sentences(text).filter(
      (s) => /解析/.test(s) && /首次备案/.test(s) && !/新增网站|接入备案|新增接入/.test(s),
    );
    expect(alone, path).toEqual([]);
  });

  test('the two footer fines are not merged: a page citing 33号令 art. 25 also gives 292号令 art. 22', () => {
    if (/第二十五条/.test(text) && /非经营性互联网信息服务备案管理办法|33 号令/.test(text)) {
      expect(text, path).toMatch(/第二十二条/);
      expect(text, path).toMatch(/5000 元以上 5 万元以下/);
    }
  });

  test('articles of 33号令 are cited with its 2024 amendment (numbers of the text linked)', () => {
    // The province pages' template says it in its own words (“管局审核时限 … 第十二条”): pending, see the report.
    if (provincePage(path)) return;
    if (
      /(?:非经营性互联网信息服务备案管理办法[^。\n]{0,40}|[^部]令第\s*33\s*号）?|33\s*号令)第[一二三四五六七八九十]+条/.test(
        text,
      )
    ) {
      expect(text, path).toMatch(/2024 年/);
    }
  });

  test('公安部令第33号 art. 12 is cited for what it names: units, not individuals', () => {
    if (/公安部令\s*第\s*33\s*号/.test(text) && /第十二条/.test(text)) {
      expect(text, path).toMatch(/法人[和及]其他组织|点名的是单位/);
    }
  });

  test('footer examples link the ICP number to MIIT and the 公安 number to its query page, one form everywhere', () => {
    for (const pre of doc.querySelectorAll('pre')) {
      const code = pre.textContent ?? '';
      for (const m of code.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([^<]*(?:<img[^>]*>)?[^<]*)<\/a>/g)) {
        const [, href, label] = m;
        const police = label!.match(/公网安备(\d+)号/);
        if (police) expect(href, path).toBe(`https://beian.mps.gov.cn/#/query/webSearch?code=${police[1]}`);
        else if (/ICP备/.test(label!)) expect(href, path).toBe('https://beian.miit.gov.cn/');
      }
    }
  });
});

test('the user record is described on one page: what it is, what it shows, what it cannot show', () => {
  const doc = documentOf('/guide/why/');
  const heading = doc.getElementById(RECORD_ANCHOR);
  expect(heading?.tagName).toBe('H2');
  let section = '';
  for (let el = heading!.parentElement!.nextElementSibling; el && !el.querySelector('h2'); el = el.nextElementSibling) {
    section += el.textContent;
  }
  expect(section).toMatch(/它是什么/);
  expect(section).toMatch(/它记下了什么/);
  expect(section).toMatch(/它说明不了什么/);
  expect(section).toMatch(/新增接入/);
});

test('the footer examples exist where the footer is explained', () => {
  const codes = ['/guide/after-approval/', '/guide/police-filing/'].map((p) =>
    [...documentOf(p).querySelectorAll('pre')].map((pre) => pre.textContent).join('\n'),
  );
  for (const code of codes) expect(code).toMatch(/beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=11010802012345/);
});
