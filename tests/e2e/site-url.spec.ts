import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

/**
 * The deployed address comes from SITE_URL (astro.config.mjs): a build with it set names that address in the
 * sitemap and the canonical links. Built into a temporary folder so the site under test is untouched.
 */
test('SITE_URL sets the sitemap and canonical addresses', () => {
  test.setTimeout(120_000);
  const root = join(import.meta.dirname, '..', '..');
  const out = mkdtempSync(join(tmpdir(), 'icp-site-url-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: root,
      env: { ...process.env, SITE_URL: 'https://beian.example.cn', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr || r.stdout).toBe(0);
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://beian.example.cn/guide/sms-verification/</loc>');
    expect(sitemap).not.toContain('localhost');
    const page = readFileSync(join(out, 'guide', 'faq', 'index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://beian.example.cn/guide/faq/"');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
