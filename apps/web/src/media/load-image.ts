import type { KrainaClient, PublicMedia, RichText } from '@kraina/core';
import { loadOrMissing } from '../news/load-or-missing.js';
import type { ImageSource } from './image-sources.js';
import { sitePathOfMediaFile } from './media-file-path.js';

/** What loading an image needs of the site: the cached client. */
export interface ImageLoader {
  api: KrainaClient;
}

/** An image source from the API's public read, its files addressed under this site's `/media/`. */
export function imageSourceOf(media: PublicMedia): ImageSource | undefined {
  const src = sitePathOfMediaFile(media.url);
  if (src === undefined) return undefined;
  const variants = media.variants.flatMap((variant) => {
    const url = sitePathOfMediaFile(variant.url);
    return url === undefined ? [] : [{ ...variant, url }];
  });
  return { src, width: media.width ?? undefined, height: media.height ?? undefined, variants, alt: media.alt, caption: media.caption, credit: media.credit };
}

/**
 * The image a media id shows, with its renditions, size, alt text, caption and credit, read through the site's
 * cached client; undefined when no published content shows it (the API then answers 404), so the page leaves it out.
 * For events, places and any page module: `const image = await loadImage(site, ref.mediaId)`.
 */
export async function loadImage(site: ImageLoader, mediaId: string): Promise<ImageSource | undefined> {
  const media = await loadOrMissing(site.api.getPublicMedia({ params: { id: mediaId } }));
  return media && imageSourceOf(media);
}

/** Several images at once, by id; ids the API does not vouch for are absent from the map. */
export async function loadImages(site: ImageLoader, mediaIds: Iterable<string>): Promise<ReadonlyMap<string, ImageSource>> {
  const ids = [...new Set(mediaIds)];
  const found = await Promise.all(ids.map(async (id) => [id, await loadImage(site, id)] as const));
  return new Map(found.flatMap(([id, image]) => (image ? [[id, image] as const] : [])));
}

/** The media ids of the images placed in a rich-text body, in order. */
export function imageIdsIn(body: RichText): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const { type, attrs, content } = node as { type?: unknown; attrs?: { mediaId?: unknown }; content?: unknown };
    if (type === 'image' && typeof attrs?.mediaId === 'string') ids.push(attrs.mediaId);
    if (Array.isArray(content)) content.forEach(walk);
  };
  walk(body);
  return ids;
}
