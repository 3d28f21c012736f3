import { z } from 'zod';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';
import { SiteKindSchema } from '../site/site-kinds.js';
import { SlugSchema } from '../slug/slug.js';

/** What a search may return. */
export const SearchTypeSchema = z.enum(['article', 'event', 'site']).meta({ id: 'SearchType' });

/** A search across articles, events and places. */
export const SearchQuerySchema = z
  .strictObject({
    q: z.string().trim().min(1).max(200),
    type: SearchTypeSchema.optional(),
    locale: LocaleSchema.optional(),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .meta({ id: 'SearchQuery' });
/** A search across articles, events and places. */
export type SearchQuery = z.input<typeof SearchQuerySchema>;

/** One search hit; the snippet comes as plain-text parts with matches flagged, never as HTML to trust. */
export const SearchHitSchema = z
  .object({
    type: SearchTypeSchema,
    id: z.uuid(),
    slug: z.string(),
    section: SlugSchema.optional().describe("An article's section, for its address"),
    kind: SiteKindSchema.optional().describe("A place's kind, for its address"),
    title: z.string(),
    servedLocale: LocaleSchema,
    snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
    score: z.number(),
  })
  .meta({ id: 'SearchHit' });
/** One search hit. */
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** A page of search hits, best first. */
export const SearchPageSchema = cursorPage(SearchHitSchema).meta({ id: 'SearchPage' });
/** A page of search hits. */
export type SearchPage = z.infer<typeof SearchPageSchema>;
