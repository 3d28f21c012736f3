import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';

/** A path on this site: starts with one "/", no scheme or host, so a redirect can never send readers elsewhere. */
export const SitePathSchema = z
  .string()
  .min(1)
  .max(2000)
  .regex(/^\/([^/\s\\#][^\s\\#]*)?$/, 'Must be a path on this site, starting with "/"');

/** An old address that answers 301 with a new one: legacy `…_i_0000043443.html` pages, renamed slugs. */
export const RedirectSchema = z
  .object({
    id: z.uuid(),
    from: SitePathSchema,
    to: SitePathSchema,
    createdAt: TimestampSchema,
    version: z.int().nonnegative(),
  })
  .meta({ id: 'Redirect' });
/** An old address and where it now lives. */
export type Redirect = z.infer<typeof RedirectSchema>;

/** What staff send to create a redirect. */
export const CreateRedirectInputSchema = z
  .strictObject({ from: SitePathSchema, to: SitePathSchema })
  .refine((r) => r.from !== r.to, { path: ['to'], message: 'Must differ from "from"' })
  .meta({ id: 'CreateRedirectInput' });
/** What staff send to create a redirect. */
export type CreateRedirectInput = z.input<typeof CreateRedirectInputSchema>;

/** What staff send to change a redirect: where it comes from or leads, at the version they saw. */
export const UpdateRedirectInputSchema = z
  .strictObject({
    from: SitePathSchema,
    to: SitePathSchema,
    version: z.int().nonnegative().optional().describe('The version this edit is based on, if not sent as If-Match'),
  })
  .partial()
  .meta({ id: 'UpdateRedirectInput' });
/** What staff send to change a redirect. */
export type UpdateRedirectInput = z.input<typeof UpdateRedirectInputSchema>;

/** Staff's list of redirects, newest first, optionally only those whose old or new path contains `q`. */
export const RedirectListQuerySchema = z
  .strictObject({ q: z.string().trim().min(1).max(200).optional(), cursor: CursorSchema.optional(), limit: PageSizeSchema })
  .meta({ id: 'RedirectListQuery' });
/** Staff's list of redirects. */
export type RedirectListQuery = z.input<typeof RedirectListQuerySchema>;

/** A page of redirects. */
export const RedirectPageSchema = cursorPage(RedirectSchema).meta({ id: 'RedirectPage' });
/** A page of redirects. */
export type RedirectPage = z.infer<typeof RedirectPageSchema>;

/** Which old address a visitor asked for, as the public site looks it up. */
export const RedirectLookupQuerySchema = z.strictObject({ path: SitePathSchema }).meta({ id: 'RedirectLookupQuery' });
