import type { AstroIntegration } from 'astro';
import { todayInBeijing } from '../lib/deadlines/beijing';
import { calendarGaps, type CalendarGap } from '../lib/deadlines/coverage';

/**
 * What to tell the maintainer about a year without a notice (a build log line, not reader text; README "每年一次").
 *
 * @example
 * gapMessage({ year: 2027, when: 'nextYear' }); // '2027 年（明年）还没有国务院办公厅的节假日安排：…'
 */
export function gapMessage(gap: CalendarGap): string {
  const when = gap.when === 'thisYear' ? '今年' : '明年';
  return (
    `${gap.year} 年（${when}）还没有国务院办公厅的节假日安排：落在 ${gap.year} 年的日期只能按法定节日估算，` +
    `页面上会标为“估算”。通知发布后，按 README 的“每年一次”把它加进 src/lib/deadlines/calendar-data.ts。`
  );
}

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
        for (const gap of calendarGaps(todayInBeijing(new Date()))) logger.warn(gapMessage(gap));
      },
    },
  };
}
