import { z } from 'zod';

/** An instant as ISO 8601 with an offset, e.g. `2026-05-12T09:30:00Z` or `2026-05-12T12:30:00+03:00`. */
export const TimestampSchema = z.iso.datetime({ offset: true }).meta({ id: 'Timestamp' });
/** An ISO 8601 instant. */
export type Timestamp = z.infer<typeof TimestampSchema>;
