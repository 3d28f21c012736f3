import { type RichText, richTextToPlainText } from '@kraina/core';

const isRichText = (value: unknown): value is RichText => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';

/** A text field's value as a person reads it: a string as it is, rich text as its plain text, anything else as nothing. */
export function fieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRichText(value)) return richTextToPlainText(value);
  return undefined;
}
