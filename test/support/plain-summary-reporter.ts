// Adds one plain closing line, "<suite>: N passed, N failed, N skipped", after vitest's own
// summary, so CI logs state unambiguously how many tests ran.
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
  constructor(private readonly suite: string) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown> = []): void {
    // An error outside any test (a worker that ran out of memory mid-file) fails the run: counted, never hidden as skipped tests.
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const testModule of testModules) {
      // A file that fails to load runs no test: count it as a failure, not as nothing.
      if (testModule.errors().length > 0) counts.failed++;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    process.stdout.write(`\n${this.suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
