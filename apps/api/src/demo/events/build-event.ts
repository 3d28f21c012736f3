import type {
  Coordinates,
  CreateEventInput,
  EventCategory,
  EventSessionInput,
  EventStatus,
  Locale,
  LocalizedString,
  WorkflowStatus,
} from '@kraina/core';
import type { Temporal } from 'temporal-polyfill';
import { type DemoCalendar, type DemoRun, at, plus, ymd } from '../demo-calendar.js';
import { demoId } from '../demo-ids.js';
import { type IllustrationDraft, illustrate } from '../demo-media.js';
import { type TownKey, towns } from '../demo-places.js';
import { type DemoBlock, toRichText } from '../demo-rich-text.js';
import type { DemoEvent, DemoLinks, DemoMedia } from '../demo-types.js';

/** One locale of a demo event. */
export interface EventCopy {
  title: string;
  summary: string;
  description: DemoBlock[];
}

/** Where a session happens: a catalogued place by slug, a free address, or a stream. */
export type DemoVenue = { site: string } | { address: LocalizedString; coordinates?: Coordinates } | { online: string };

/** One session as the data files write it: its times, its town (city and region follow), and its venue. */
export type SessionDraft = Omit<EventSessionInput, 'venue' | 'city' | 'region' | 'timeZone'> & { town: TownKey; venue?: DemoVenue };

/** A demo event as the data files write it; `sessions` receives the calendar so every date follows the demo's `now`. */
export interface EventDraft {
  slug: string;
  category: EventCategory;
  eventStatus?: EventStatus;
  statusNote?: LocalizedString;
  sessions: (calendar: DemoCalendar) => SessionDraft[];
  organiser?: LocalizedString;
  price?: CreateEventInput['price'];
  ticketUrl?: string;
  image: IllustrationDraft;
  tags: string[];
  en: EventCopy;
  ru?: EventCopy;
  be?: EventCopy;
  /** Published unless named here. */
  workflow?: Exclude<WorkflowStatus, 'published'>;
  draftLocales?: Locale[];
  links?: Partial<DemoLinks>;
}

/** Whole days from `first`, `count` days long: an all-day session's times. */
export const days = (first: Temporal.PlainDate, count: number) => ({
  allDay: true,
  start: ymd(first),
  end: ymd(plus(first, count - 1)),
});

/** A run of whole days, such as an annual festival: an all-day session's times. */
export const onDays = (run: DemoRun) => ({ allDay: true, start: ymd(run.start), end: ymd(run.last) });

/** A timed session on one day; an end earlier than the start is after midnight, as on Museum Night. */
export const timed = (day: Temporal.PlainDate, from: string, to: string) => ({
  start: at(day, from),
  end: at(to < from ? plus(day, 1) : day, to),
});

/** A ticket price in Belarusian roubles. */
export const roubles = (min: number, max?: number) => ({ isFree: false, min, ...(max === undefined ? {} : { max }), currency: 'BYN' });

/** Free entry. */
export const free = { isFree: true };

/** A demo event ready for the seeder, and the media item its picture needs. */
export function buildEvent(draft: EventDraft, calendar: DemoCalendar): { event: DemoEvent; media: DemoMedia } {
  const status: WorkflowStatus = draft.workflow ?? 'published';
  const { media, ref } = illustrate('event', draft.slug, draft.image, 'image/jpeg');
  const sessions = draft.sessions(calendar);
  const schedule = sessions.map(({ town, venue, ...times }): EventSessionInput => {
    const place = towns[town];
    return { ...times, city: place.name, region: place.region, ...(venue ? { venue: toVenue(venue) } : {}) };
  });
  const translations: CreateEventInput['translations'] = {};
  const translationStatus: Partial<Record<Locale, WorkflowStatus>> = {};
  for (const [locale, copy] of Object.entries({ en: draft.en, ru: draft.ru, be: draft.be })) {
    if (!copy) continue;
    translations[locale] = { title: copy.title, summary: copy.summary, description: toRichText(copy.description) };
    translationStatus[locale] = draft.draftLocales?.includes(locale) ? 'draft' : status;
  }
  const links: DemoLinks = { articles: [], events: [], sites: [], ...draft.links };
  return {
    media,
    event: {
      id: demoId('event', draft.slug),
      input: {
        slug: draft.slug,
        category: draft.category,
        eventStatus: draft.eventStatus ?? 'scheduled',
        statusNote: draft.statusNote ?? {},
        translations,
        schedule,
        organiser: draft.organiser ?? {},
        price: draft.price ?? null,
        ticketUrl: draft.ticketUrl ?? null,
        image: ref,
        tags: draft.tags,
        related: {
          articles: links.articles.map((slug) => demoId('article', slug)),
          events: links.events.map((slug) => demoId('event', slug)),
          sites: links.sites.map((slug) => demoId('site', slug)),
        },
      },
      workflow: {
        status,
        publishAt: null,
        // Listed in the calendar a few weeks ago, as events are announced ahead.
        firstPublishedAt: status === 'published' ? calendar.instant(21, '10:00') : null,
      },
      translationStatus,
      links,
      venueSiteSlugs: sessions.map(({ venue }) => (venue && 'site' in venue ? venue.site : null)),
    },
  };
}

function toVenue(venue: DemoVenue): NonNullable<EventSessionInput['venue']> {
  if ('site' in venue) return { type: 'site', siteId: demoId('site', venue.site) };
  if ('online' in venue) return { type: 'online', url: venue.online };
  return { type: 'address', address: venue.address, ...(venue.coordinates ? { coordinates: venue.coordinates } : {}) };
}
