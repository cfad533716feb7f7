import { test, expect } from './fixtures';

/** What people type, and the page that must come up in the first three results. */
const QUERIES: Array<[query: string, expected: string]> = [
  ['收不到短信', '/guide/faq/'],
  ['验证码', '/guide/sms-verification/'],
  ['后六位', '/guide/sms-verification/'],
  ['管局审核多久', '/guide/bureau-review/'],
  ['授权码', '/guide/prepare/'],
  ['公安备案', '/guide/after-approval/'],
  ['网站名称', '/guide/fill-in/'],
  ['初审', '/guide/first-review/'],
  ['经营性', '/guide/why/'],
  ['找不到记录', '/guide/sms-verification/'],
  ['调休', '/guide/bureau-review/'],
  ['备案号', '/guide/after-approval/'],
];

for (const [query, expected] of QUERIES) {
  test(`search “${query}” finds ${expected} in the top three`, async ({ page }) => {
    await page.goto('/');
    await page.locator('site-search button[data-open-modal]').click();
    const input = page.locator('#starlight__search input');
    await input.fill(query);
    const results = page.locator('#starlight__search .pagefind-ui__result');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText(/找到|个/);
    // Pagefind draws each result (one per page, headings nested inside) before its title link has loaded:
    // read the first three only once all of them have their link.
    const topPages = () =>
      results.evaluateAll((items) => {
        const links = items.slice(0, 3).map((li) => li.querySelector<HTMLAnchorElement>('a.pagefind-ui__result-link'));
        return links.every(Boolean) ? links.map((a) => new URL(a!.href).pathname) : null;
      });
    await expect.poll(topPages, { message: `top pages for ${query}`, timeout: 10_000 }).toContain(expected);
  });
}
