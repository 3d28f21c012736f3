import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // scripts/test.mjs reads the JSON report to list what failed at the end of `npm test`.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    include: ['src/**/*.test.ts'],
    // Integration suites talk to real databases; on a loaded 2-core machine a suite can take seconds, and a
    // timed-out test would keep writing in the background and disturb the next one.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
