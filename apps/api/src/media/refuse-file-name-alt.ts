import { AppError, type FieldIssue, type LocalizedString, looksLikeFileName } from '@kraina/core';

/**
 * Refuses alt text that reads as a file name (`IMG_0042.jpg`, or the file's own name) in any locale, naming each
 * as `#/body/alt/<locale>`: a screen reader reading out a file name tells its listener nothing.
 */
export function refuseFileNameAlt(alt: LocalizedString | undefined, filename: string): void {
  const issues: FieldIssue[] = Object.entries(alt ?? {}).flatMap(([locale, text]) =>
    text !== undefined && looksLikeFileName(text, filename) ? [{ pointer: `#/body/alt/${locale}`, detail: 'Describe what the image shows; this reads as a file name' }] : [],
  );
  if (issues.length > 0) throw new AppError('invalid-input', 'Alt text must describe the image', { issues });
}
