import { z } from 'zod';
import { ArticleSchema } from '../article/article.js';
import { TimestampSchema } from '../content/timestamp.js';
import { EventSchema } from '../event/event.js';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';
import { SiteSchema } from '../site/site.js';

/**
 * One difference between two saved states of an item, at a JSON pointer into the item (`#/translations/en/headline`,
 * `#/translations/en/body/content/3` for a block of a body). Values are given as text to read: strings as they are,
 * numbers and booleans as JSON writes them, a body's block as its plain text; `null` is a field set to null, and an
 * absent `before` or `after` means the value was added or removed. The revisions themselves hold the typed values.
 */
export const RevisionChangeSchema = z
  .object({
    pointer: z.string(),
    kind: z.enum(['added', 'removed', 'changed']),
    before: z.string().nullable().optional(),
    after: z.string().nullable().optional(),
  })
  .meta({ id: 'RevisionChange' });
/** One difference between two saved states of an item. */
export type RevisionChange = z.infer<typeof RevisionChangeSchema>;

/** What changed in a save, by name: the item's own fields, and per locale the fields of its text. */
export const ChangedFieldsSchema = z
  .object({
    changedFields: z.array(z.string()).describe('Fields of the item itself, such as section or tags'),
    changedTranslations: z.record(LocaleSchema, z.array(z.string())).describe('Per locale, the fields of its text, such as headline or status'),
  })
  .meta({ id: 'ChangedFields' });
/** What changed in a save, by name. */
export type ChangedFields = z.infer<typeof ChangedFieldsSchema>;

const revisionFacts = {
  id: z.uuid(),
  version: z.int().nonnegative(),
  authorId: z.uuid().nullable(),
  // The author's name as the account has it now; null when the account is gone or the save was not a person's.
  authorName: z.string().nullable(),
  createdAt: TimestampSchema,
  // Restoring is a save like any other; this says which revision it brought back.
  restoredFrom: z.uuid().nullable(),
};

/** One entry of an item's history: who saved which version when, and what changed since the revision before it. */
export const RevisionSummarySchema = z
  .object({ ...revisionFacts, ...ChangedFieldsSchema.shape })
  .meta({ id: 'RevisionSummary' });
/** One entry of an item's history. */
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** Which page of an item's history to read, newest first. */
export const RevisionListQuerySchema = z
  .strictObject({ cursor: CursorSchema.optional(), limit: PageSizeSchema })
  .meta({ id: 'RevisionListQuery' });
/** Which page of an item's history to read. */
export type RevisionListQuery = z.input<typeof RevisionListQuerySchema>;

/** A page of an item's history, newest first. */
export const RevisionPageSchema = cursorPage(RevisionSummarySchema).meta({ id: 'RevisionPage' });
/** A page of an item's history. */
export type RevisionPage = z.infer<typeof RevisionPageSchema>;

/** A saved state of an article: the article exactly as it was saved. */
export const ArticleRevisionSchema = z.object({ ...revisionFacts, snapshot: ArticleSchema }).meta({ id: 'ArticleRevision' });
/** A saved state of an article. */
export type ArticleRevision = z.infer<typeof ArticleRevisionSchema>;
/** A saved state of an event: the event exactly as it was saved. */
export const EventRevisionSchema = z.object({ ...revisionFacts, snapshot: EventSchema }).meta({ id: 'EventRevision' });
/** A saved state of an event. */
export type EventRevision = z.infer<typeof EventRevisionSchema>;
/** A saved state of a place: the place exactly as it was saved. */
export const SiteRevisionSchema = z.object({ ...revisionFacts, snapshot: SiteSchema }).meta({ id: 'SiteRevision' });
/** A saved state of a place. */
export type SiteRevision = z.infer<typeof SiteRevisionSchema>;

/** The two revisions of one item to compare; `to` may be the older one, which shows the change undone. */
export const RevisionDiffQuerySchema = z.strictObject({ from: z.uuid(), to: z.uuid() }).meta({ id: 'RevisionDiffQuery' });
/** The two revisions to compare. */
export type RevisionDiffQuery = z.input<typeof RevisionDiffQuerySchema>;

const revisionRef = z.object({ id: z.uuid(), version: z.int().nonnegative(), createdAt: TimestampSchema });

/** What differs between two revisions of an item, field by field, bodies block by block. */
export const RevisionDiffSchema = z
  .object({ from: revisionRef, to: revisionRef, changes: z.array(RevisionChangeSchema) })
  .meta({ id: 'RevisionDiff' });
/** What differs between two revisions of an item. */
export type RevisionDiff = z.infer<typeof RevisionDiffSchema>;

/** What restoring a revision sends: only the version it is based on, unless sent as If-Match. */
export const RestoreRevisionInputSchema = z
  .strictObject({ version: z.int().nonnegative().optional().describe('The version the item is at, if not sent as If-Match') })
  .meta({ id: 'RestoreRevisionInput' });
/** What restoring a revision sends. */
export type RestoreRevisionInput = z.input<typeof RestoreRevisionInputSchema>;
