import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';

/** How an import run ended: every record in (`ok`), some refused (`partial`), or the run itself stopped (`failed`). */
export const ImportRunStatusSchema = z.enum(['ok', 'partial', 'failed']).meta({ id: 'ImportRunStatus' });
/** How an import run ended. */
export type ImportRunStatus = z.infer<typeof ImportRunStatusSchema>;

/** The kind of file an import read: a news feed (RSS or Atom), an iCalendar file, or GeoJSON places. */
export const ImportSourceTypeSchema = z.enum(['feed', 'icalendar', 'geojson']).meta({ id: 'ImportSourceType' });
/** The kind of file an import read. */
export type ImportSourceType = z.infer<typeof ImportSourceTypeSchema>;

/** The most error lines one import run keeps; the count says how many records were refused in all. */
export const maxImportRunErrors = 50;

/** One record an import refused: which record (its line or position in the source), and why. */
export const ImportRunErrorSchema = z
  .object({
    item: z.string().describe('The record, as the source places it: "line 14", "item 3", "feature 7"'),
    detail: z.string(),
  })
  .meta({ id: 'ImportRunError' });
/** One record an import refused. */
export type ImportRunError = z.infer<typeof ImportRunErrorSchema>;

/** One run of `kraina import`, as the dashboard shows it. */
export const ImportRunSchema = z
  .object({
    id: z.uuid(),
    sourceType: ImportSourceTypeSchema,
    source: z.string().describe('The file or URL as given, with any password and query string taken out'),
    startedAt: TimestampSchema,
    finishedAt: TimestampSchema.nullable().describe('Null when the run never finished: the process stopped during it'),
    status: ImportRunStatusSchema,
    created: z.int().nonnegative(),
    updated: z.int().nonnegative(),
    skipped: z.int().nonnegative().describe('Records refused and left out, each with an error line (up to 50)'),
    failed: z.int().nonnegative().describe('Records not reached because the run stopped'),
    errors: z.array(ImportRunErrorSchema).max(maxImportRunErrors),
  })
  .meta({ id: 'ImportRun' });
/** One run of `kraina import`. */
export type ImportRun = z.infer<typeof ImportRunSchema>;

/** Filters and paging of the import runs, newest first. */
export const ImportRunListQuerySchema = z
  .strictObject({
    status: ImportRunStatusSchema.optional(),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .meta({ id: 'ImportRunListQuery' });
/** Filters and paging of the import runs. */
export type ImportRunListQuery = z.input<typeof ImportRunListQuerySchema>;

/** A page of import runs, newest first. */
export const ImportRunPageSchema = cursorPage(ImportRunSchema).meta({ id: 'ImportRunPage' });
/** A page of import runs. */
export type ImportRunPage = z.infer<typeof ImportRunPageSchema>;
