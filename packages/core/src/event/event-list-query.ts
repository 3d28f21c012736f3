import { z } from 'zod';
import { MonthQueryShape } from '../calendar/day-counts.js';
import { TimestampSchema } from '../content/timestamp.js';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';
import { EventCategorySchema, EventSchema, EventStatusSchema } from './event.js';
import { OccurrenceSchema } from './expand-occurrences.js';

/** Filters for the events calendar; recurring events are expanded into occurrences within `from`–`to`. */
export const EventListQuerySchema = z
  .strictObject({
    from: TimestampSchema.optional(),
    to: TimestampSchema.optional(),
    category: EventCategorySchema.optional(),
    city: z.string().trim().min(1).max(200).optional(),
    region: SlugSchema.optional(),
    // A place's id rather than its slug: slugs are per locale and may change, the id of a venue never does.
    venue: z.uuid().optional().describe('Only sessions held at this place (a Site id)'),
    eventStatus: EventStatusSchema.optional(),
    locale: LocaleSchema.optional(),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: 'Must be after "from"',
  })
  .meta({ id: 'EventListQuery' });
/** Filters for the events calendar. */
export type EventListQuery = z.input<typeof EventListQuerySchema>;

/** An event as a reader sees it: the record, and which locale was served after fallback. */
export const EventViewSchema = EventSchema.extend({ servedLocale: LocaleSchema }).meta({ id: 'EventView' });
/** An event with the locale that was served. */
export type EventView = z.infer<typeof EventViewSchema>;

/** One occurrence of an event in the calendar, with the event it belongs to. */
export const EventOccurrenceSchema = OccurrenceSchema.extend({ event: EventViewSchema }).meta({ id: 'EventOccurrence' });
/** One occurrence of an event in the calendar. */
export type EventOccurrence = z.infer<typeof EventOccurrenceSchema>;

/** A page of the events calendar: occurrences in time order. */
export const EventOccurrencePageSchema = cursorPage(EventOccurrenceSchema).meta({ id: 'EventOccurrencePage' });
/** A page of the events calendar. */
export type EventOccurrencePage = z.infer<typeof EventOccurrencePageSchema>;

/** Which month to count events in, for the calendar widget. */
export const EventDayCountsQuerySchema = z
  .strictObject({ ...MonthQueryShape, category: EventCategorySchema.optional(), locale: LocaleSchema.optional() })
  .meta({ id: 'EventDayCountsQuery' });
/** Which month to count events in. */
export type EventDayCountsQuery = z.input<typeof EventDayCountsQuerySchema>;
