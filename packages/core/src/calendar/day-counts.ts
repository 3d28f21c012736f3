import { z } from 'zod';

/** A month to count in, as query parameters: `?year=2026&month=5`. */
export const MonthQueryShape = {
  year: z.coerce.number().int().min(1900).max(2200),
  month: z.coerce.number().int().min(1).max(12),
};

/** How many items fall on each day of a month, keyed by `YYYY-MM-DD`; days with none are absent. */
export const DayCountsSchema = z
  .object({
    year: z.int(),
    month: z.int().min(1).max(12),
    days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.int().positive()),
  })
  .meta({ id: 'DayCounts' });
/** Per-day counts for one month, behind the calendar widget. */
export type DayCounts = z.infer<typeof DayCountsSchema>;
