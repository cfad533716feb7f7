import type { Page } from '@playwright/test';
import { normalizeQuery, TRAD_TABLE } from '../../src/lib/search';
import { test, expect, searchBoxBuilt } from './fixtures';

// Search as most readers get it: Pagefind loads in the background once a page is idle (Data Saver off; other specs
// run with it on).
test.use({ dataSaver: false });

/**
 * What people type, and the page that must come up among the first three pages of results. Written the way people
 * write: numbers in words, traditional characters, their provider's word for a thing, English mixed in.
 */
const QUERIES: Array<[query: string, expected: string]> = [
  // Home page
  ['指南目录', '/'],
  ['整个流程', '/'],
  // Why file
  ['经营性', '/guide/why/'],
  ['292号令', '/guide/why/'],
  ['ICP许可证', '/guide/why/'],
  ['不备案', '/guide/why/'],
  ['服务器不在大陆', '/guide/why/'],
  // Preparing
  ['授权码', '/guide/prepare/'],
  ['域名实名认证', '/guide/prepare/'],
  ['备案材料清单', '/guide/prepare/'],
  ['阿里云域名', '/guide/prepare/'],
  // Filling in
  ['网站名称', '/guide/site-name/'],
  ['網站名稱', '/guide/site-name/'],
  ['电子核验', '/guide/fill-in/'],
  ['App扫码', '/guide/fill-in/'],
  ['上传证件照片', '/guide/fill-in/'],
  // First review
  ['初审', '/guide/first-review/'],
  ['初审要多久', '/guide/first-review/'],
  ['审核电话', '/guide/first-review/'],
  ['提交管局', '/guide/first-review/'],
  // SMS verification
  ['验证码', '/guide/sms-verification/'],
  ['后六位', '/guide/sms-verification/'],
  ['找不到记录', '/guide/sms-verification/'],
  ['五次', '/guide/sms-verification/'],
  ['二十四小时', '/guide/sms-verification/'],
  ['全角括号', '/guide/sms-verification/'],
  ['短信验证', '/guide/sms-verification/'],
  ['有效期一天', '/guide/sms-verification/'],
  // Bureau review
  ['管局审核多久', '/guide/bureau-review/'],
  ['二十个工作日', '/guide/bureau-review/'],
  ['调休', '/guide/bureau-review/'],
  ['通信管理局审核', '/guide/bureau-review/'],
  // After approval
  ['备案号', '/guide/after-approval/'],
  ['備案號', '/guide/after-approval/'],
  ['公安备案', '/guide/after-approval/'],
  ['页脚', '/guide/footer/'],
  ['注销', '/guide/changes/'],
  ['换云服务商', '/guide/after-approval/'],
  // FAQ
  ['收不到短信', '/guide/faq/'],
  ['加急', '/guide/faq/'],
  ['跨省备案', '/guide/faq/'],
  ['＋86', '/guide/faq/'],
  ['CDN', '/'],
  // Tools
  ['期限计算', '/tools/deadlines/'],
  ['放假安排', '/tools/deadlines/'],
  ['短信解读', '/tools/message-decoder/'],
  ['核验信息自查', '/tools/sms-check/'],
];

/** The glossary, the questions first-time filers bring, the provinces and the newer tools. */
const NEW_PAGE_QUERIES: Array<[query: string, expected: string]> = [
  ['术语表', '/guide/glossary/'],
  ['驳回与退回', '/guide/glossary/'],
  ['名词解释', '/guide/glossary/'],
  ['哪些网站需要备案', '/guide/need-filing/'],
  ['要不要备案', '/guide/need-filing/'],
  ['前置审批', '/guide/pre-approval/'],
  ['前置许可', '/guide/pre-approval/'],
  ['App备案', '/guide/app-filing/'],
  ['小程序备案', '/guide/app-filing/'],
  ['外国人备案', '/guide/foreigners/'],
  ['外籍人士', '/guide/foreigners/'],
  ['多个域名', '/guide/multiple-sites/'],
  ['再加一个网站', '/guide/multiple-sites/'],
  ['变更备案', '/guide/changes/'],
  ['备案变更', '/guide/changes/'],
  ['空壳网站', '/guide/keep-valid/'],
  ['备案被注销', '/guide/keep-valid/'],
  ['公安联网备案', '/guide/police-filing/'],
  ['三十日内', '/guide/police-filing/'],
  ['网站名称规则', '/guide/site-name/'],
  ['各省管局', '/provinces/'],
  ['浙江', '/provinces/zhejiang/'],
  ['广东管局', '/provinces/guangdong/'],
  ['網站名稱檢查', '/tools/site-name/'],
  ['选择省份', '/tools/province-picker/'],
  ['域名能不能备案', '/tools/domain-check/'],
  ['页脚备案号代码', '/tools/footer/'],
];

