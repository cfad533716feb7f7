import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium on a machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium's headless shell: the same engine without the browser around it. Debian ships it as the package
 * chromium-headless-shell. It runs the browser tests with about 40 % less CPU than the full browser in headless mode
 * (the suite took 2.5 instead of 4 minutes on 2 cores), so the tests prefer it.
 */
const HEADLESS_SHELL_CANDIDATES = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

/** The full browser, as readers run it: what `npm run bench` measures with Lighthouse. */
const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const INSTALL_HINT =
  'Install one (Debian/Ubuntu: `apt-get install -y chromium-headless-shell chromium fonts-noto-cjk`; ' +
  'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome executable.';

function fromEnvironment(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv && !existsSync(fromEnv))
    throw new Error(`CHROMIUM_PATH=${fromEnv} 不存在：请指向一个 Chromium/Chrome 可执行文件。`);
  return fromEnv || undefined;
}

function playwrightsOwn(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own here */
  }
  return undefined;
}

/**
 * The full Chromium, for `npm run bench`: $CHROMIUM_PATH, else a system Chromium/Chrome, else the browser Playwright
 * downloaded. Throws a clear message when there is none.
 */
export function findChromium(): string {
  const found = fromEnvironment() ?? SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? playwrightsOwn();
  if (found) return found;
  throw new Error(`No Chromium found for the benchmark. ${INSTALL_HINT}`);
}

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else the headless shell, else a full Chromium/Chrome (the
 * same tests pass on both, the shell just needs less CPU). Throws a clear message when there is none: the browser
 * suite must never be skipped silently.
 */
export function findTestBrowser(): string {
  const found =
    fromEnvironment() ??
    HEADLESS_SHELL_CANDIDATES.find((candidate) => existsSync(candidate)) ??
    SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate)) ??
    playwrightsOwn();
  if (found) return found;
  throw new Error(`No Chromium found for the browser tests. ${INSTALL_HINT}`);
}
