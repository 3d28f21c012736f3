import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';

/** The kinds of record whose every save is kept as a revision. */
export const RevisionEntityTypeSchema = z.enum(['article', 'event', 'site', 'section', 'media']).meta({ id: 'RevisionEntityType' });

/** One saved state of a record: who saved it, when, at which version, and the record as it then was. */
export const RevisionSchema = z
  .object({
    id: z.uuid(),
    entityType: RevisionEntityTypeSchema,
    entityId: z.uuid(),
    version: z.int().nonnegative(),
    authorId: z.uuid().nullable(),
    createdAt: TimestampSchema,
    // Restoring is a save like any other; this says which revision it came from.
    restoredFrom: z.uuid().nullable(),
    snapshot: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Revision' });
/** One saved state of a record. */
export type Revision = z.infer<typeof RevisionSchema>;
