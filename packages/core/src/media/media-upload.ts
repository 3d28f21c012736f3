import { z } from 'zod';
import { LocalizedStringSchema } from '../locale/localized.js';

// A form field is text, so the focal point's numbers are read from text; a blank field counts as not sent.
const FormFractionSchema = z.coerce.number().min(0).max(1);

/**
 * The text fields of an upload, sent as `multipart/form-data` beside one binary `file` part: `alt[en]`, `caption[be]`,
 * `credit`, `focalPoint[x]` and `focalPoint[y]`, all optional. What the file is, is decided by its bytes, never by
 * its name or declared type.
 */
export const UploadMediaFieldsSchema = z
  .strictObject({
    alt: LocalizedStringSchema.optional(),
    caption: LocalizedStringSchema.optional(),
    credit: z.string().trim().min(1).max(300).optional(),
    focalPoint: z.strictObject({ x: FormFractionSchema, y: FormFractionSchema }).optional(),
  })
  .meta({ id: 'UploadMediaFields' });
/** The text fields of an upload. */
export type UploadMediaFields = z.input<typeof UploadMediaFieldsSchema>;

/** The name of the form part that carries an upload's file. */
export const mediaFilePart = 'file';
