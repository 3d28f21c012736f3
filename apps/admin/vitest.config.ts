import { unitAndJourneyProjects } from '@kraina/browser-testing/vitest-projects';
import { defineConfig } from 'vitest/config';

// Two projects in one run: unit tests beside the code, and browser journeys against the built app. Only the
// journeys start the real API (its demo load takes the longest), so unit runs stay quick.
export default defineConfig({
  test: {
    // scripts/test.mjs reads the JSON report to list what failed at the end of `npm test`.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: unitAndJourneyProjects.map((project) =>
      project.test?.name === 'e2e' ? { ...project, test: { ...project.test, globalSetup: ['./test-support/global-setup.ts'] } } : project,
    ),
  },
});
