import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { LocaleSchema } from '../locale/locale.js';
import { WorkflowStatusSchema } from '../workflow/workflow-status.js';
import { LocalDateSchema, isLocalDate } from './local-date.js';

/** The most days one editorial calendar request covers: six weeks, the most a month grid shows. */
export const maxEditorialCalendarDays = 42;

/** Whole days from `from` to `to`, both counted: 1 for a single day, 0 or less when `to` comes first. */
export function daysInRange(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'day' }).days + 1;
}

/**
 * The days an editorial calendar shows, both included, counted in the portal's zone, at most six weeks; `locale`
 * chooses the language of the titles (else the portal's default, then the first locale an item has).
 */
export const EditorialCalendarQuerySchema = z
  .strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    locale: LocaleSchema.optional(),
  })
  .superRefine((query, ctx) => {
    // A day that does not exist is already refused by its own field; its range is not measured.
    if (!isLocalDate(query.from) || !isLocalDate(query.to)) return;
    const days = daysInRange(query.from, query.to);
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before "from"' });
    else if (days > maxEditorialCalendarDays) ctx.addIssue({ code: 'custom', path: ['to'], message: `Must be at most ${maxEditorialCalendarDays} days after "from", counting both` });
  })
  .meta({ id: 'EditorialCalendarQuery' });
/** The days an editorial calendar shows. */
export type EditorialCalendarQuery = z.input<typeof EditorialCalendarQuerySchema>;

/**
 * What happens at a calendar item: `publish` an article, event or place goes live at its scheduled time (an embargo
 * lifting), `unpublish` it comes down, `event` an occurrence of a published or scheduled event starts, and
 * `alert-start` / `alert-end` a site alert banner appears or disappears.
 */
export const EditorialCalendarItemTypeSchema = z.enum(['publish', 'unpublish', 'event', 'alert-start', 'alert-end']).meta({ id: 'EditorialCalendarItemType' });
/** What happens at an editorial calendar item. */
export type EditorialCalendarItemType = z.infer<typeof EditorialCalendarItemTypeSchema>;

/** What an editorial calendar item is about: an article, an event, a place or a site alert. */
export const EditorialCalendarContentSchema = z.enum(['article', 'event', 'site', 'alert']).meta({ id: 'EditorialCalendarContent' });
/** What an editorial calendar item is about. */
export type EditorialCalendarContent = z.infer<typeof EditorialCalendarContentSchema>;

/** One thing that happens on a day of the editorial calendar. */
export const EditorialCalendarItemSchema = z
  .object({
    type: EditorialCalendarItemTypeSchema,
    content: EditorialCalendarContentSchema,
    id: z.uuid().describe('The id of the article, event, place or alert'),
    title: z.string().describe('Its title (an alert’s message) in the asked locale, else the first it has'),
    titleLocale: LocaleSchema,
    locales: z.array(LocaleSchema).describe('The locales it concerns: those a publication makes live, an event is shown in, an alert speaks'),
    status: WorkflowStatusSchema.nullable().describe('Its workflow state; null for an alert, which has none'),
    version: z.int().nonnegative().describe('Its version, to send as If-Match when moving it'),
    at: TimestampSchema,
    day: LocalDateSchema.describe('The day `at` falls on in the portal’s zone'),
    movable: z.boolean().describe('Whether the caller may move it to another time: a scheduled publication, or the take-down of a published item, for those who may publish'),
  })
  .meta({ id: 'EditorialCalendarItem' });
/** One thing that happens on a day of the editorial calendar. */
export type EditorialCalendarItem = z.infer<typeof EditorialCalendarItemSchema>;

/** The editorial calendar of a range of days: every item in time order, with the zone its days are counted in. */
export const EditorialCalendarSchema = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    timeZone: z.string().describe('The portal’s zone, in which each item’s day is counted'),
    items: z.array(EditorialCalendarItemSchema),
  })
  .meta({ id: 'EditorialCalendar' });
/** The editorial calendar of a range of days. */
export type EditorialCalendar = z.infer<typeof EditorialCalendarSchema>;
