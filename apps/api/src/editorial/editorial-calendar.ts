import {
  type EditorialCalendar,
  type EditorialCalendarItem,
  type EditorialCalendarQuerySchema,
  type LocalizedString,
  type Principal,
  type WorkflowStatus,
  expandOccurrences,
  localeChain,
  maxOccurrenceLimit,
  may,
} from '@kraina/core';
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { loadArticles } from '../article/article-rows.js';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import type { ContentSettings } from '../content/content-settings.js';
import { dayInZone, startOfDayInZone, toStoredInstant } from '../content/clock.js';
import type { Database } from '../db/database.js';
import { fromJson } from '../db/json.js';
import { loadEvents } from '../event/event-rows.js';
import { loadSites } from '../site/site-rows.js';

// The editorial calendar (issue 6): what goes live, what takes place and which banners show, day by day in the
// portal's zone. Days are cut at the zone's midnights, so an item lands on the day a reader in Minsk would say,
// whatever the offset that day (DST-safe wherever the portal is configured).

type Query = z.output<typeof EditorialCalendarQuerySchema>;
type Draft = Omit<EditorialCalendarItem, 'day' | 'movable' | 'title' | 'titleLocale'> & { titles: Partial<Record<string, string>> };

interface Titled {
  id: string;
  status: WorkflowStatus;
  version: number;
  publishAt: string | null;
  unpublishAt?: string | null | undefined;
  translations: Partial<Record<string, { status: WorkflowStatus }>>;
}

const localesIn = (item: Titled, states: readonly WorkflowStatus[]) =>
  Object.entries(item.translations).flatMap(([locale, text]) => (text !== undefined && states.includes(text.status) ? [locale] : []));

function titlesOf<T extends Titled>(item: T, titleOf: (text: NonNullable<T['translations'][string]>) => string): Partial<Record<string, string>> {
  return Object.fromEntries(Object.entries(item.translations).flatMap(([locale, text]) => (text === undefined ? [] : [[locale, titleOf(text as NonNullable<T['translations'][string]>)]])));
}

// Moving a publication schedules it again; moving the take-down of a live item publishes it again with the new time.
// A take-down of an item still to be published moves with its publication, in the editor.
const isMovable = (draft: Pick<Draft, 'type' | 'status'>) => draft.type === 'publish' || (draft.type === 'unpublish' && draft.status === 'published');

