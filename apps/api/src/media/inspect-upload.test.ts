import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { makeImageVariants } from './image-variants.js';
import { defaultUploadLimits, inspectUpload, safeFilename } from './inspect-upload.js';
import { phonePhoto, photo, pngBomb, scriptedSvg } from './test-images.js';

describe('inspectUpload', () => {
  it('decides the type by the bytes, whatever the name says', async () => {
    expect(await inspectUpload(await photo(40, 30), 'holiday.png')).toEqual({ kind: 'image', mimeType: 'image/jpeg', width: 40, height: 30, filename: 'holiday.png' });
    expect(await inspectUpload(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'report.exe')).toMatchObject({ kind: 'document', mimeType: 'application/pdf' });
  });

  it('refuses a script named as a photo, and an SVG with script, naming the field', async () => {
    for (const [bytes, name] of [
      [Buffer.from('<script>fetch("/api/v1/users")</script>'), 'photo.jpg'],
      [Buffer.from('#!/bin/sh\nrm -rf /\n'), 'image.png'],
      [Buffer.from('<html><body onload="alert(1)"></body></html>'), 'page.gif'],
    ] as const) {
      await expect(inspectUpload(bytes, name), name).rejects.toMatchObject({ code: 'invalid-input', issues: [{ pointer: '#/body/file' }] });
    }
    await expect(inspectUpload(scriptedSvg, 'logo.png')).rejects.toMatchObject({ issues: [{ detail: expect.stringContaining('SVG') as string }] });
  });

  it('refuses an image whose header promises more pixels than the limit, without decoding it', async () => {
    await expect(inspectUpload(pngBomb(), 'tiny.png')).rejects.toMatchObject({ code: 'invalid-input', issues: [{ pointer: '#/body/file' }] });
  });

  it('refuses an empty file and one over the byte limit', async () => {
    await expect(inspectUpload(Buffer.alloc(0), 'empty.jpg')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(inspectUpload(await photo(40, 30), 'big.jpg', { ...defaultUploadLimits, maxBytes: 100 })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('safeFilename', () => {
  it.each([
    ['../../etc/passwd.jpg', 'passwd.jpg'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['/var/www/.htaccess', '.htaccess'],
    ['..', 'upload'],
    ['photo\u202egpj.exe', 'photogpj.exe'],
    ['line\nbreak.png', 'linebreak.png'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFilename(name)).toBe(safe);
  });
});

describe('makeImageVariants', () => {
  it('offers every width up to the original in WebP, AVIF and the original format, never enlarged', async () => {
    const bytes = await photo(700, 400);
    const inspected = await inspectUpload(bytes, 'square.jpg');
    if (inspected.kind !== 'image') throw new Error('expected an image');
    const variants = await makeImageVariants(bytes, inspected, defaultUploadLimits.maxPixels);
    expect(variants.map((v) => `${v.width}x${v.height} ${v.format}`)).toEqual([
      '320x183 webp', '320x183 avif', '320x183 jpeg',
      '640x366 webp', '640x366 avif', '640x366 jpeg',
      '700x400 webp', '700x400 avif', '700x400 jpeg',
    ]);
    for (const variant of variants) expect((await sharp(variant.buffer).metadata()).format).toBe(variant.format === 'avif' ? 'heif' : variant.format);
  });

  it('drops metadata such as a phone photo’s GPS position', async () => {
    const bytes = await phonePhoto(400, 300);
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    const inspected = await inspectUpload(bytes, 'phone.jpg');
    if (inspected.kind !== 'image') throw new Error('expected an image');
    for (const variant of await makeImageVariants(bytes, inspected, defaultUploadLimits.maxPixels)) expect((await sharp(variant.buffer).metadata()).exif).toBeUndefined();
  });
});
