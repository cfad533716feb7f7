import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForIslands } from './fixtures';
import { sitemapPaths } from './sitemap';

test.describe('every page in the sitemap', () => {
  test('answers 200 with one h1, Chinese lang, a strict CSP, a description and no console error', async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThanOrEqual(9);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-CN');
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, `${path} CSP`).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;?/);
      expect(policy, `${path} CSP`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0, `${path} description`).toBeGreaterThan(20);
    }
  });

  test('guide pages list their sources and their review date', async ({ page, request }) => {
    const paths = (await sitemapPaths(request)).filter((p) => p.startsWith('/guide/') || p.startsWith('/tools/'));
    expect(paths.length).toBeGreaterThanOrEqual(8);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 2, name: '资料来源' }), path).toHaveCount(1);
      await expect(page.locator('footer time'), path).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation in the ${scheme} theme`, async ({ page, request }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      const paths = await sitemapPaths(request);
      for (const path of [...paths, '/404/']) {
        await page.goto(path);
        await waitForIslands(page);
        // Expressive Code makes overflowing code blocks focusable from a script, shortly after load.
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.expressive-code pre')].every(
            (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
          ),
        );
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `${path} (${scheme})`).toEqual([]);
      }
    });
  }

  test('no page refers to an asset on another origin', async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    for (const path of paths) {
      await page.goto(path);
      // Canonical and sitemap links name the deployed address: they are links, not assets.
      const foreign = await page.evaluate(() =>
        [...document.querySelectorAll('[src], [srcset], object[data], link[href]:not([rel="canonical"]):not([rel="sitemap"])')]
          .flatMap((el) => [el.getAttribute('src'), el.getAttribute('href'), el.getAttribute('data'), el.getAttribute('srcset')])
          .filter((u): u is string => !!u && new URL(u, location.href).origin !== location.origin),
      );
      expect(foreign, path).toEqual([]);
    }
  });
});

test('the 404 page is served for an unknown address, in Chinese, with a way back', async ({ page, guard }) => {
  guard.allowConsoleError(/status of 404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面没有找到');
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
});

test('the search button is named by its visible text and opens with Ctrl+K', async ({ page }) => {
  await page.goto('/');
  const button = page.locator('site-search button[data-open-modal]');
  await expect(button).toHaveAccessibleName('搜索');
  await expect(button).toBeEnabled();
  await page.keyboard.press('Control+k');
  await expect(page.locator('site-search dialog')).toBeVisible();
});

test('the CSP really blocks an injected inline script, and search (WebAssembly) still works under it', async ({ page, guard }) => {
  guard.allowConsoleError(/Content Security Policy|CSP violation/);
  await page.goto('/guide/faq/');
  const ran = await page.evaluate(async () => {
    (window as unknown as { injected?: boolean }).injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { injected?: boolean }).injected;
  });
  expect(ran).toBe(false);
  await page.keyboard.press('Control+k');
  await page.locator('#starlight__search input').fill('授权码');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
});

test('dist/_headers carries the script policy and the other security headers', async ({ page }) => {
  // astro preview does not serve _headers (static hosts read it): check the built file, against a served page.
  const body = readFileSync(join(import.meta.dirname, '..', '..', 'dist', '_headers'), 'utf8');
  await page.goto('/');
  const pageHashes = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!
    .match(/'sha256-[^']+'/g)!;
  for (const h of pageHashes) expect(body).toContain(h);
  expect(body).toMatch(/^\/\*\n {2}Content-Security-Policy: .*script-src 'self' 'wasm-unsafe-eval' 'sha256-/m);
  expect(body).toContain("frame-ancestors 'none'");
  expect(body).toContain('X-Content-Type-Options: nosniff');
});