/** The answers people come for around and after approval (issue 22), in the words they search with. */
const AFTER_APPROVAL_QUERIES: Array<[query: string, expected: string]> = [
  ['初审通过之后', '/guide/first-review/'],
  ['备案年费', '/guide/scams/'],
  ['备案要钱吗', '/guide/scams/'],
  ['诈骗短信', '/guide/scams/'],
  ['留言板 个人备案', '/guide/comments-and-ai/'],
  ['评论区', '/guide/comments-and-ai/'],
  ['AI聊天', '/guide/comments-and-ai/'],
  ['生成式人工智能备案', '/guide/comments-and-ai/'],
  ['核查通知', '/guide/spot-check/'],
  ['整改通知', '/guide/spot-check/'],
  ['哪些域名后缀可以备案', '/guide/need-filing/'],
  ['域名过户', '/guide/need-filing/'],
  ['页脚备案号 代码', '/tools/footer/'],
  ['公安备案 链接', '/guide/footer/'],
  ['备案号链接', '/guide/footer/'],
];

const ALL: Array<[query: string, expected: string]> = [...QUERIES, ...NEW_PAGE_QUERIES, ...AFTER_APPROVAL_QUERIES];

/**
 * What a foreign filer types on the English pages (searched in the English index), and the page that must come up
 * among the first three.
 */
const ENGLISH_QUERIES: Array<[query: string, expected: string]> = [
  ['SMS verification code not received', '/en/guide/sms-verification/'],
  ['how long does bureau review take', '/en/guide/bureau-review/'],
  ['footer ICP number link', '/en/guide/footer/'],
  ['do I need an ICP filing', '/en/guide/need-filing/'],
  ['ICP license or ICP filing', '/en/guide/why/'],
  ['foreign company ICP filing', '/en/guide/foreigners/'],
  ['passport foreigner', '/en/guide/foreigners/'],
  ['authorization code', '/en/guide/prepare/'],
  ['domain real-name verification', '/en/guide/prepare/'],
  ['website name rejected', '/en/guide/site-name/'],
  ['preliminary review', '/en/guide/first-review/'],
  ['verification call', '/en/guide/first-review/'],
  ['last six characters of ID number', '/en/guide/sms-verification/'],
  ['24 hours SMS deadline', '/en/guide/sms-verification/'],
  ['working days public holidays', '/en/guide/bureau-review/'],
  ['public security filing', '/en/guide/police-filing/'],
  ['ICP filing number format', '/en/guide/after-approval/'],
  ['ICP filing fee scam', '/en/guide/scams/'],
  ['change access provider', '/en/guide/changes/'],
  ['shell website', '/en/guide/keep-valid/'],
  ['mini program filing', '/en/guide/app-filing/'],
  ['pre-approval', '/en/guide/pre-approval/'],
  ['which domain extensions can be filed', '/en/guide/need-filing/'],
  ['comments section personal website', '/en/guide/comments-and-ai/'],
  ['glossary', '/en/guide/glossary/'],
  ['Guangdong bureau', '/en/provinces/guangdong/'],
  ['provincial bureau rules', '/en/provinces/'],
  ['deadline calculator', '/en/tools/deadlines/'],
  ['decode Chinese SMS', '/en/tools/message-decoder/'],
  ['SMS verification checker', '/en/tools/sms-check/'],
  ['footer code generator', '/en/tools/footer/'],
];

/**
 * Type a query into the open search dialog and read the first three result pages once they are drawn for this
 * query (the status line names it, and every result has its link: Pagefind draws a result before its data loads).
 */
async function topPages(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#starlight__search input');
  // Clear first, so that results of the previous query can never be read as this one's.
  await input.fill('');
  await dialogShows(page, null);
  await input.fill(query);
  return dialogShows(page, query);
}

