import type { AstroIntegration } from 'astro';
import { todayInBeijing } from '../lib/deadlines/beijing';
import { calendarGaps } from '../lib/deadlines/coverage';

/**
 * Warns during the build when the holiday calendar lacks the State Council notice for the current Beijing year or,
 * from November on, the next one. A warning, never a failure: the site stays correct (it labels such dates as
 * estimates), and no build or test may fail because of the day it runs on. `npm run check:calendar` says the same.
 */
export default function calendarCheck(): AstroIntegration {
  return {
    name: 'icp-calendar-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        for (const gap of calendarGaps(todayInBeijing(new Date()))) logger.warn(gap.message);
      },
    },
  };
}
