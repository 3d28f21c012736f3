import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Media, Problem } from '@kraina/core';
import sharp from 'sharp';
import request from 'supertest';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { phonePhoto, photo, pngBomb, scriptedSvg } from './test-images.js';

// Uploads through the real route, on both databases, with files on real disk in a folder of the test's own.

describeEachDatabase('uploading media', (dialect) => {
  const root = mkdtempSync(join(tmpdir(), 'kraina-media-'));
  const mediaDir = join(root, 'media');
  // A small limit, so a body over it is cheap to send.
  const testApp = useTestApp(dialect, { MEDIA_DIR: mediaDir, MEDIA_MAX_BYTES: String(200 * 1024) });

  const upload = (bytes: Buffer, filename: string, fields: Record<string, string> = {}, contentType = 'image/jpeg') => {
    let req = request(testApp.staffApp).post('/api/v1/media');
    for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
    return req.attach('file', bytes, { filename, contentType });
  };
  const storedFiles = () => (existsSync(mediaDir) ? readdirSync(mediaDir, { recursive: true }).map(String).sort() : []);
  const storedRows = async () => (await testApp.database.db.selectFrom('media').select('id').execute()).length;

  /** Asserts that an upload was refused naming the file, and that it left no row and no file behind. */
  async function expectRefused(bytes: Buffer, filename: string, contentType: string) {
    const [filesBefore, rowsBefore] = [storedFiles(), await storedRows()];
    const res = await upload(bytes, filename, { 'alt[en]': 'A view of the river' }, contentType);
    expect([415, 422], `${filename}: ${JSON.stringify(res.body)}`).toContain(res.status);
    expect(res.type).toBe('application/problem+json');
    if (res.status === 422) expect((res.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/file']);
    expect(storedFiles()).toEqual(filesBefore);
    expect(await storedRows()).toBe(rowsBefore);
    return res.body as Problem;
  }

  it('keeps a photo as WebP, AVIF and JPEG at each width up to its own, on disk, with its alt text per locale', async () => {
    const res = await upload(await phonePhoto(1000, 600), 'market.jpg', { 'alt[en]': 'Stalls of the Kamarouka market', 'alt[be]': 'Гандлёвыя рады Камароўкі', credit: 'Photo: Kraina', 'focalPoint[x]': '0.25', 'focalPoint[y]': '0.75' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const media = res.body as Media;
    expect(media).toMatchObject({
      kind: 'image',
      filename: 'market.jpg',
      mimeType: 'image/jpeg',
      width: 1000,
      height: 600,
      alt: { en: 'Stalls of the Kamarouka market', be: 'Гандлёвыя рады Камароўкі' },
      caption: {},
      credit: 'Photo: Kraina',
      focalPoint: { x: 0.25, y: 0.75 },
      url: `/media/${media.id}.jpeg`,
      version: 1,
    });
    expect(media.variants.map((v) => `${v.width}x${v.height} ${v.format}`)).toEqual([
      '320x192 webp', '320x192 avif', '320x192 jpeg',
      '640x384 webp', '640x384 avif', '640x384 jpeg',
      '960x576 webp', '960x576 avif', '960x576 jpeg',
      '1000x600 webp', '1000x600 avif', '1000x600 jpeg',
    ]);
    // Every file is on disk, named by the id; each is what its variant says, and none keeps the GPS position.
    const onDisk = storedFiles().filter((name) => name.startsWith(media.id));
    expect(onDisk).toHaveLength(12);
    for (const variant of media.variants) {
      const key = variant.url.replace('/media/', '');
      expect(onDisk).toContain(key);
      const metadata = await sharp(join(mediaDir, key)).metadata();
      expect(metadata.format).toBe(variant.format === 'avif' ? 'heif' : variant.format);
      expect(metadata.width).toBe(variant.width);
      expect(metadata.exif).toBeUndefined();
    }
    // The API serves what it stored, and reads it back from the library.
    const served = await request(testApp.app).get(media.url);
    expect(served.status).toBe(200);
    expect(served.type).toBe('image/jpeg');
    expect((await request(testApp.staffApp).get(`/api/v1/media/${media.id}`)).body).toEqual(media);
  });

  it('keeps a PNG in PNG besides WebP and AVIF, and never wider than 1920 pixels', async () => {
    const res = await upload(await photo(2400, 300, 'png'), 'chart.png', {}, 'image/png');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const media = res.body as Media;
    expect(media).toMatchObject({ mimeType: 'image/png', width: 1920, height: 240, url: `/media/${media.id}.png` });
    expect([...new Set(media.variants.map((v) => v.width))]).toEqual([320, 640, 960, 1280, 1920]);
    expect([...new Set(media.variants.map((v) => v.format))]).toEqual(['webp', 'avif', 'png']);
  });

  it('keeps a PDF as a document, as sent', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const res = await upload(pdf, 'budget 2027.pdf', {}, 'application/pdf');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const media = res.body as Media;
    expect(media).toMatchObject({ kind: 'document', mimeType: 'application/pdf', filename: 'budget 2027.pdf', width: null, height: null, variants: [], bytes: pdf.length });
    expect(storedFiles()).toContain(`${media.id}.pdf`);
  });

  it('refuses a script dressed as a JPEG (its name, its declared type), storing nothing', async () => {
    const script = Buffer.from('<script>fetch("/api/v1/users").then((r) => r.text()).then(alert)</script>');
    await expectRefused(script, 'holiday.jpg', 'image/jpeg');
    await expectRefused(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), script]), 'header-only.jpg', 'image/jpeg');
  });

  it('refuses an SVG carrying script and an HTML page, storing nothing', async () => {
    const svg = await expectRefused(scriptedSvg, 'logo.svg', 'image/svg+xml');
    expect(svg.errors?.[0]?.detail).toContain('SVG');
    await expectRefused(Buffer.from('<!doctype html><html><body onload="alert(document.cookie)"></body></html>'), 'page.html', 'text/html');
  });

  it('refuses a small PNG whose header claims billions of pixels, without decoding it', async () => {
    await expectRefused(pngBomb(), 'tiny.png', 'image/png');
  });

  it('stores a file named to climb out of the folder under its id, and shows only the last part of its name', async () => {
    const res = await upload(await photo(200, 100, 'png'), '../../etc/passwd.png', { 'alt[en]': 'A blue square' }, 'image/png');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const media = res.body as Media;
    expect(media.filename).toBe('passwd.png');
    expect(readdirSync(root)).toEqual(['media']);
    expect(existsSync(resolve(mediaDir, '../../etc/passwd.png'))).toBe(false);
    expect(storedFiles().filter((name) => !/^[0-9a-f-]{36}(-\d+w)?\.(jpeg|png|webp|avif|pdf)$/.test(name))).toEqual([]);
  });

  it('answers 413 for a file over the limit, whether its size is declared up front or found while reading', async () => {
    const [filesBefore, rowsBefore] = [storedFiles(), await storedRows()];
    const noise = await sharp({ create: { width: 900, height: 900, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
    expect(noise.length).toBeGreaterThan(200 * 1024 + 180 * 1024); // beyond the file limit and the form's allowance
    const declared = await upload(noise, 'noise.png', {}, 'image/png');
    expect(declared.status).toBe(413);
    expect(declared.type).toBe('application/problem+json');

    const streamed = await upload(noise.subarray(0, 300 * 1024), 'noise.png', {}, 'image/png');
    expect(streamed.status).toBe(413);
    expect(storedFiles()).toEqual(filesBefore);
    expect(await storedRows()).toBe(rowsBefore);
  });

  it('names the missing file, an unknown field and alt text that is a file name, storing nothing', async () => {
    const rowsBefore = await storedRows();
    const none = await request(testApp.staffApp).post('/api/v1/media').field('alt[en]', 'A river');
    expect(none.status).toBe(422);
    expect((none.body as Problem).errors).toEqual([{ pointer: '#/body/file', detail: expect.stringContaining('Required') as string }]);

    const unknown = await upload(await photo(50, 50), 'a.jpg', { isAdmin: 'true', 'alt[en]': 'A square' });
    expect(unknown.status).toBe(422);
    expect((unknown.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/isAdmin']);

    // A computed key, so `__proto__` is a field of the form, not this object's prototype.
    const prototype = await upload(await photo(50, 50), 'a.jpg', { ['__proto__']: 'polluted', 'constructor[prototype]': 'x' });
    expect(prototype.status).toBe(422);
    expect((prototype.body as Problem).errors?.map((e) => e.pointer).sort()).toEqual(['#/body/__proto__', '#/body/constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const fileNameAlt = await upload(await photo(50, 50), 'IMG_0042.jpg', { 'alt[en]': 'A square', 'alt[be]': 'IMG_0042.jpg' });
    expect(fileNameAlt.status).toBe(422);
    expect((fileNameAlt.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/alt/be']);

    const outOfFrame = await upload(await photo(50, 50), 'a.jpg', { 'focalPoint[x]': '1.5', 'focalPoint[y]': '0.5' });
    expect(outOfFrame.status).toBe(422);
    expect((outOfFrame.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/focalPoint/x']);
    expect(await storedRows()).toBe(rowsBefore);
  });

  it('takes uploads only as a form with one file, and only from staff who may write', async () => {
    const json = await request(testApp.staffApp).post('/api/v1/media').send({ file: 'aGVsbG8=' });
    expect(json.status).toBe(415);
    const two = await request(testApp.staffApp).post('/api/v1/media').attach('file', await photo(20, 20), 'a.jpg').attach('file', await photo(20, 20), 'b.jpg');
    expect(two.status).toBe(422);
    expect((two.body as Problem).errors?.[0]?.pointer).toBe('#/body/file');
    const anonymous = await request(testApp.app).post('/api/v1/media').attach('file', await photo(20, 20), 'a.jpg');
    expect(anonymous.status).toBe(401);
  });
});
