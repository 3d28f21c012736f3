import { deflateSync } from 'node:zlib';
import { type Media, MediaSchema, mediaFilePart } from '@kraina/core';
import { demoAdmin } from './start-demo-api.js';

// The demo's own pictures are kept as drawn, without renditions, so a test that needs srcset uploads an image of its
// own: the API then makes its WebP, AVIF and PNG renditions as it would for an editor's upload.

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A PNG of one colour at the given size, written by hand (Node 20 has no image encoder, and web does not need one). */
export function solidPng(width: number, height: number, rgb: readonly [number, number, number] = [40, 110, 160]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a channel, RGB, deflate, no filter, not interlaced
  const row = Buffer.alloc(1 + width * 3); // each row starts with its filter byte: 0, none
  for (let x = 0; x < width; x += 1) row.set(rgb, 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))]);
}

/**
 * Uploads a one-colour PNG of `width` × `height` to the demo API's media library as its admin, with the English alt
 * text, caption and credit publishing asks of a lead photo, over multipart as the admin app does (core's client
 * speaks JSON only), and answers the stored item.
 */
export async function uploadTestImage(apiUrl: string, { width, height, alt, caption, credit }: { width: number; height: number; alt: string; caption: string; credit: string }): Promise<Media> {
  const root = new URL('api/v1/', apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  const signIn = await fetch(new URL('auth/sign-in', root), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoAdmin) });
  if (!signIn.ok) throw new Error(`The demo admin could not sign in: ${signIn.status}`);
  const cookie = signIn.headers.getSetCookie().find((line) => line.startsWith('kraina_session='))?.split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const form = new FormData();
  form.append('alt[en]', alt);
  form.append('caption[en]', caption);
  form.append('credit', credit);
  form.append(mediaFilePart, new Blob([new Uint8Array(solidPng(width, height))], { type: 'image/png' }), 'test-picture.png');
  const upload = await fetch(new URL('media', root), { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken }, body: form });
  if (upload.status !== 201) throw new Error(`The upload was refused: ${upload.status} ${await upload.text()}`);
  return MediaSchema.parse(await upload.json());
}
