import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './test/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests wait for conditions, never for time: these limits only stop a hung test, and are wide
    // because the 2-core machines are often busy (a CLI test that takes 3 s alone took 56 s at load 26).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    reporters: ['default', new SummaryReporter()],
  },
});
