import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // scripts/test.mjs reads the JSON report to list what failed at the end of `npm test`.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    include: ['src/**/*.test.ts'],
    // Property tests share two cores with every other package's suite under turbo; give them room.
    testTimeout: 30_000,
    typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
