import type { TestProject } from 'vitest/node';
import { startJourneyApi } from './start-demo-api.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo API the journeys sign in to and write through, e.g. `http://127.0.0.1:40123`. */
    apiUrl: string;
    /** That API's DATABASE_URL, for journeys that run the `kraina` command line beside it. */
    apiDatabaseUrl: string;
  }
}

/** Starts the real API (built, over a new SQLite file with the demo portal) for the journeys, and stops it after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const api = await startJourneyApi();
  project.provide('apiUrl', api.url);
  project.provide('apiDatabaseUrl', api.databaseUrl);
  return () => api.stop();
}
