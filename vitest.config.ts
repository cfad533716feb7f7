import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

/**
 * Two projects:
 * - unit: pure `src/lib` code in Node (run again under several TZ values by `npm run test:tz`);
 * - component: Solid islands rendered in jsdom.
 * Browser tests against the built site are Playwright's (tests/e2e).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
