import { z } from 'zod';

/**
 * The version of everything readers can see: a number that grows with every change to published content,
 * sections, site alerts or redirects, and stays put for draft work. A site that keeps the API's answers polls it
 * and drops what it keeps when the number changes (a restored backup may even make it smaller).
 */
export const ContentVersionSchema = z
  .object({ version: z.int().nonnegative().describe('Changes whenever what readers see changes; compare for equality only') })
  .meta({ id: 'ContentVersion' });
/** The version of everything readers can see. */
export type ContentVersion = z.infer<typeof ContentVersionSchema>;