/**
 * Wait in the page until the search dialog shows the results for `query` (their first three pages), or no result at
 * all when `query` is null. The dialog is read at each change to it (a MutationObserver): no round trip and no frame
 * drawn only to poll, so that a query takes no longer than the box needs.
 */
function dialogShows(page: Page, query: string | null): Promise<string[]> {
  return page.evaluate(
    (q) =>
      new Promise<string[]>((resolve, reject) => {
        const root = document.querySelector('#starlight__search')!;
        const read = (): string[] | null => {
          const results = [...root.querySelectorAll('.pagefind-ui__result')];
          if (q === null) return results.length === 0 ? [] : null;
          const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
          if (!message.includes(`“${q}”`) || /正在搜索|Searching/.test(message)) return null;
          const links = results
            .slice(0, 3)
            .map((li) => li.querySelector<HTMLAnchorElement>('a.pagefind-ui__result-link'));
          return links.every(Boolean) ? links.map((a) => new URL(a!.href).pathname) : null;
        };
        const settle = () => {
          const value = read();
          if (!value) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(value);
        };
        const observer = new MutationObserver(settle);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(
            new Error(`the search dialog did not show ${q === null ? 'an empty list' : `results for “${q}”`} in 20 s`),
          );
        }, 20_000);
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        settle();
      }),
    query,
  );
}

test('the search button is named 搜索', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('site-search button[data-open-modal]')).toHaveAccessibleName('搜索');
});

/**
 * The first three pages of results for each query, from the Pagefind the open search box loaded and set up (one module
 * instance per page, with Starlight's options), asked as the box asks it: the query in the site's spelling
 * (`normalizeQuery`, the box's `processTerm`), results in Pagefind's order, which the box draws as they come. Reading
 * them here rather than from the drawn list takes a tenth of the time; the test below checks that the box shows the same.
 */
async function enginePages(page: Page, queries: string[]): Promise<string[][]> {
  await page.waitForFunction(() => performance.getEntriesByName('icp-search:ready').length > 0);
  return page.evaluate(
    async (terms) => {
      type Result = { data(): Promise<{ url: string }> };
      type Pagefind = { search(term: string): Promise<{ results: Result[] }> };
      const pagefind: Pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const pages: string[][] = [];
      for (const term of terms) {
        const { results } = await pagefind.search(term);
        const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
        pages.push(top.map((d) => new URL(d.url, location.origin).pathname));
      }
      return pages;
    },
    queries.map((q) => normalizeQuery(q, TRAD_TABLE)),
  );
}

/** Open the search dialog on `path` as a reader does, once Starlight has built the search box. */
async function openSearch(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await searchBoxBuilt(page);
  await page.locator('site-search button[data-open-modal]').click();
  await expect(page.locator('#starlight__search input')).toBeFocused();
}

/** The queries whose expected page is not among the first three, with what came instead. */
function misses(queries: Array<[string, string]>, tops: string[][]): string[] {
  return queries.flatMap(([query, expected], i) =>
    tops[i]!.includes(expected)
      ? []
      : [`${query} → expected ${expected}, top three: ${tops[i]!.join(' ') || '(none)'}`],
  );
}

test(`${ALL.length} queries: each finds its page in the top three`, async ({ page }) => {
  await openSearch(page, '/');
  const tops = await enginePages(
    page,
    ALL.map(([q]) => q),
  );
  expect(misses(ALL, tops), 'queries whose page is not in the top three').toEqual([]);
});

test(`${ENGLISH_QUERIES.length} English queries on the English pages: each finds its page in the top three`, async ({
  page,
}) => {
  await openSearch(page, '/en/');
  const tops = await enginePages(
    page,
    ENGLISH_QUERIES.map(([q]) => q),
  );
  expect(misses(ENGLISH_QUERIES, tops), 'queries whose page is not in the top three').toEqual([]);
});

/** Queries of each kind the box rewrites (traditional characters, numerals in words, full-width signs, synonyms). */
const TYPED: Record<string, string[]> = {
  '/': ['網站名稱', '二十个工作日', '＋86', '页脚备案号 代码', '收不到短信'],
  '/en/': ['SMS verification code not received', 'Guangdong bureau'],
};