/** The editorial calendar over one database, in the portal's zone. */
export function createEditorialCalendar({ db }: Database, settings: ContentSettings) {
  const zone = settings.timeZone;

  // Scheduled publications (or take-downs) of one kind whose time falls in the range. A publication concerns the
  // locales scheduled; a take-down those it takes off (or will, for an item still to be published).
  async function publications<T extends Titled>(
    type: 'publish' | 'unpublish',
    kind: ContentKind,
    range: { from: string; to: string },
    load: (database: typeof db, ids: readonly string[]) => Promise<T[]>,
    titleOf: (text: NonNullable<T['translations'][string]>) => string,
  ): Promise<Draft[]> {
    const column = type === 'publish' ? 'publish_at' : 'unpublish_at';
    const rows = await db
      .selectFrom(contentTables[kind].main)
      .select('id')
      .where('status', 'in', type === 'publish' ? ['scheduled'] : ['scheduled', 'published'])
      .where(column, '>=', range.from)
      .where(column, '<', range.to)
      .execute();
    const items = await load(db, rows.map((row) => row.id));
    return items.flatMap((item) => {
      const at = type === 'publish' ? item.publishAt : (item.unpublishAt ?? null);
      if (at === null) return [];
      const concerned = localesIn(item, [item.status === 'published' ? 'published' : 'scheduled']);
      const locales = concerned.length > 0 ? concerned : Object.keys(item.translations);
      return [{ type, content: kind, id: item.id, titles: titlesOf(item, titleOf), locales, status: item.status, version: item.version, at }];
    });
  }

  // Occurrences starting in the range of events readers see or will see at their scheduled time.
  async function occurrences(range: { from: string; to: string }): Promise<Draft[]> {
    const rows = await db
      .selectFrom('events')
      .select('id')
      .where('status', 'in', ['published', 'scheduled'])
      .where('first_starts_at', '<', range.to)
      .where((eb) => eb.or([eb('last_ends_at', 'is', null), eb('last_ends_at', '>=', range.from)]))
      .execute();
    const events = await loadEvents(db, rows.map((row) => row.id));
    return events.flatMap((event) => {
      const locales = localesIn(event, event.status === 'published' ? ['published'] : ['scheduled']);
      return expandOccurrences(event.schedule, range, { limit: maxOccurrenceLimit })
        // Expansion also returns occurrences that began earlier and still run; the calendar shows each on its first day.
        .filter((occurrence) => Date.parse(occurrence.startsAt) >= Date.parse(range.from))
        .map((occurrence): Draft => ({
          type: 'event',
          content: 'event',
          id: event.id,
          titles: titlesOf(event, (text) => text.title),
          locales,
          status: event.status,
          version: event.version,
          at: occurrence.startsAt,
        }));
    });
  }

  // A banner appears at its start and disappears at its end; either may fall in the range without the other.
  async function alerts(range: { from: string; to: string }): Promise<Draft[]> {
    const rows = await db
      .selectFrom('site_alerts')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('starts_at', '>=', range.from), eb('starts_at', '<', range.to)]),
          eb.and([eb('ends_at', '>=', range.from), eb('ends_at', '<', range.to)]),
        ]),
      )
      .execute();
    return rows.flatMap((row) => {
      const titles = fromJson<LocalizedString>(row.message) ?? {};
      const base = { content: 'alert' as const, id: row.id, titles, locales: Object.keys(titles), status: null, version: row.version };
      const marks: [EditorialCalendarItem['type'], string | null][] = [['alert-start', row.starts_at], ['alert-end', row.ends_at]];
      // Stored instants are UTC ISO text, so they compare as text, as the query above did.
      return marks.flatMap(([type, at]) => (at !== null && at >= range.from && at < range.to ? [{ ...base, type, at }] : []));
    });
  }

  return {
    /**
     * Every item of the days asked, in time order. A translator sees only items in the locales assigned to them;
     * a scheduled publication, and the take-down of a live item, are movable by those who may publish.
     */
    async calendarOf(query: Query, principal: Principal): Promise<EditorialCalendar> {
      const range = { from: startOfDayInZone(query.from, zone), to: startOfDayInZone(Temporal.PlainDate.from(query.to).add({ days: 1 }).toString(), zone) };
      const drafts = (
        await Promise.all([
          ...(['publish', 'unpublish'] as const).flatMap((type) => [
            publications(type, 'article', range, loadArticles, (text) => text.headline),
            publications(type, 'event', range, loadEvents, (text) => text.title),
            publications(type, 'site', range, loadSites, (text) => text.name),
          ]),
          occurrences(range),
          alerts(range),
        ])
      ).flat();
      const assigned = principal.kind === 'staff' && principal.role === 'translator' ? principal.locales : undefined;
      const mayPublish = may(principal, 'content:publish');
      const chain = localeChain(query.locale ?? settings.locales.defaultLocale, settings.locales);
      const items = drafts
        .filter((draft) => assigned === undefined || draft.locales.some((locale) => assigned.includes(locale)))
        .map(({ titles, ...draft }): EditorialCalendarItem => {
          const titleLocale = chain.find((locale) => titles[locale] !== undefined) ?? Object.keys(titles)[0] ?? chain[0] ?? '';
          const at = toStoredInstant(draft.at); // occurrences come on the session's clock; every instant leaves in UTC
          return { ...draft, at, title: titles[titleLocale] ?? '', titleLocale, day: dayInZone(at, zone), movable: mayPublish && isMovable(draft) };
        })
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { from: query.from, to: query.to, timeZone: zone, items };
    },
  };
}

/** The editorial calendar's one read. */
export type EditorialCalendarReader = ReturnType<typeof createEditorialCalendar>;
