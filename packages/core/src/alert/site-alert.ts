import { z } from 'zod';
import { ExternalUrlSchema, atLeastOneLocale } from '../content/content-fields.js';
import { TimestampSchema } from '../content/timestamp.js';
import { LocalizedStringSchema } from '../locale/localized.js';
import { SitePathSchema } from '../redirect/redirect.js';

/** How loudly the banner speaks: an emergency (danger to people), a warning, a holiday notice, or information. */
export const AlertLevelSchema = z.enum(['emergency', 'warning', 'holiday', 'info']).meta({ id: 'AlertLevel' });
/** How loudly a site alert speaks. */
export type AlertLevel = z.infer<typeof AlertLevelSchema>;

/** A site-wide banner that staff schedule: shown on every page of the public site between its start and end. */
export const SiteAlertSchema = z
  .object({
    id: z.uuid(),
    level: AlertLevelSchema,
    message: LocalizedStringSchema,
    // Where to read more: a page of the portal, or an official site elsewhere.
    link: z.union([SitePathSchema, ExternalUrlSchema]).nullable(),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema.nullable(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.int().nonnegative(),
  })
  .meta({ id: 'SiteAlert' });
/** A scheduled site-wide banner. */
export type SiteAlert = z.infer<typeof SiteAlertSchema>;

const alertInputShape = {
  level: AlertLevelSchema,
  message: atLeastOneLocale(LocalizedStringSchema),
  link: z.union([SitePathSchema, ExternalUrlSchema]).nullable(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema.nullable(),
};

const endsAfterStart = (alert: { startsAt?: string | undefined; endsAt?: string | null | undefined }) =>
  alert.startsAt === undefined || alert.endsAt === undefined || alert.endsAt === null || Date.parse(alert.endsAt) > Date.parse(alert.startsAt);

/** What staff send to schedule a banner; without `endsAt` it stays until removed or ended. */
export const CreateSiteAlertInputSchema = z
  .strictObject({ ...alertInputShape, link: alertInputShape.link.default(null), endsAt: alertInputShape.endsAt.default(null) })
  .refine(endsAfterStart, { path: ['endsAt'], message: 'Must be after startsAt' })
  .meta({ id: 'CreateSiteAlertInput' });
/** What staff send to schedule a banner. */
export type CreateSiteAlertInput = z.input<typeof CreateSiteAlertInputSchema>;

/** What staff send to change a banner: any of its fields, at the version they saw. */
export const UpdateSiteAlertInputSchema = z
  .strictObject(alertInputShape)
  .partial()
  .extend({ version: z.int().nonnegative().optional().describe('The version this edit is based on, if not sent as If-Match') })
  .refine(endsAfterStart, { path: ['endsAt'], message: 'Must be after startsAt' })
  .meta({ id: 'UpdateSiteAlertInput' });
/** What staff send to change a banner. */
export type UpdateSiteAlertInput = z.input<typeof UpdateSiteAlertInputSchema>;

/** Banners, soonest start first. */
export const SiteAlertListSchema = z.object({ items: z.array(SiteAlertSchema) }).meta({ id: 'SiteAlertList' });
/** A list of banners. */
export type SiteAlertList = z.infer<typeof SiteAlertListSchema>;

/** Whether a banner shows at `instant`: it has started and not yet ended. */
export function isAlertShowing(alert: Pick<SiteAlert, 'startsAt' | 'endsAt'>, instant: Date): boolean {
  const now = instant.getTime();
  return Date.parse(alert.startsAt) <= now && (alert.endsAt === null || Date.parse(alert.endsAt) > now);
}
