import { defineConfig } from '@playwright/test';
import { findChromium, chromiumArgs } from './tests/e2e/browser';

const PORT = Number(process.env.E2E_PORT || 4329);

/**
 * Browser tests run against the built site (`dist/`, made by `npm run build`) served by `astro preview`.
 * The browser is found by tests/e2e/browser.ts: CHROMIUM_PATH, then a system Chromium, then Playwright's own;
 * with none, the run fails with a message saying how to install one (it is never skipped).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
