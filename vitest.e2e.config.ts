import { defineConfig } from 'vitest/config';

// Real-browser journeys: one Chromium at a time (2 cores), generous timeouts, no retries
// (a flaky journey is a bug to fix, not to hide).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
