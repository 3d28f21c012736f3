import type { LocalizedString, Media } from '@kraina/core';

type Variant = Media['variants'][number];

/**
 * An image as the site knows it: its address, its size when known, its renditions when the API made any, and the
 * library's own alt text, caption and credit, which a use of the image (a lead photo's ImageRef) may override.
 */
export interface ImageSource {
  src: string;
  width?: number | undefined;
  height?: number | undefined;
  variants: readonly Variant[];
  alt?: LocalizedString | undefined;
  caption?: LocalizedString | undefined;
  credit?: string | null | undefined;
}

/** What `<picture>` needs: one `<source>` per modern format, and the `<img>` in a format every browser reads. */
export interface PictureSources {
  sources: { type: string; srcSet: string }[];
  img: { src: string; srcSet?: string; width?: number; height?: number };
}

// Newest formats first: a browser takes the first <source> whose type it reads.
const modernFormats = ['avif', 'webp'] as const;
const fallbackFormats = ['jpeg', 'png'] as const;

function srcSetOf(variants: readonly Variant[]): string {
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(', ');
}

/**
 * The `<picture>` for an image: AVIF and WebP renditions as sources with width descriptors, and the original format's
 * renditions on the `<img>`, whose width and height come from the widest rendition so the page does not shift as it
 * loads. An image with no renditions is its original address alone.
 */
export function pictureSources(image: ImageSource): PictureSources {
  const size = { ...(image.width ? { width: image.width } : {}), ...(image.height ? { height: image.height } : {}) };
  if (image.variants.length === 0) return { sources: [], img: { src: image.src, ...size } };
  const sources = modernFormats
    .map((format) => ({ format, variants: image.variants.filter((v) => v.format === format) }))
    .filter((group) => group.variants.length > 0)
    .map((group) => ({ type: `image/${group.format}`, srcSet: srcSetOf(group.variants) }));
  const fallback = fallbackFormats.map((format) => image.variants.filter((v) => v.format === format)).find((group) => group.length > 0) ?? [];
  const widest = [...(fallback.length > 0 ? fallback : image.variants)].sort((a, b) => b.width - a.width)[0];
  return {
    sources,
    img: {
      src: widest?.url ?? image.src,
      ...(fallback.length > 0 ? { srcSet: srcSetOf(fallback) } : {}),
      ...(widest ? { width: widest.width, height: widest.height } : size),
    },
  };
}
