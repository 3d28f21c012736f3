import { defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { nowIso } from './clock.js';
import { type ContentKind, contentTables } from './content-kind.js';
import type { ContentSettings } from './content-settings.js';
import { type ContentStores, createContentStores } from './content-stores.js';
import { deleteAtVersion, updateAtVersion } from './version-guard.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const kinds: ContentKind[] = ['article', 'event', 'site'];
const description = (title: string) => richTextFromParagraphs([`${title}.`]);

describeEachDatabase('what the content stores do alike', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  let stores: ContentStores;

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    stores = createContentStores(database, settings);
    await stores.sections.create({ slug: 'culture', name: { en: 'Culture' } });
  });
  afterAll(() => drop());

  const storeOf = (kind: ContentKind) => ({ article: stores.articles, event: stores.events, site: stores.sites })[kind];

  // A draft in two locales with a tag and a link; an event's weekly series never ends, so it has stored occurrences
  // and a horizon.
  async function createDraft(kind: ContentKind, title: string) {
    const owned = { tags: ['heritage'], related: { articles: [], events: [], sites: [crypto.randomUUID()] } };
    if (kind === 'article') {
      return stores.articles.create({
        section: 'culture',
        translations: { en: { headline: title, body: description(title) }, ru: { headline: `${title} (ru)`, body: description(title) } },
        ...owned,
      });
    }
    if (kind === 'event') {
      return stores.events.create({
        category: 'festival',
        translations: { en: { title, description: description(title) }, ru: { title: `${title} (ru)`, description: description(title) } },
        schedule: [{ start: '2036-05-03T10:00', end: '2036-05-03T12:00', rrule: 'FREQ=WEEKLY' }],
        ...owned,
      });
    }
    return stores.sites.create({
      kind: 'tourist-site',
      region: 'minsk-region',
      coordinates: { lat: 53.9, lng: 27.56 },
      translations: { en: { name: title, description: description(title) }, ru: { name: `${title} (ru)`, description: description(title) } },
      ...owned,
    });
  }

  async function createPublished(kind: ContentKind, title: string) {
    const draft = await createDraft(kind, title);
    return storeOf(kind).changeWorkflow(draft.id, { status: 'published', publishedAt: '2026-04-01T09:00:00Z', locales: { en: 'published', ru: 'published' } });
  }

  /** How many rows of each kind an item has, wherever they live. */
  async function rowsOf(kind: ContentKind, id: string) {
    const { db } = database;
    const { main, texts, owner } = contentTables[kind];
    const count = async (rows: Promise<unknown[]>) => (await rows).length;
    return {
      item: await count(db.selectFrom(main).select('id').where('id', '=', id).execute()),
      texts: await count(db.selectFrom(texts).select('locale').where(owner, '=', id).execute()),
      tags: await count(db.selectFrom('tags').select('tag').where('owner_type', '=', kind).where('owner_id', '=', id).execute()),
      links: await count(db.selectFrom('related_items').select('target_id').where('owner_type', '=', kind).where('owner_id', '=', id).execute()),
      search: await count(db.selectFrom('search_documents').select('id').where('entity_type', '=', kind).where('entity_id', '=', id).execute()),
      revisions: await count(db.selectFrom('revisions').select('id').where('entity_type', '=', kind).where('entity_id', '=', id).execute()),
      sessions: await count(db.selectFrom('event_sessions').select('position').where('event_id', '=', id).execute()),
      occurrences: await count(db.selectFrom('event_occurrences').select('starts_at').where('event_id', '=', id).execute()),
      horizons: await count(db.selectFrom('event_occurrence_horizons').select('session_index').where('event_id', '=', id).execute()),
      positions: await count(db.selectFrom('article_positions').select('position').where('article_id', '=', id).execute()),
    };
  }

  it.each(kinds)('%s: a guarded save or deletion based on a stale version answers a conflict and changes nothing', async (kind) => {
    const draft = await createDraft(kind, `Stale ${kind}`);
    const moved = await storeOf(kind).changeWorkflow(draft.id, { status: 'in-review' });
    const save = database.db.transaction().execute((trx) => updateAtVersion(trx, kind, draft, { status: 'archived', updated_at: nowIso() }));
    await expect(save).rejects.toMatchObject({ code: 'version-conflict' });
    const removal = database.db.transaction().execute((trx) => deleteAtVersion(trx, kind, draft));
    await expect(removal).rejects.toMatchObject({ code: 'version-conflict' });
    expect(await storeOf(kind).getById(draft.id)).toEqual(moved);
  });

  it.each(kinds)('%s: refuses a deletion based on a stale version and keeps everything', async (kind) => {
    const published = await createPublished(kind, `Kept ${kind}`);
    const before = await rowsOf(kind, published.id);
    await expect(storeOf(kind).delete(published.id, published.version - 1)).rejects.toMatchObject({ code: 'version-conflict' });
    expect(await rowsOf(kind, published.id)).toEqual(before);
  });

  it.each(kinds)('%s: deletes the item with its texts, tags, links, search text and derived rows, and keeps its revisions', async (kind) => {
    const published = await createPublished(kind, `Gone ${kind}`);
    const before = await rowsOf(kind, published.id);
    expect(before).toMatchObject({ item: 1, texts: 2, tags: 1, links: 1, search: 2, revisions: 2 });
    if (kind === 'event') expect(before.occurrences * before.horizons * before.sessions).toBeGreaterThan(0);
    if (kind === 'article') expect(before.positions).toBeGreaterThan(0);
    await storeOf(kind).delete(published.id, published.version);
    expect(await rowsOf(kind, published.id)).toEqual({ ...before, item: 0, texts: 0, tags: 0, links: 0, search: 0, sessions: 0, occurrences: 0, horizons: 0, positions: 0 });
  });

  it.each(kinds)('%s: stores a scheduled publication time in UTC, whatever offset it came with', async (kind) => {
    const draft = await createDraft(kind, `Scheduled ${kind}`);
    const scheduled = await storeOf(kind).changeWorkflow(draft.id, { status: 'scheduled', publishAt: '2035-01-01T03:00:00+03:00', locales: { en: 'scheduled' } });
    expect(scheduled.publishAt).toBe('2035-01-01T00:00:00.000Z');
  });

  // Two saves of one item at once can only interleave on PostgreSQL: SQLite has one writer, and a reader that later
  // writes after another has committed is refused by the engine itself.
  if (dialect === 'postgres') {
    it.each(kinds)('%s: a workflow change or deletion that loses a race to another save answers a conflict and writes nothing', async (kind) => {
      const draft = await createDraft(kind, `Raced ${kind}`);
      const before = await rowsOf(kind, draft.id);
      const workflow = await whileAnotherSaveWaits(kind, draft, () => storeOf(kind).changeWorkflow(draft.id, { status: 'published', locales: { en: 'published' } }));
      expect(workflow).toMatchObject({ code: 'version-conflict' });
      const saved = await storeOf(kind).getById(draft.id);
      expect(saved).toMatchObject({ status: 'draft', version: draft.version + 1, translations: { en: { status: 'draft' } } });
      expect(await rowsOf(kind, draft.id)).toEqual(before);
      const deletion = await whileAnotherSaveWaits(kind, saved ?? draft, () => storeOf(kind).delete(draft.id));
      expect(deletion).toMatchObject({ code: 'version-conflict' });
      expect(await rowsOf(kind, draft.id)).toEqual(before);
    });
  }

  /**
   * Saves `item` in a transaction that commits only once `contender` (started meanwhile, so it reads the version
   * before that save) waits for its row lock, or has ended without waiting; answers what it threw, or 'done'.
   */
  async function whileAnotherSaveWaits(kind: ContentKind, item: { id: string; slug: string; version: number }, contender: () => Promise<unknown>): Promise<unknown> {
    const { outcome } = await database.db.transaction().execute(async (other) => {
      await updateAtVersion(other, kind, item, { updated_at: nowIso() });
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(other);
      const pid = rows[0]?.pid;
      let settled = false;
      const started = contender().then(
        () => 'done',
        (error: unknown) => error,
      );
      void started.finally(() => (settled = true));
      let waiting = false;
      while (!waiting && !settled) {
        const blocked = await sql<{ pid: number }>`select pid from pg_stat_activity where ${pid} = any(pg_blocking_pids(pid))`.execute(database.db);
        waiting = blocked.rows.length > 0;
      }
      return { outcome: started }; // wrapped, so the transaction commits before the contender's end is awaited
    });
    return outcome;
  }
});
