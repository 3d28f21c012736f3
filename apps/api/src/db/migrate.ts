import { type Migration, Migrator, sql } from 'kysely';
import type { Database, Dialect } from './database.js';
import * as initial from './migrations/0001-initial.js';
import * as readIndexes from './migrations/0002-read-indexes.js';
import * as eventOccurrences from './migrations/0003-event-occurrences.js';
import * as searchScopes from './migrations/0004-search-scopes.js';
import * as accountsAndSessions from './migrations/0005-accounts-and-sessions.js';
import * as auditLog from './migrations/0007-audit-log.js';
import * as importSources from './migrations/0008-import-sources.js';
import * as withdrawal from './migrations/0009-withdrawal.js';
import * as translationSources from './migrations/0010-translation-sources.js';
import * as twoFactorAndPasswordResets from './migrations/0011-two-factor-and-password-resets.js';
import * as mediaLibrary from './migrations/0012-media-library.js';
import * as siteAlerts from './migrations/0013-site-alerts.js';
import * as contentVersion from './migrations/0014-content-version.js';
import * as importRuns from './migrations/0015-import-runs.js';
import * as auditTargets from './migrations/0016-audit-targets.js';
import * as scheduledUnpublish from './migrations/0017-scheduled-unpublish.js';

interface KrainaMigration {
  up(db: Parameters<Migration['up']>[0], dialect: Dialect): Promise<void>;
}

// In order; a name, once released, never changes, since databases record which names they have run.
const migrations: Record<string, KrainaMigration> = {
  '0001-initial': initial,
  '0002-read-indexes': readIndexes,
  '0003-event-occurrences': eventOccurrences,
  '0004-search-scopes': searchScopes,
  '0005-accounts-and-sessions': accountsAndSessions,
  '0007-audit-log': auditLog,
  '0008-import-sources': importSources,
  '0009-withdrawal': withdrawal,
  '0010-translation-sources': translationSources,
  '0011-two-factor-and-password-resets': twoFactorAndPasswordResets,
  '0012-media-library': mediaLibrary,
  '0013-site-alerts': siteAlerts,
  '0014-content-version': contentVersion,
  '0015-import-runs': importRuns,
  '0016-audit-targets': auditTargets,
  '0017-scheduled-unpublish': scheduledUnpublish,
};

/** The migrations this build knows, by name, in order. */
export const knownMigrations = Object.keys(migrations);

async function appliedMigrations(database: Database): Promise<string[]> {
  try {
    const table = database.schema === undefined ? sql`kysely_migration` : sql`${sql.id(database.schema)}.kysely_migration`;
    const rows = await sql<{ name: string }>`select name from ${table} order by name`.execute(database.db);
    return rows.rows.map((row) => row.name);
  } catch {
    return []; // a new, empty database
  }
}

/**
 * Brings the schema up to date, inside a lock so that several processes starting at once migrate once.
 * Refuses a database that a newer Kraina has migrated: running old code on a new schema loses data quietly.
 */
export async function migrate(database: Database): Promise<{ applied: string[] }> {
  const unknown = (await appliedMigrations(database)).filter((name) => !knownMigrations.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `The database was migrated by a newer Kraina (it has ${unknown.join(', ')}); upgrade Kraina before starting it.`,
    );
  }
  const migrator = new Migrator({
    db: database.db,
    // Look for the bookkeeping tables in this database's own schema only; otherwise PostgreSQL's search of every
    // schema can find another schema's table (two test suites migrating at once) and skip creating its own.
    ...(database.schema === undefined ? {} : { migrationTableSchema: database.schema }),
    provider: {
      getMigrations: () =>
        Promise.resolve(
          Object.fromEntries(
            Object.entries(migrations).map(([name, m]) => [name, { up: (db) => m.up(db, database.dialect) } satisfies Migration]),
          ),
        ),
    },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('A migration failed', { cause: error });
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** The migrations this build knows that the database has not run yet; throws when the database cannot be read. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const table = database.schema === undefined ? sql`kysely_migration` : sql`${sql.id(database.schema)}.kysely_migration`;
  const rows = await sql<{ name: string }>`select name from ${table}`.execute(database.db);
  const applied = new Set(rows.rows.map((row) => row.name));
  return knownMigrations.filter((name) => !applied.has(name));
}
