import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocaleSettings } from '@kraina/core';
import { type ImportCommandOptions, runImportCommand } from '../cli/import-commands.js';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';

// Test support for the import tests: the fixtures, a run of the command with its output kept, and row counts.

/** The settings the import tests run with: English, Russian and Belarusian, days in Minsk. */
export const importSettings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };

/** The path of a fixture file written to its format's specification. */
export function fixture(name: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
}

/** Runs `kraina import …` and keeps what it printed. */
export async function runImport(database: Database, args: readonly string[], options: ImportCommandOptions = {}) {
  const log: string[] = [];
  const errors: string[] = [];
  const code = await runImportCommand(args, options, database, importSettings, { log: (l) => log.push(l), error: (l) => errors.push(l) });
  return { code, log: log.join('\n'), errors: errors.join('\n') };
}

/** How many rows a table holds. */
export async function countRows(database: Database, table: keyof Tables): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The redirects, as from → to. */
export async function redirectsOf(database: Database): Promise<Record<string, string>> {
  const rows = await database.db.selectFrom('redirects').select(['from_path', 'to_path']).orderBy('from_path').execute();
  return Object.fromEntries(rows.map((r) => [r.from_path, r.to_path]));
}
