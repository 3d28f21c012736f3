import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchQuerySchema, type SearchPage } from '@kraina/core';
import { contentSettingsOf } from '../app.js';
import { loadConfig } from '../config.js';
import { createContentStores } from '../content/content-stores.js';
import type { Database } from '../db/database.js';
import { loadDemo } from '../demo/load-demo.js';
import { createLocalMediaStorage } from '../media/media-storage.js';
import { createMediaStore } from '../media/media-store.js';
import { createRedirectStore } from '../redirect/redirect-store.js';
import { createUserStore } from '../user/user-store.js';
import { writeExport } from './export-records.js';
import { writeFileWhole } from './line-files.js';
import { writeBackup } from './write-backup.js';

// Test support for the backup suites: a portal worth backing up, and the two things compared after a restore.

/** The settings every backup suite runs with. */
export const backupTestSettings = contentSettingsOf(loadConfig({ LOG_LEVEL: 'silent' }));

/** A new folder for one suite's files. */
export function backupTestFolder(): string {
  return mkdtempSync(join(tmpdir(), 'kraina-backup-'));
}

/** Loads the demo portal, plus an account (with a password hash) and a redirect, which the demo has none of. */
export async function loadBackupTestPortal(database: Database, mediaDir: string): Promise<void> {
  await loadDemo(createContentStores(database, backupTestSettings), createMediaStore(database, mediaDir), new Date('2026-05-20T09:00:00Z'));
  await createUserStore(database).create({ email: 'desk@kraina.test', name: 'Desk', role: 'editor', locales: ['be'], password: 'a long enough password' });
  await createRedirectStore(database).create({ from: '/old/news', to: '/news' });
}

/** The SHA-256 of a database's export. */
export async function exportChecksum(database: Database): Promise<string> {
  const hash = createHash('sha256');
  await writeExport(database, createLocalMediaStorage(backupTestFolder()), (text) => {
    hash.update(text);
    return Promise.resolve();
  });
  return hash.digest('hex');
}

/** Writes a backup of a database to a file in `folder`; resolves to its path. */
export async function backupTo(database: Database, folder: string, name = 'portal.backup.jsonl'): Promise<string> {
  const path = join(folder, name);
  await writeFileWhole(path, 0o600, (write) => writeBackup(database, write, { now: new Date('2026-05-21T10:00:00Z') }));
  return path;
}

/** What a few searches find, in order, with their scores rounded (the engines' float sums differ in the last bits). */
export async function searchHits(database: Database): Promise<string[]> {
  const search = createContentStores(database, backupTestSettings).search;
  const pages: SearchPage[] = [];
  for (const [q, locale] of [['Mir castle', 'be'], ['Мірскі', 'be'], ['Minsk', 'en'], ['театр', 'ru']] as const) {
    pages.push(await search.search(SearchQuerySchema.parse({ q, limit: 50 }), locale));
  }
  return pages.flatMap((page, i) => page.items.map((hit) => `${i} ${hit.type} ${hit.id} ${hit.servedLocale} ${hit.score.toFixed(6)}`));
}
