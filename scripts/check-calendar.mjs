#!/usr/bin/env node
/**
 * npm run check:calendar — the yearly maintenance check (README, "每年一次"): does the holiday calendar have the
 * State Council notice for the current Beijing year and, from November on, for the next one?
 * Prints what is missing and exits 1 when something is; prints the covered years and exits 0 otherwise.
 * Not part of npm test: the test suite never depends on today's date.
 */
import { runnerImport } from 'vite';

const { module: coverage } = await runnerImport('/src/lib/deadlines/coverage.ts');
const { module: beijing } = await runnerImport('/src/lib/deadlines/beijing.ts');
const { module: calendar } = await runnerImport('/src/lib/deadlines/calendar.ts');
const { module: check } = await runnerImport('/src/integrations/calendar-check.ts');

const today = beijing.todayInBeijing(new Date());
const gaps = coverage.calendarGaps(today);
console.log(`北京时间今天：${today}；有官方节假日安排的年份：${calendar.officialYears().join('、')}`);
for (const gap of gaps) console.error(`缺少 ${gap.year} 年：${check.gapMessage(gap)}`);
if (gaps.length) process.exit(1);
console.log('今年和（11 月起的）明年都有官方安排，不需要更新。');
