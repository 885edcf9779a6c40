import './test/support/node20-polyfills';
import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/support/plain-summary-reporter';

// vitest 5's reporter uses Map.groupBy (Node 21+) when it prints failures; on Node 20 it would
// crash instead of showing why a journey failed. The config runs in the reporter's process.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      return groups;
    },
  });
}

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
