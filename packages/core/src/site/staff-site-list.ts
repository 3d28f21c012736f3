import { z } from 'zod';
import { labelShape, staffListQuerySchema, staffListSorts, staffSummarySchema } from '../content/staff-list.js';
import { cursorPage } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';
import { SiteKindSchema } from './site-kinds.js';
import { SiteTextSchema } from './site.js';

/** The orders the editorial place list can take: those of every editorial list. */
export const StaffSiteSortSchema = z.enum(staffListSorts).meta({ id: 'StaffSiteSort' });
/** An order of the editorial place list. */
export type StaffSiteSort = z.infer<typeof StaffSiteSortSchema>;

/** Filters, search, order and paging for the editorial place list, which holds places in every state. */
export const StaffSiteListQuerySchema = staffListQuerySchema({
  kind: SiteKindSchema.optional(),
  region: SlugSchema.optional(),
  sort: StaffSiteSortSchema.default('updated-desc'),
}).meta({ id: 'StaffSiteListQuery' });
/** Filters, search, order and paging for the editorial place list. */
export type StaffSiteListQuery = z.input<typeof StaffSiteListQuerySchema>;

/** One row of the editorial place list: the workflow fields, the name in the asked locale, its kind and region. */
export const StaffSiteSummarySchema = staffSummarySchema({
  kind: SiteKindSchema,
  region: SlugSchema,
  ...labelShape('name', SiteTextSchema.shape.name),
}).meta({ id: 'StaffSiteSummary' });
/** One row of the editorial place list. */
export type StaffSiteSummary = z.infer<typeof StaffSiteSummarySchema>;

/** A page of the editorial place list. */
export const StaffSitePageSchema = cursorPage(StaffSiteSummarySchema).meta({ id: 'StaffSitePage' });
/** A page of the editorial place list. */
export type StaffSitePage = z.infer<typeof StaffSitePageSchema>;
