import type { FieldIssue } from '../errors/app-error.js';
import type { ImageRef, Media } from '../media/media.js';
import { type RichText, findHeadingSkips } from '../rich-text/rich-text.js';

/** What publishing one locale of an item looks at: its lead image (as placed, and the library item) and its body. */
export interface PublishingCandidate {
  /** The lead photo as placed on the item: its own alt, caption and credit override the library's. */
  image: ImageRef | null;
  /** Where the image sits in the item, e.g. `#/leadImage` for an article or `#/image` for a place. */
  imagePointer: string;
  /** The media library item the image shows, when found; its alt, caption and credit are the defaults. */
  media?: Pick<Media, 'alt' | 'caption' | 'credit' | 'filename'> | undefined;
  /** The body in the locale being published, and where it sits (e.g. `#/translations/be/body`). */
  body?: RichText | undefined;
  bodyPointer: string;
}

// Camera and phone names (IMG_0042, DSC01234, PXL_20240501_…), or anything ending in an image extension.
const fileNameLike = [/\.(jpe?g|png|gif|webp|avif|tiff?|heic|bmp|svg)$/i, /^(img|dsc|dscn|dscf|pxl|dcim|photo|image|screenshot|scan)[\s_-]*\d/i, /^[\w-]*\d{4,}[\w-]*$/];

/** Whether alt text reads as a file name rather than a description of the image. */
export function looksLikeFileName(alt: string, filename?: string): boolean {
  const text = alt.trim();
  if (filename !== undefined && text.toLowerCase() === filename.trim().toLowerCase()) return true;
  return fileNameLike.some((pattern) => pattern.test(text));
}

/**
 * Why one locale of an item may not be published yet, each reason naming its field: the lead image needs alt text
 * in that locale that describes it (not a file name), a lead photo needs a caption in that locale and a credit, and
 * the body's headings may not skip levels. An empty list means it may be published.
 */
export function publishingProblems(candidate: PublishingCandidate, locale: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { image, imagePointer, media } = candidate;
  if (image !== null) {
    const alt = image.alt?.[locale] ?? media?.alt[locale];
    if (alt === undefined || alt.trim() === '') {
      issues.push({ pointer: `${imagePointer}/alt/${locale}`, detail: `The lead image needs alt text in "${locale}" before this locale is published` });
    } else if (looksLikeFileName(alt, media?.filename)) {
      issues.push({ pointer: `${imagePointer}/alt/${locale}`, detail: 'Describe what the image shows; this reads as a file name' });
    }
    const caption = image.caption?.[locale] ?? media?.caption[locale];
    if (caption === undefined || caption.trim() === '') {
      issues.push({ pointer: `${imagePointer}/caption/${locale}`, detail: `The lead photo needs a caption in "${locale}"` });
    }
    const credit = image.credit ?? media?.credit ?? undefined;
    if (credit === undefined || credit.trim() === '') issues.push({ pointer: `${imagePointer}/credit`, detail: 'The lead photo needs a credit' });
  }
  for (const skip of candidate.body ? findHeadingSkips(candidate.body) : []) {
    issues.push({
      pointer: `${candidate.bodyPointer}/content/${skip.index}/attrs/level`,
      detail: `A level-${skip.level} heading follows level ${skip.previousLevel}; use level ${skip.previousLevel + 1}`,
    });
  }
  return issues;
}
