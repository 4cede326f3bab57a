import SummaryReporter from './test/summary-reporter';
import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (each launches Chromium or Firefox), generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    // cleans up (or refuses to run under) browser policy files a killed run left behind
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Real browsers on a shared 2-core machine: one retry absorbs a rare hiccup; a real failure fails twice.
    retry: 1,
    reporters: ['default', new SummaryReporter('e2e')],
  },
});
