import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoContent } from './demo-content.js';
import { demoImageSvg, renderDemoImage, renderDemoImages } from './demo-images.js';

const { media } = demoContent(new Date('2026-05-20T09:00:00Z'));

/** The type a file's first bytes say it is, as an upload sniffer would see it. */
function sniff(buffer: Buffer): string {
  if (buffer.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (buffer.toString('latin1', 0, 4) === 'RIFF' && buffer.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return 'unknown';
}

describe('demo images', () => {
  it('renders every picture at its declared size, as the type it declares', { timeout: 120_000 }, async () => {
    const images = await renderDemoImages(media);
    expect(images.map((image) => image.id)).toEqual(media.map((item) => item.id));
    const wrong: string[] = [];
    for (const [index, image] of images.entries()) {
      const declared = media[index];
      const metadata = await sharp(image.buffer).metadata();
      if (sniff(image.buffer) !== declared?.mimeType) wrong.push(`${image.filename}: sniffs as ${sniff(image.buffer)}`);
      if (metadata.width !== declared?.width || metadata.height !== declared?.height) {
        wrong.push(`${image.filename}: ${metadata.width}×${metadata.height}`);
      }
      if (image.mimeType !== declared?.mimeType || image.alt !== declared?.alt) wrong.push(`${image.filename}: metadata differs`);
    }
    expect(wrong).toEqual([]);
    expect(new Set(images.map((image) => image.mimeType))).toEqual(new Set(['image/jpeg', 'image/webp']));
  });

  it('draws the same picture twice for the same item', async () => {
    const item = media[0];
    if (!item) throw new Error('no demo media');
    const [first, second] = await Promise.all([renderDemoImage(item), renderDemoImage(item)]);
    expect(first.buffer.equals(second.buffer)).toBe(true);
  });

  it('escapes titles so that any text stays valid SVG', async () => {
    const item = media[0];
    if (!item) throw new Error('no demo media');
    const tricky = { ...item, label: { en: 'R&B <live> "now"', be: 'Рок & рол' } };
    expect(demoImageSvg(tricky)).toContain('R&amp;B &lt;live&gt; &quot;now&quot;');
    const image = await renderDemoImage(tricky);
    expect(sniff(image.buffer)).toBe(item.mimeType);
  });
});
