import type { Kysely } from 'kysely';
import { nowIso } from '../../content/clock.js';
import { storeEveryEventsOccurrences } from '../../event/occurrence-rows.js';
import type { Tables } from '../tables.js';

// The events calendar expanded every candidate series on each request: 2–10 s for a month on the 20,000-event
// benchmark. From here on each event's occurrences are stored when its schedule is saved (event/occurrence-rows.ts
// explains the horizon), and the calendar reads a range by index. The events already saved get theirs now, written
// by the same code as on save, so a migrated database answers exactly as before. That code is this release's (hence
// `Tables`, not `unknown`): a later migration that changes these tables must rebuild their rows itself.

/** Creates the stored occurrences and their horizons, and fills both from the events already saved. */
export async function up(db: Kysely<Tables>): Promise<void> {
  await db.schema
    .createTable('event_occurrences')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('session_index', 'integer', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('start_in_zone', 'text', (c) => c.notNull())
    .addColumn('end_in_zone', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('long_ends_at', 'text')
    .addPrimaryKeyConstraint('event_occurrences_pk', ['event_id', 'session_index', 'starts_at'])
    .execute();
  // A range is read by start, in calendar order; the end and the all-day days ride along so neither the overlap test
  // nor the day counts visit the table.
  await db.schema
    .createIndex('event_occurrences_start')
    .on('event_occurrences')
    .columns(['starts_at', 'event_id', 'session_index', 'ends_at', 'start_date', 'end_date'])
    .execute();
  // The few long occurrences that began before the look-back and still run are found by their end.
  await db.schema
    .createIndex('event_occurrences_long')
    .on('event_occurrences')
    .column('long_ends_at')
    .where('long_ends_at', 'is not', null)
    .execute();

  await db.schema
    .createTable('event_occurrence_horizons')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('session_index', 'integer', (c) => c.notNull())
    .addColumn('stored_until', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_occurrence_horizons_pk', ['event_id', 'session_index'])
    .execute();
  await db.schema.createIndex('event_occurrence_horizons_until').on('event_occurrence_horizons').column('stored_until').execute();

  await storeEveryEventsOccurrences(db, nowIso());
}
