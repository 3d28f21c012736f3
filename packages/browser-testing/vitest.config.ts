import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // scripts/test.mjs reads the JSON report to list what failed at the end of `npm test`.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    include: ['src/**/*.test.ts'],
    // Starting Chromium on a loaded CI machine takes seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
