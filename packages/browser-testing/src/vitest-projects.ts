import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * An app's two test projects for one run: unit tests beside the code in src/, and browser journeys in e2e/
 * against the built app.
 */
export const unitAndJourneyProjects: TestProjectInlineConfiguration[] = [
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
];
