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
  /**
   * The library items of every image on the item, by id. Given this, the gallery's images and the body's image
   * nodes are checked too: each needs alt text in the locale, from its placement or the library.
   */
  library?: ReadonlyMap<string, Pick<Media, 'alt' | 'filename'>> | undefined;
  /** The item's gallery, and where it sits (e.g. `#/gallery`). */
  gallery?: readonly ImageRef[] | undefined;
  galleryPointer?: string | undefined;
}

/** The problem with one image's alt text in a locale, or undefined when it describes the image. */
function altProblem(alt: string | undefined, filename: string | undefined, pointer: string, locale: string): FieldIssue | undefined {
  if (alt === undefined || alt.trim() === '') return { pointer, detail: `This image needs alt text in "${locale}" before this locale is published` };
  if (looksLikeFileName(alt, filename)) return { pointer, detail: 'Describe what the image shows; this reads as a file name' };
  return undefined;
}

// Every image besides the lead: a reader who cannot see it gets its alt text, so none may be published without.
function otherImageProblems(candidate: PublishingCandidate, locale: string): FieldIssue[] {
  const { library } = candidate;
  if (library === undefined) return [];
  const problems = (candidate.gallery ?? []).map((image, i) => {
    const media = library.get(image.mediaId);
    return altProblem(image.alt?.[locale] ?? media?.alt[locale], media?.filename, `${candidate.galleryPointer ?? '#/gallery'}/${i}/alt/${locale}`, locale);
  });
  (candidate.body?.content ?? []).forEach((node, i) => {
    if (node.type !== 'image') return;
    const media = library.get(node.attrs.mediaId);
    problems.push(altProblem(node.attrs.alt ?? media?.alt[locale], media?.filename, `${candidate.bodyPointer}/content/${i}/attrs/alt`, locale));
  });
  return problems.filter((issue) => issue !== undefined);
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
    const altIssue = altProblem(image.alt?.[locale] ?? media?.alt[locale], media?.filename, `${imagePointer}/alt/${locale}`, locale);
    if (altIssue !== undefined) issues.push(altIssue);
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
  issues.push(...otherImageProblems(candidate, locale));
  return issues;
}
