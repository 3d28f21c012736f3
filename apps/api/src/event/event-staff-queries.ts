import type { Event, StaffEventListQuerySchema, StaffEventPage } from '@kraina/core';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { startOfDayInZone } from '../content/clock.js';
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
    /**
     * One page of events in any state, keyset-paged in the chosen order, optionally those taking place within a range
     * of days; `callerId` stands for `author=me`.
     */
    listForStaff(query: StaffListQuery, callerId: string): Promise<StaffEventPage> {
      return list(query, callerId, [
        ...(query.category === undefined ? [] : [sql`x.category = ${query.category}`]),
        // Events whose span touches the days asked, cut at the portal's midnights; a series that never ends has no end.
        ...(query.from === undefined ? [] : [sql`(x.last_ends_at is null or x.last_ends_at > ${startOfDayInZone(query.from, settings.timeZone)})`]),
        ...(query.to === undefined ? [] : [sql`x.first_starts_at < ${startOfDayInZone(Temporal.PlainDate.from(query.to).add({ days: 1 }).toString(), settings.timeZone)}`]),
      ]);
    },
  };
}
