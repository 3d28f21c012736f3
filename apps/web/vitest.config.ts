import { defineConfig } from 'vitest/config';

// Two projects in one run: unit tests beside the code, and browser journeys against the built server.
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          // Starting Chromium on a loaded CI machine takes seconds, not milliseconds.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
