import { unitAndJourneyProjects } from '@kraina/browser-testing/vitest-projects';
import { defineConfig } from 'vitest/config';

// Two projects in one run: unit tests beside the code, and browser journeys against the built server. Both read
// content from a real API, built from apps/api and started once for the run by the global setup.
export default defineConfig({
  test: {
    globalSetup: ['./test-support/global-setup.ts'],
    // Loading the demo portal into the API takes tens of seconds before the first test can run.
    hookTimeout: 150_000,
    projects: unitAndJourneyProjects,
  },
});
