import { z } from 'zod';
import { ArticleSchema } from '../article/article.js';
import { TimestampSchema } from '../content/timestamp.js';
import { EventSchema } from '../event/event.js';
import { SiteSchema } from '../site/site.js';

/** A signed preview token, as it appears in a preview link. */
export const PreviewTokenSchema = z
  .string()
  .min(10)
  .max(1000)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'Must be a preview token from a preview link');

/** A short-lived link to a draft: the token, the public site's path that shows it, and when it stops working. */
export const PreviewLinkSchema = z
  .object({
    token: PreviewTokenSchema,
    path: z.string().describe('The path on the public site that shows the preview, e.g. /preview/{token}'),
    expiresAt: TimestampSchema,
  })
  .meta({ id: 'PreviewLink' });
/** A short-lived link to a draft. */
export type PreviewLink = z.infer<typeof PreviewLinkSchema>;

/** What a preview link opens: the item as staff see it, whatever its state, until the link expires. */
export const PreviewSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('article'), article: ArticleSchema, expiresAt: TimestampSchema }),
    z.object({ kind: z.literal('event'), event: EventSchema, expiresAt: TimestampSchema }),
    z.object({ kind: z.literal('site'), site: SiteSchema, expiresAt: TimestampSchema }),
  ])
  .meta({ id: 'Preview' });
/** What a preview link opens. */
export type Preview = z.infer<typeof PreviewSchema>;
