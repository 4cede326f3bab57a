import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "<suite>: N passed, N failed, N skipped", that CI and people can read
 * without knowing vitest's own summary format.
 */
export default class SummaryReporter implements Reporter {
  constructor(private readonly suite = process.env.TEST_SUITE_NAME ?? 'tests') {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\n${this.suite}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
