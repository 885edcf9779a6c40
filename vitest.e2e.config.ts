// Map.groupBy for vitest 5's reporter on Node 20 (it would crash while printing failures).
import './test/support/node20-polyfills';
import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/support/plain-summary-reporter';

// Real-browser journeys: one Chromium at a time (2 cores), generous timeouts, no retries
// (a flaky journey is a bug to fix, not to hide).
export default defineConfig({
  test: {
    reporters: ['default', new PlainSummaryReporter('e2e')],
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
