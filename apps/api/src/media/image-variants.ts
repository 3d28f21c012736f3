import sharp from 'sharp';
import type { InspectedUpload } from './inspect-upload.js';

/** The widths an image is offered in; none is made wider than the original. */
export const variantWidths = [320, 640, 960, 1280, 1920] as const;

/** One rendition of an image, encoded and measured. */
export interface ImageVariant {
  width: number;
  height: number;
  format: 'webp' | 'avif' | 'jpeg' | 'png';
  buffer: Buffer;
}

type Image = Extract<InspectedUpload, { kind: 'image' }>;

// The original's own format for browsers without WebP or AVIF; a GIF's single frame becomes a PNG.
const fallbackFormat = (mimeType: Image['mimeType']): 'jpeg' | 'png' => (mimeType === 'image/jpeg' ? 'jpeg' : 'png');

/**
 * The responsive renditions of an inspected image: each width up to the original's (and the original width when
 * it is narrower than the first step), in WebP, AVIF and the original's format. Turned upright by its EXIF
 * orientation, then written without metadata, so a phone photo's GPS position never reaches a reader.
 */
export async function makeImageVariants(bytes: Buffer, image: Image, maxPixels: number): Promise<ImageVariant[]> {
  const widths: number[] = variantWidths.filter((w) => w < image.width);
  widths.push(Math.min(image.width, variantWidths.at(-1) as number));
  const variants: ImageVariant[] = [];
  for (const width of [...new Set(widths)]) {
    for (const format of ['webp', 'avif', fallbackFormat(image.mimeType)] as const) {
      const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' })
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .toFormat(format, format === 'avif' ? { quality: 55, effort: 2 } : { quality: 80 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: info.height, format, buffer: data });
    }
  }
  return variants;
}
