import type { Event, StaffEventListQuerySchema, StaffEventPage } from '@kraina/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createStaffList } from '../editorial/staff-list.js';
import { loadEvents } from './event-rows.js';
import { firstStartMsOf } from './event-span.js';

type StaffListQuery = z.output<typeof StaffEventListQuerySchema>;

/** When an event first starts, and the zone of the session that starts then. */
function firstStartOf(event: Event): { firstStartsAt: string; timeZone: string } {
  const starts = event.schedule.map((session) => ({ at: firstStartMsOf(session), timeZone: session.timeZone }));
  const first = starts.reduce((earliest, start) => (start.at < earliest.at ? start : earliest));
  return { firstStartsAt: new Date(first.at).toISOString(), timeZone: first.timeZone };
}

/** Staff reads of events: every workflow state, for the editorial app's lists and dashboard. */
export function createEventStaffQueries(database: Database, settings: ContentSettings) {
  const list = createStaffList(database, settings, {
    kind: 'event',
    titleColumn: 'title',
    loadItems: loadEvents,
    titleOf: (text) => text.title,
    ownFields: (event) => ({ category: event.category, eventStatus: event.eventStatus, ...firstStartOf(event) }),
    ownSorts: { start: sql<string>`x.first_starts_at` },
  });

  return {
    /** One page of events in any state, keyset-paged in the chosen order; `callerId` stands for `author=me`. */
    listForStaff(query: StaffListQuery, callerId: string): Promise<StaffEventPage> {
      return list(query, callerId, query.category === undefined ? [] : [sql`x.category = ${query.category}`]);
    },
  };
}
