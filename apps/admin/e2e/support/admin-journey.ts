import { type RunningServer, collectPageErrors, launchChromium } from '@kraina/browser-testing';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { type StaffAccount, signInThroughPage } from './staff-accounts.js';
import { startAdmin } from './start-admin.js';

/** How a journey's browser contexts are made: Playwright's own options, plus a time limit for each step. */
export interface JourneyContextOptions extends BrowserContextOptions {
  /** Each step's time limit, so a step that cannot happen fails with its locator named, well before the test's own. */
  stepTimeoutMs?: number;
}

/** A page in a fresh browser context, with the errors it reports as broken. */
export interface JourneyPage {
  page: Page;
  errors: string[];
  context: BrowserContext;
}

/** The running admin app and browser one file's journeys share; fields are filled once its beforeAll has run. */
export interface AdminJourney {
  readonly apiUrl: string;
  /** The admin server's address, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly browser: Browser;
  newPage(options?: JourneyContextOptions): Promise<JourneyPage>;
  /** Opens `path` as a stranger, is sent to sign-in, and signs in there as `account`, landing back on `path`. */
  signedInPage(account: Pick<StaffAccount, 'email' | 'password'>, path: string, options?: JourneyContextOptions): Promise<{ page: Page; errors: string[] }>;
}

// axe is injected as an inline script, which the app's CSP rightly refuses; a file that checks the CSP itself turns
// this off for the pages that need it.
const defaultContextOptions: JourneyContextOptions = { bypassCSP: true };

/**
 * Starts the built admin app against the journeys' API and a Chromium for one `describeInBrowser` block, and stops
 * both after it. Call it first in the block, so a file's own beforeAll (more staff, a second app) runs after it.
 * `defaults` merge over `bypassCSP: true` for every context the block opens, e.g. `{ timezoneId: 'Europe/Berlin' }`.
 * `adminEnv` adds settings of the admin server, read when it starts: a block whose settings name a server of its own
 * (the public site, for previews) starts that in a beforeAll declared before this call.
 */
export function useAdminJourney(defaults: JourneyContextOptions = {}, adminEnv: () => Record<string, string> = () => ({})): AdminJourney {
  let apiUrl: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  // Closed after the block rather than by each test, so a failing test leaves no browser context behind.
  const contexts: BrowserContext[] = [];

  // Read while the describe block is being declared, nothing is running yet: say so rather than hand out undefined.
  function started<T>(value: T | undefined, name: string): T {
    if (value === undefined) throw new Error(`The admin journey's ${name} is there only once its beforeAll has run: read it in a hook or a test.`);
    return value;
  }

  beforeAll(async () => {
    apiUrl = inject('apiUrl');
    server = await startAdmin(apiUrl, adminEnv());
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newPage(options: JourneyContextOptions = {}): Promise<JourneyPage> {
    const { stepTimeoutMs, ...contextOptions } = { ...defaultContextOptions, ...defaults, ...options };
    const context = await started(browser, 'browser').newContext(contextOptions);
    contexts.push(context);
    if (stepTimeoutMs !== undefined) context.setDefaultTimeout(stepTimeoutMs);
    const page = await context.newPage();
    return { page, errors: collectPageErrors(page), context };
  }

  return {
    get apiUrl() {
      return started(apiUrl, 'apiUrl');
    },
    get url() {
      return started(server, 'admin server').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    newPage,
    async signedInPage(account, path, options) {
      const { page, errors } = await newPage(options);
      await page.goto(`${started(server, 'admin server').url}${path}`);
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await signInThroughPage(page, account);
      return { page, errors };
    },
  };
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The page errors a journey did not provoke on purpose. Chromium logs each non-2xx fetch as a console error
 * ("… status of 401 (Unauthorized) http://…/api/v1/auth/session"); those with one of `statuses`, for an address
 * containing `under` (the API by default; '' for any), are expected refusals and are left out.
 */
export function unexpectedErrors(errors: readonly string[], statuses: readonly number[], under = '/api/v1/'): string[] {
  const expectedRefusal = new RegExp(`status of (${statuses.join('|')}) .*${escapeForRegExp(under)}`);
  return errors.filter((error) => !expectedRefusal.test(error));
}
