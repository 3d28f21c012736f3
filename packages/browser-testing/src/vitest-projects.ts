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
      // A journey takes up to 15 s here on two idle cores; a CI machine twice as slow must not fail it on time alone.
      // A hung journey still fails, after a minute and a half.
      testTimeout: 90_000,
      hookTimeout: 120_000,
    },
  },
];
