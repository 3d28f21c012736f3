import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';

// A path on this site: starts with one "/", no scheme or host, so a redirect can never send readers elsewhere.
const SitePathSchema = z
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
