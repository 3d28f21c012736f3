import { z } from 'zod';
import { atLeastOneLocale } from '../content/content-fields.js';
import { TimestampSchema } from '../content/timestamp.js';
import { LocalizedStringSchema } from '../locale/localized.js';

// A withdrawn item (GOV.UK's word) is taken out of every list, search, calendar and download, but its page stays,
// saying when and why, so a link in an old post or a printout still explains what happened to it.

/** What an editor gives when unpublishing an item for good: why, per locale, and which item replaces it, if any. */
export const WithdrawalInputSchema = z
  .strictObject({
    reason: atLeastOneLocale(LocalizedStringSchema).describe('Why it was withdrawn, shown on its page'),
    replacedBy: z.uuid().optional().describe('Another item of the same kind; once it is published, the old address redirects to it'),
  })
  .meta({ id: 'WithdrawalInput' });
/** What an editor gives when withdrawing an item. */
export type WithdrawalInput = z.input<typeof WithdrawalInputSchema>;

/** When and why an item was withdrawn; staff also see which item replaces it, readers only the notice. */
export const WithdrawalSchema = z
  .object({
    at: TimestampSchema,
    reason: LocalizedStringSchema,
    replacedBy: z.uuid().optional(),
  })
  .meta({ id: 'Withdrawal' });
/** When and why an item was withdrawn. */
export type Withdrawal = z.infer<typeof WithdrawalSchema>;
