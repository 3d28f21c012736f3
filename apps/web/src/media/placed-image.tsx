import { type ImageRef, type Locale, resolveLocalized } from '@kraina/core';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { ImageSource } from './image-sources.js';
import { ResponsiveImage } from './responsive-image.js';

/** An image as placed on content (a lead photo, a gallery entry): the library's picture, with this use's alt text, caption and credit first. */
export interface PlacedImage {
  image: ImageSource;
  alt: string;
  caption: string | undefined;
  credit: string | undefined;
}

/** The image an ImageRef places, from images loaded with loadImages; undefined when the API did not vouch for it, so the page leaves it out. */
export function placedImage(ref: ImageRef, images: ReadonlyMap<string, ImageSource>, locale: Locale): PlacedImage | undefined {
  const image = images.get(ref.mediaId);
  if (!image) return undefined;
  const text = (own: ImageRef['alt'], library: ImageSource['alt']) =>
    (own && resolveLocalized(own, locale)?.value) ?? (library && resolveLocalized(library, locale)?.value);
  return { image, alt: text(ref.alt, image.alt) ?? '', caption: text(ref.caption, image.caption), credit: ref.credit ?? image.credit ?? undefined };
}

/** A placed image as a figure: the picture, then its caption and credit when it has either. */
export function PlacedFigure({ placed, locale, sizes, isAboveFold = false, className }: { placed: PlacedImage; locale: Locale; sizes: string; isAboveFold?: boolean; className?: string }) {
  const t = messagesFor(locale);
  return (
    <figure className={className}>
      <ResponsiveImage image={placed.image} alt={placed.alt} sizes={sizes} isAboveFold={isAboveFold} />
      {placed.caption || placed.credit ? (
        <figcaption>
          {placed.caption}
          {placed.credit ? <small>{formatMessage(locale, t.photoCredit, { credit: placed.credit })}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
