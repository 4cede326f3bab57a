import SummaryReporter from './test/summary-reporter';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    reporters: ['default', new SummaryReporter('unit')],
    testTimeout: 20_000,
  },
});
