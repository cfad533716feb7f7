import { spawnSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { findTestBrowser, chromiumArgs } from './tests/e2e/browser';

/**
 * Browser tests run against the built site (`dist/`, made by `npm run build`) served by scripts/serve.mjs on a
 * free port of their own, so they never clash with a running `npm start` (port 4321) or another checkout's tests.
 * The port is chosen once, in the main process, and handed to the workers through the environment.
 * The browser is found by tests/e2e/browser.ts: CHROMIUM_PATH, then Chromium's headless shell, then a full Chromium
 * or Chrome, then Playwright's own;
 * with none, the run fails with a message saying how to install one (it is never skipped).
 */
if (!process.env.E2E_PORT) {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
    { encoding: 'utf8' },
  );
  process.env.E2E_PORT = probe.stdout.trim() || '4329';
}
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: findTestBrowser(), args: chromiumArgs },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve.mjs dist --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
