import type { TestProject } from 'vitest/node';
import type { RunningApi } from '@kraina/browser-testing';
import { startSiteDemoApi } from './start-demo-api.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo API every test of the site reads from, e.g. `http://127.0.0.1:40123`. */
    apiUrl: string;
  }
}

// Both test projects (unit and e2e) run this setup; one API serves them both, started by whichever asks first
// and stopped when the last is done, since loading the demo twice would double the slowest step of the run.
const shared = globalThis as typeof globalThis & { krainaWebApi?: { api: Promise<RunningApi>; users: number } };

/** Starts the demo API for the run and hands its address to the tests through `inject('apiUrl')`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.krainaWebApi ??= { api: startSiteDemoApi(), users: 0 };
  const holder = shared.krainaWebApi;
  holder.users += 1;
  const api = await holder.api;
  project.provide('apiUrl', api.url);
  return async () => {
    holder.users -= 1;
    if (holder.users > 0) return;
    shared.krainaWebApi = undefined;
    await api.stop();
  };
}
