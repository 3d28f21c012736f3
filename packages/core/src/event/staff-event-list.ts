import { z } from 'zod';
import { daysInRange } from '../calendar/editorial-calendar.js';
import { LocalDateSchema, isLocalDate } from '../calendar/local-date.js';
import { labelShape, staffListQuerySchema, staffListSorts, staffSummarySchema } from '../content/staff-list.js';
import { TimestampSchema } from '../content/timestamp.js';
import { cursorPage } from '../pagination/page.js';
import { TimeZoneSchema } from './event-schedule.js';
import { EventCategorySchema, EventStatusSchema, EventTextSchema } from './event.js';

/** The orders the editorial event list can take: those of every editorial list, and by first start. */
export const StaffEventSortSchema = z.enum([...staffListSorts, 'start-asc', 'start-desc']).meta({ id: 'StaffEventSort' });
/** An order of the editorial event list. */
export type StaffEventSort = z.infer<typeof StaffEventSortSchema>;

/** Filters, search, order and paging for the editorial event list, which holds events in every state. */
export const StaffEventListQuerySchema = staffListQuerySchema({
  category: EventCategorySchema.optional(),
  from: LocalDateSchema.optional().describe('Only events taking place on this day or later, counted in the portal’s zone'),
  to: LocalDateSchema.optional().describe('Only events taking place on this day or earlier, counted in the portal’s zone'),
  sort: StaffEventSortSchema.default('updated-desc'),
})
  .superRefine((query, ctx) => {
    // A day that does not exist is already refused by its own field.
    if (query.from === undefined || query.to === undefined || !isLocalDate(query.from) || !isLocalDate(query.to)) return;
    if (daysInRange(query.from, query.to) < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before "from"' });
  })
  .meta({ id: 'StaffEventListQuery' });
/** Filters, search, order and paging for the editorial event list. */
export type StaffEventListQuery = z.input<typeof StaffEventListQuerySchema>;

/** One row of the editorial event list: the workflow fields, the title in the asked locale, and when it first starts. */
export const StaffEventSummarySchema = staffSummarySchema({
  category: EventCategorySchema,
  eventStatus: EventStatusSchema,
  ...labelShape('title', EventTextSchema.shape.title),
  firstStartsAt: TimestampSchema.describe('When the earliest occurrence starts'),
  timeZone: TimeZoneSchema.describe('The zone of the session that starts first'),
}).meta({ id: 'StaffEventSummary' });
/** One row of the editorial event list. */
export type StaffEventSummary = z.infer<typeof StaffEventSummarySchema>;

/** A page of the editorial event list. */
export const StaffEventPageSchema = cursorPage(StaffEventSummarySchema).meta({ id: 'StaffEventPage' });
/** A page of the editorial event list. */
export type StaffEventPage = z.infer<typeof StaffEventPageSchema>;
