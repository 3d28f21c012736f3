import { type RunningServer, launchChromium, startBuiltServer } from '@kraina/browser-testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The built site and a Chromium to read it with, as one suite sees them once its `beforeAll` has run. */
export interface SiteUnderTest {
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Starts the built site against the run's demo API and launches Chromium before a suite's tests, and stops both
 * after them. Every journey in e2e/ begins the same way, so the way lives here once.
 */
export function useSiteInBrowser(env: Record<string, string> = {}): SiteUnderTest {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startBuiltServer({
      distDir: new URL('../../dist/', import.meta.url),
      workspace: '@kraina/web',
      env: { API_URL: inject('apiUrl'), ...env },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not started: use it inside a test, after beforeAll`);
    return value;
  };
  return {
    get url() {
      return started(server, 'site').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
