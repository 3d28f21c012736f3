import { unitAndJourneyProjects } from '@kraina/browser-testing/vitest-projects';
import { defineConfig } from 'vitest/config';

// Two projects in one run: unit tests beside the code, and browser journeys against the built server. Both read
// content from a real API, built from apps/api and started once for the run by the global setup.
export default defineConfig({
  test: {
    // scripts/test.mjs reads the JSON report to list what failed at the end of `npm test`.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    globalSetup: ['./test-support/global-setup.ts'],
    // Loading the demo portal into the API takes tens of seconds before the first test can run.
    hookTimeout: 150_000,
    // Unit tests here read from that real API too; on a slow CI machine some take tens of seconds.
    testTimeout: 60_000,
    projects: unitAndJourneyProjects,
  },
});
