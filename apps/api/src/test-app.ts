import { afterAll, beforeAll } from 'vitest';
import { type AppDependencies, contentSettingsOf, createApp } from './app.js';
import { type SignedIn, asSignedIn, signInAs } from './auth/test-staff.js';
import { type Config, loadConfig } from './config.js';
import { createContentStores, type ContentStores } from './content/content-stores.js';
import { createTestDatabase } from './db/test-databases.js';
import type { Database } from './db/database.js';

// Test support: the whole API over a fresh database of one dialect, plus the stores behind it for arranging data.

/** The app, its stores and its database, for one test file's suite. */
export interface TestApp {
  app: ReturnType<typeof createApp>;
  /** The same app as an editor's browser calls it, signed in for real: session cookie and CSRF token on every request. */
  staffApp: ReturnType<typeof createApp>;
  /** The editor `staffApp` is signed in as. */
  editor: SignedIn;
  stores: ContentStores;
  database: Database;
  config: Config;
}

/** Builds the API over a new database before the suite and drops it after; read the result inside tests. */
export function useTestApp(dialect: 'sqlite' | 'postgres', env: Record<string, string> = {}, extra: Partial<AppDependencies> = {}): TestApp {
  const context = {} as TestApp;
  let drop: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    const test = await createTestDatabase(dialect);
    drop = test.drop;
    const config = loadConfig({ VALIDATE_RESPONSES: 'true', ...env });
    const app = createApp(config, { database: test.database, ...extra });
    const editor = await signInAs(app, test.database, 'editor', 'editor@kraina.test');
    Object.assign(context, {
      config,
      database: test.database,
      stores: createContentStores(test.database, contentSettingsOf(config)),
      app,
      staffApp: asSignedIn(app, editor),
      editor,
    });
  });
  afterAll(() => drop());
  return context;
}
