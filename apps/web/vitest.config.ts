import { unitAndJourneyProjects } from '@kraina/browser-testing/vitest-projects';
import { defineConfig } from 'vitest/config';

// Two projects in one run: unit tests beside the code, and browser journeys against the built server.
export default defineConfig({ test: { projects: unitAndJourneyProjects } });
