import { z } from 'zod';
import { ExternalUrlSchema, RelatedSchema, TagsSchema, atLeastOneLocale } from '../content/content-fields.js';
import { TimestampSchema } from '../content/timestamp.js';
import { LocaleSchema } from '../locale/locale.js';
import { LocalizedStringSchema } from '../locale/localized.js';
import { ImageRefSchema } from '../media/media.js';
import { RichTextSchema } from '../rich-text/rich-text.js';
import { SlugSchema } from '../slug/slug.js';
import { TranslationStatusSchema } from '../translation/translation-status.js';
import { WithdrawalSchema } from '../workflow/withdrawal.js';
import { WorkflowStatusSchema } from '../workflow/workflow-status.js';
import { EventScheduleSchema } from './event-schedule.js';

/** What kind of event it is, for the calendar's filters. */
export const EventCategorySchema = z
  .enum(['festival', 'exhibition', 'concert', 'theatre', 'cinema', 'sport', 'forum', 'conference', 'fair', 'holiday', 'other'])
  .meta({ id: 'EventCategory' });
/** An event category. */
export type EventCategory = z.infer<typeof EventCategorySchema>;

/** Whether the event goes ahead as planned; distinct from the editorial workflow status of its page. */
export const EventStatusSchema = z
  .enum(['scheduled', 'cancelled', 'postponed', 'moved-online'])
  .meta({ id: 'EventStatus' });
/** Whether an event goes ahead (schema.org's `eventStatus`). */
export type EventStatus = z.infer<typeof EventStatusSchema>;

/** What a ticket costs: free, or a range in a currency, with a note ("children under 7 free"). */
export const PriceSchema = z
  .strictObject({
    isFree: z.boolean(),
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 code such as BYN').default('BYN'),
    note: LocalizedStringSchema.optional(),
  })
  .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, { path: ['max'], message: 'Must not be less than min' })
  .meta({ id: 'Price' });
/** A ticket price. */
export type Price = z.infer<typeof PriceSchema>;

/** What a writer or translator sends for one locale of an event. */
export const EventTextInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().max(1000).optional(),
  description: RichTextSchema,
  slug: SlugSchema.optional(),
});

/** One locale of an event as the API returns it, with that locale's own publish state. */
export const EventTextSchema = EventTextInputSchema.extend({ status: WorkflowStatusSchema }).meta({ id: 'EventText' });
/** One locale of an event. */
export type EventText = z.infer<typeof EventTextSchema>;

/** An event in the calendar, as the API returns it. */
export const EventSchema = z
  .object({
    id: z.uuid(),
    slug: SlugSchema,
    category: EventCategorySchema,
    status: WorkflowStatusSchema,
    eventStatus: EventStatusSchema,
    // Why it was cancelled or postponed, or where it moved online; shown prominently on the page.
    statusNote: LocalizedStringSchema,
    translations: z.record(LocaleSchema, EventTextSchema),
    schedule: EventScheduleSchema,
    organiser: LocalizedStringSchema,
    price: PriceSchema.nullable(),
    ticketUrl: ExternalUrlSchema.nullable(),
    image: ImageRefSchema.nullable(),
    tags: TagsSchema,
    related: RelatedSchema,
    publishAt: TimestampSchema.nullable(),
    // Staff answers only: when the published event comes down by itself (a take-down time is not the public's).
    unpublishAt: TimestampSchema.nullable().optional(),
    firstPublishedAt: TimestampSchema.nullable(),
    // Set while the event is withdrawn: unpublished for good, its page saying when and why.
    withdrawal: WithdrawalSchema.optional(),
    // Staff reads by id only: who saved its first version, whose own work it is (an author may submit their own).
    authorId: z.uuid().nullable().optional(),
    // Staff answers only: per locale, which translated fields lag behind a changed source text.
    translationStatus: TranslationStatusSchema.optional(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.int().nonnegative(),
  })
  .meta({ id: 'Event' });
/** An event in the calendar. */
export type Event = z.infer<typeof EventSchema>;

const eventInputShape = {
  slug: SlugSchema,
  category: EventCategorySchema,
  eventStatus: EventStatusSchema,
  statusNote: LocalizedStringSchema,
  translations: atLeastOneLocale(z.record(LocaleSchema, EventTextInputSchema)),
  schedule: EventScheduleSchema,
  organiser: LocalizedStringSchema,
  price: PriceSchema.nullable(),
  ticketUrl: ExternalUrlSchema.nullable(),
  image: ImageRefSchema.nullable(),
  tags: TagsSchema,
  related: RelatedSchema,
};

/** What staff send to create an event; without a slug, one is made from the title. */
export const CreateEventInputSchema = z
  .strictObject({
    ...eventInputShape,
    slug: eventInputShape.slug.optional(),
    eventStatus: eventInputShape.eventStatus.default('scheduled'),
    statusNote: eventInputShape.statusNote.default({}),
    organiser: eventInputShape.organiser.default({}),
    price: eventInputShape.price.default(null),
    ticketUrl: eventInputShape.ticketUrl.default(null),
    image: eventInputShape.image.default(null),
    tags: eventInputShape.tags.default([]),
    related: eventInputShape.related.default({ articles: [], events: [], sites: [] }),
  })
  .meta({ id: 'CreateEventInput' });
/** What staff send to create an event. */
export type CreateEventInput = z.input<typeof CreateEventInputSchema>;

/** What staff send to change an event: any subset of fields. */
export const UpdateEventInputSchema = z
  .strictObject(eventInputShape)
  .partial()
  .extend({ version: z.int().nonnegative().optional().describe('The version this edit is based on, if not sent as If-Match') })
  .meta({ id: 'UpdateEventInput' });
/** What staff send to change an event. */
export type UpdateEventInput = z.input<typeof UpdateEventInputSchema>;
