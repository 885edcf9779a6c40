import './test/support/node20-polyfills';
import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/support/plain-summary-reporter';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', new PlainSummaryReporter('unit')],
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**'],
    testTimeout: 20000,
  },
});