for (const [path, queries] of Object.entries(TYPED)) {
  test(`typed into the box on ${path}, each query shows the engine’s first three pages`, async ({ page }) => {
    await openSearch(page, path);
    const engine = await enginePages(page, queries);
    for (const [i, query] of queries.entries()) expect(await topPages(page, query), query).toEqual(engine[i]);
  });
}

test('snippets start at a sentence and highlight the words of the query as the page writes them', async ({ page }) => {
  await page.goto('/');
  // Starlight builds the search box when the browser is idle after load; a reader opens the dialog after that.
  await searchBoxBuilt(page);
  await page.locator('site-search button[data-open-modal]').click();
  const top = await topPages(page, '二十个工作日');
  expect(top).toContain('/guide/bureau-review/');
  const marks = page.locator('#starlight__search .pagefind-ui__result-excerpt mark');
  await expect(marks.first()).toBeVisible();
  // The query was searched as "20 个工作日": the highlighted words are the page's.
  await expect(marks.filter({ hasText: /^20$|工作日/ }).first()).toBeVisible();
  // Every snippet starts in the sentence of its first highlighted word: no earlier sentence end before it.
  const beforeFirstMark = await page.locator('#starlight__search .pagefind-ui__result-excerpt').evaluateAll((ps) =>
    ps
      .map((p) => p.innerHTML)
      .filter((h) => h.includes('<mark>'))
      .map((h) => h.slice(0, h.indexOf('<mark>'))),
  );
  expect(beforeFirstMark.length).toBeGreaterThan(0);
  for (const text of beforeFirstMark) expect(text).not.toMatch(/[。！？；]/);
  // The box keeps what the reader typed.
  await expect(page.locator('#starlight__search input')).toHaveValue('二十个工作日');
});

/** Pagefind's files the page requested so far, as paths (`/pagefind/pagefind.js` …). */
function pagefindRequests(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin && url.pathname.startsWith('/pagefind/')) seen.push(url.pathname);
  });
  return seen;
}

test('search loads in the background once the page is idle, before the dialog opens, from the site itself', async ({
  page,
  baseURL,
}) => {
  const requested = pagefindRequests(page, new URL(baseURL!).origin);
  await page.goto('/');
  // Nothing but waiting: no pointer near the search button, no key pressed.
  await page.waitForFunction(() => performance.getEntriesByName('icp-search:ready').length > 0);
  const why = await page.evaluate(
    () => (performance.getEntriesByName('icp-search:load')[0] as PerformanceMark).detail as string,
  );
  expect(why).toBe('idle');
  await expect(page.locator('site-search dialog')).not.toHaveAttribute('open');
  expect(requested).toContain('/pagefind/pagefind.js');
  expect(requested).toContain('/pagefind/pagefind-worker.js');
  expect(requested.some((p) => p.endsWith('.pagefind'))).toBe(true); // the WebAssembly
  expect(requested.some((p) => p.endsWith('.pf_index'))).toBe(true);
  // The dialog then opens on a ready engine: the first query's results need no more of Pagefind's code.
  const before = requested.length;
  await page.locator('site-search button[data-open-modal]').click();
  expect(await topPages(page, '收不到短信')).toContain('/guide/faq/');
  expect(requested.slice(before).filter((p) => /\.(js|pagefind|json)$/.test(p))).toEqual([]);
  // The request guard of ./fixtures fails the test on any request to another origin or any CSP violation.
});

test.describe('with Data Saver on', () => {
  test.use({ dataSaver: true });
  test('search loads only once the reader reaches for it', async ({ page, baseURL }) => {
    const requested = pagefindRequests(page, new URL(baseURL!).origin);
    await page.goto('/');
    await searchBoxBuilt(page);
    // The search UI has decided, as it was built, whether to load Pagefind in the background (it marks the decision).
    const background = await page.evaluate(
      () => (performance.getEntriesByName('icp-search:background')[0] as PerformanceMark | undefined)?.detail,
    );
    expect(background).toBe('off');
    expect(requested).toEqual([]);
    await page.locator('site-search button[data-open-modal]').hover();
    await page.waitForFunction(() => performance.getEntriesByName('icp-search:ready').length > 0);
    const why = await page.evaluate(
      () => (performance.getEntriesByName('icp-search:load')[0] as PerformanceMark).detail as string,
    );
    expect(why).toBe('intent');
    expect(requested).toContain('/pagefind/pagefind.js');
  });
});
