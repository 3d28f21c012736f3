import { type Locale, type RenderedImage, resolveLocalized } from '@kraina/core';
import { type ImageSource, pictureSources } from './image-sources.js';

/**
 * The `image` option of core's richTextToHtml for a body whose images are loaded: each as an `<img>` with its
 * renditions in the original format as srcset, its size, and the library's alt text, caption and credit in
 * `locale` (a body's image node may override alt and caption). An image not loaded is left out of the body.
 */
export function bodyImageOf(images: ReadonlyMap<string, ImageSource>, locale: Locale, sizes: string): (mediaId: string) => RenderedImage | undefined {
  return (mediaId) => {
    const image = images.get(mediaId);
    if (!image) return undefined;
    const { img } = pictureSources(image);
    const caption = image.caption && resolveLocalized(image.caption, locale)?.value;
    return {
      src: img.src,
      ...(img.srcSet ? { srcset: img.srcSet, sizes } : {}),
      ...(img.width ? { width: img.width } : {}),
      ...(img.height ? { height: img.height } : {}),
      alt: (image.alt && resolveLocalized(image.alt, locale)?.value) ?? '',
      ...(caption ? { caption } : {}),
      ...(image.credit ? { credit: image.credit } : {}),
    };
  };
}
