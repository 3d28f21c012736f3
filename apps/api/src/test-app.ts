import { afterAll, beforeAll } from 'vitest';
import { type AppDependencies, contentSettingsOf, createApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { createContentStores, type ContentStores } from './content/content-stores.js';
import { authenticateEditor, editor } from './contract/contract-test-app.js';
import { createTestDatabase } from './db/test-databases.js';
import type { Database } from './db/database.js';

// Test support: the whole API over a fresh database of one dialect, plus the stores behind it for arranging data.

/** The app, its stores and its database, for one test file's suite. */
export interface TestApp {
  app: ReturnType<typeof createApp>;
  /** The same app with an editor signed in, for staff routes. */
  staffApp: ReturnType<typeof createApp>;
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
    // The signed-in editor of staff requests exists as a user, as a real session's would.
    const now = new Date().toISOString();
    await test.database.db
      .insertInto('users')
      .values({ id: editor.id, email: 'editor@kraina.test', name: editor.name, role: editor.role, locales_json: '[]', password_hash: null, two_factor_secret: null, disabled: 0, created_at: now, updated_at: now, version: 1 })
      .execute();
    const config = loadConfig({ VALIDATE_RESPONSES: 'true', ...env });
    Object.assign(context, {
      config,
      database: test.database,
      stores: createContentStores(test.database, contentSettingsOf(config)),
      app: createApp(config, { database: test.database, ...extra }),
      staffApp: createApp(config, { database: test.database, authenticate: authenticateEditor, ...extra }),
    });
  });
  afterAll(() => drop());
  return context;
}
