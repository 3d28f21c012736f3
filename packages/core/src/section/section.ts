import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { atLeastOneLocale } from '../content/content-fields.js';
import { LocalizedStringSchema } from '../locale/localized.js';
import { SlugSchema } from '../slug/slug.js';

/** A news section such as `business`, or `business-news` under it. */
export const SectionSchema = z
  .object({
    id: z.uuid(),
    slug: SlugSchema,
    parentId: z.uuid().nullable(),
    name: LocalizedStringSchema,
    description: LocalizedStringSchema,
    position: z.int().nonnegative(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.int().nonnegative(),
  })
  .meta({ id: 'Section' });
/** A news section. */
export type Section = z.infer<typeof SectionSchema>;

/** What staff send to create a section; the parent is named by slug, as editors know it. */
export const CreateSectionInputSchema = z
  .strictObject({
    slug: SlugSchema,
    parent: SlugSchema.nullable().default(null),
    name: atLeastOneLocale(LocalizedStringSchema),
    description: LocalizedStringSchema.default({}),
    position: z.int().nonnegative().default(0),
  })
  .meta({ id: 'CreateSectionInput' });
/** What staff send to create a section. */
export type CreateSectionInput = z.input<typeof CreateSectionInputSchema>;

/** What staff may change on a section. */
export const UpdateSectionInputSchema = z
  .strictObject({
    slug: SlugSchema,
    parent: SlugSchema.nullable(),
    name: LocalizedStringSchema,
    description: LocalizedStringSchema,
    position: z.int().nonnegative(),
  })
  .partial()
  .meta({ id: 'UpdateSectionInput' });
/** What staff may change on a section. */
export type UpdateSectionInput = z.input<typeof UpdateSectionInputSchema>;

/** A section with its sub-sections, as the tree endpoint returns it. */
export interface SectionNode extends Section {
  children: SectionNode[];
}

/** A section with its sub-sections, recursively. */
export const SectionNodeSchema: z.ZodType<SectionNode> = SectionSchema.extend({
  get children() {
    return z.array(SectionNodeSchema);
  },
}).meta({ id: 'SectionNode' });
