import { describe, expect, it } from 'vitest';
import { pictureSources } from './image-sources.js';

const variant = (width: number, format: 'jpeg' | 'webp' | 'avif') => ({ width, height: (width * 9) / 16, format, url: `/media/x-${width}.${format}` });

describe('pictureSources', () => {
  it('offers AVIF first, then WebP, each with width descriptors, and the original format on the img', () => {
    const picture = pictureSources({
      src: '/media/x.jpeg',
      variants: [variant(640, 'webp'), variant(320, 'webp'), variant(320, 'avif'), variant(640, 'avif'), variant(320, 'jpeg'), variant(640, 'jpeg')],
    });
    expect(picture.sources).toEqual([
      { type: 'image/avif', srcSet: '/media/x-320.avif 320w, /media/x-640.avif 640w' },
      { type: 'image/webp', srcSet: '/media/x-320.webp 320w, /media/x-640.webp 640w' },
    ]);
    expect(picture.img).toEqual({ src: '/media/x-640.jpeg', srcSet: '/media/x-320.jpeg 320w, /media/x-640.jpeg 640w', width: 640, height: 360 });
  });

  it('uses the original address, with its size when known, for an image with no renditions', () => {
    expect(pictureSources({ src: '/media/y', width: 1200, height: 675, variants: [] })).toEqual({
      sources: [],
      img: { src: '/media/y', width: 1200, height: 675 },
    });
  });
});
