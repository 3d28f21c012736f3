import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ArticleSchema,
  EventSchema,
  MediaSchema,
  RedirectSchema,
  SearchQuerySchema,
  SectionSchema,
  SiteSchema,
  UserSchema,
  richTextFromParagraphs,
} from '@kraina/core';
import type { z } from 'zod';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContentStores } from '../content/content-stores.js';
import type { Database } from '../db/database.js';
import { knownMigrations } from '../db/migrate.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createLocalMediaStorage } from '../media/media-storage.js';
import { backupTestFolder, backupTestSettings, backupTo, exportChecksum, loadBackupTestPortal, searchHits } from './backup-test-kit.js';
import { writeExport } from './export-records.js';
import { BackupFileError, RestoreRefusedError } from './restore-errors.js';
import { restoreBackup } from './restore-backup.js';

describeEachDatabase('backup and restore', (dialect) => {
  const folder = backupTestFolder();
  const made: (() => Promise<void>)[] = [];
  let source: Database;
  let backupPath: string;
  let sourceChecksum: string;

  async function emptyDatabase(): Promise<Database> {
    const test = await createTestDatabase(dialect);
    made.push(test.drop);
    return test.database;
  }

  async function articleCount(database: Database): Promise<number> {
    const row = await database.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  beforeAll(async () => {
    source = await emptyDatabase();
    await loadBackupTestPortal(source, join(folder, 'media'));
    sourceChecksum = await exportChecksum(source);
    backupPath = await backupTo(source, folder);
  }, 240_000);
  afterAll(async () => {
    for (const drop of made) await drop();
  });

  it('restores into an empty database whose export has the same SHA-256 as the original', async () => {
    const target = await emptyDatabase();
    const progress: string[] = [];
    const summary = await restoreBackup(target, backupPath, { onProgress: (line) => progress.push(line) });
    expect(summary.rows).toBeGreaterThan(500);
    expect(await exportChecksum(target)).toBe(sourceChecksum);
    const hits = await searchHits(source);
    expect(hits.length).toBeGreaterThan(5);
    expect(await searchHits(target)).toEqual(hits);
    expect(progress.join('\n')).toMatch(/Restoring \d+ rows[\s\S]*articles: \d+ rows[\s\S]*Rebuilding/);
  }, 120_000);

  it('rebuilds the stored occurrences of events, and the portal goes on working: a new article is published and found', async () => {
    const target = await emptyDatabase();
    await restoreBackup(target, backupPath);
    const occurrences = async (database: Database) => Number((await database.db.selectFrom('event_occurrences').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await occurrences(target)).toBeGreaterThan(0);
    expect(await occurrences(target)).toBeGreaterThanOrEqual(await occurrences(source));
    // On PostgreSQL the search documents' sequence must have moved past the restored ids for this to insert.
    const stores = createContentStores(target, backupTestSettings);
    const [section] = await stores.sections.list();
    const article = await stores.articles.create({ section: section?.slug ?? '', translations: { en: { headline: 'Zubrovka quarterly report', body: richTextFromParagraphs(['Figures.']) } } });
    await stores.articles.changeWorkflow(article.id, { status: 'published', locales: { en: 'published' } });
    const found = await stores.search.search(SearchQuerySchema.parse({ q: 'Zubrovka' }), 'en');
    expect(found.items.map((hit) => hit.id)).toEqual([article.id]);
  }, 120_000);

  it('exports every record in its API shape, sorted by type and then id, and accounts without secrets', async () => {
    let text = '';
    await writeExport(source, createLocalMediaStorage(folder), (line) => {
      text += line;
      return Promise.resolve();
    });
    const records = text.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string; data: { id: string } });
    const schemas: Record<string, z.ZodType> = { article: ArticleSchema, event: EventSchema, media: MediaSchema, redirect: RedirectSchema, section: SectionSchema, site: SiteSchema, user: UserSchema };
    for (const record of records) expect(schemas[record.type]?.safeParse(record.data).success, `${record.type} ${record.data.id}`).toBe(true);
    const keys = records.map((r) => `${r.type} ${r.data.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(Object.keys(schemas)));
    const user = records.find((r) => r.type === 'user')?.data;
    expect(Object.keys(user ?? {}).sort()).toEqual(['createdAt', 'disabled', 'email', 'id', 'locales', 'name', 'role', 'twoFactorEnabled', 'updatedAt', 'version']);
  });

  it('writes the file readable by its owner only, a header first and an end line last', () => {
    expect(statSync(backupPath).mode & 0o777).toBe(0o600);
    const lines = readFileSync(backupPath, 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(header).toMatchObject({ kind: 'kraina-backup', format: 1, dialect, migrations: knownMigrations, createdAt: '2026-05-21T10:00:00.000Z' });
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ end: true });
    const tables = lines.flatMap((line) => {
      const value = JSON.parse(line) as { columns?: unknown; table?: string };
      return value.columns === undefined ? [] : [value.table];
    });
    // Parents before children; derived data and bookkeeping left out.
    expect(tables.indexOf('sections')).toBeLessThan(tables.indexOf('articles'));
    expect(tables.indexOf('users')).toBeLessThan(tables.indexOf('sessions'));
    expect(tables).toContain('search_documents');
    for (const left of ['event_occurrences', 'kysely_migration', 'search_fts', 'search_fts_data']) expect(tables).not.toContain(left);
  });

  it('backs up and restores a table it was never told of, with flags, bytes and rows naming each other', async () => {
    const later = async (database: Database) => {
      const bytes = dialect === 'postgres' ? sql`bytea` : sql`blob`;
      await sql`create table later_notes (id text primary key, parent_id text references later_notes (id), pinned boolean not null, thumbnail ${bytes}, weight double precision, body_json text)`.execute(database.db);
    };
    const from = await emptyDatabase();
    await later(from);
    // The child sorts before its parent by key, so only a parents-first restore satisfies the foreign key.
    await sql`insert into later_notes values ('a-child', 'b-parent', ${dialect === 'postgres' ? true : 1}, ${Buffer.from([0, 255, 10, 13])}, 0.1, '{"en":"x\\ny"}'),
      ('b-parent', null, ${dialect === 'postgres' ? false : 0}, null, 53.9, '[]')`.execute(from.db);
    const path = await backupTo(from, folder, 'later.backup.jsonl');
    expect(readFileSync(path, 'utf8')).toContain('{"table":"later_notes","row":{"id":"a-child","parent_id":"b-parent","pinned":true,"thumbnail":"AP8KDQ==","weight":0.1,"body_json":"{\\"en\\":\\"x\\\\ny\\"}"}}');
    const to = await emptyDatabase();
    await later(to);
    await restoreBackup(to, path);
    const rows = await sql<{ id: string; pinned: unknown; thumbnail: Buffer | null; weight: number }>`select id, pinned, thumbnail, weight from later_notes order by id`.execute(to.db);
    expect(rows.rows.map((r) => [r.id, Boolean(r.pinned), r.thumbnail?.toString('hex') ?? null, r.weight])).toEqual([
      ['a-child', true, '00ff0a0d', 0.1],
      ['b-parent', false, null, 53.9],
    ]);
  });

  it('refuses a database that already holds content, changing nothing', async () => {
    const before = await articleCount(source);
    await expect(restoreBackup(source, backupPath)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(source, backupPath)).rejects.toThrow(/already holds rows \(in .*articles/);
    expect(await articleCount(source)).toBe(before);
  });

  it('refuses a backup made by a newer Kraina, changing nothing', async () => {
    const lines = readFileSync(backupPath, 'utf8').split('\n');
    const header = JSON.parse(lines[0] ?? '') as { migrations: string[] };
    header.migrations.push('9999-from-the-future');
    const path = join(folder, 'newer.backup.jsonl');
    writeFileSync(path, [JSON.stringify(header), ...lines.slice(1)].join('\n'));
    const target = await emptyDatabase();
    await expect(restoreBackup(target, path)).rejects.toThrow(/newer Kraina .*9999-from-the-future/);
    expect(await articleCount(target)).toBe(0);
  });

  it('reports a malformed line by its number and restores nothing', async () => {
    const lines = readFileSync(backupPath, 'utf8').split('\n');
    // Well past the sections and users, so a restore that wrote as it read would already have written rows.
    const bad = lines.findLastIndex((line) => line.startsWith('{"table":"articles","row":')) + 1;
    const path = join(folder, 'malformed.backup.jsonl');
    writeFileSync(path, lines.map((line, i) => (i + 1 === bad ? line.slice(0, 40) : line)).join('\n'));
    const target = await emptyDatabase();
    const error = await restoreBackup(target, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFileError);
    expect(error).toMatchObject({ line: bad, message: 'not a line of JSON' });
    expect(await articleCount(target)).toBe(0);
    const sections = await target.db.selectFrom('sections').select('id').execute();
    expect(sections).toEqual([]);
  });

  it('refuses a file cut short, and a row whose columns differ from its table line, naming the line', async () => {
    const lines = readFileSync(backupPath, 'utf8').trimEnd().split('\n');
    const short = join(folder, 'short.backup.jsonl');
    writeFileSync(short, `${lines.slice(0, -1).join('\n')}\n`);
    const target = await emptyDatabase();
    await expect(restoreBackup(target, short)).rejects.toThrow(/cut short/);
    const row = lines.findIndex((line) => line.startsWith('{"table":"redirects","row":'));
    const changed = join(folder, 'changed.backup.jsonl');
    writeFileSync(changed, lines.map((line, i) => (i === row ? line.replace('"from_path":', '"from":') : line)).join('\n'));
    await expect(restoreBackup(target, changed)).rejects.toMatchObject({ line: row + 1, message: expect.stringMatching(/not those of table redirects/) as unknown });
    expect(await articleCount(target)).toBe(0);
  });
});
