import { createHash } from 'node:crypto';
import type { LocalizedString } from '@kraina/core';
import sharp from 'sharp';
import type { DemoMedia, DemoMotif } from './demo-types.js';

// Demo pictures are drawn, not downloaded: an SVG per item (a calm gradient, a simple motif, the item's short
// title) rasterised by sharp. The same item always gives the same picture, so reseeding changes nothing.

/** A rendered demo picture with what the media library stores beside the file. */
export interface DemoImage {
  id: string;
  filename: string;
  mimeType: DemoMedia['mimeType'];
  buffer: Buffer;
  width: number;
  height: number;
  alt: LocalizedString;
  caption?: LocalizedString;
  credit: string;
}

/** Renders one demo picture at its declared size and type. */
export async function renderDemoImage(media: DemoMedia): Promise<DemoImage> {
  const picture = sharp(Buffer.from(demoImageSvg(media)));
  const buffer =
    media.mimeType === 'image/webp'
      ? await picture.webp({ quality: 80 }).toBuffer()
      : await picture.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  return {
    id: media.id,
    filename: media.filename,
    mimeType: media.mimeType,
    buffer,
    width: media.width,
    height: media.height,
    alt: media.alt,
    ...(media.caption ? { caption: media.caption } : {}),
    credit: media.credit,
  };
}

/** Renders every demo picture, a few at a time so a small machine is not swamped. */
export async function renderDemoImages(media: readonly DemoMedia[], concurrency = 4): Promise<DemoImage[]> {
  const images: DemoImage[] = [];
  for (let start = 0; start < media.length; start += concurrency) {
    images.push(...(await Promise.all(media.slice(start, start + concurrency).map(renderDemoImage))));
  }
  return images;
}

// A base hue per motif: brick for castles, green for forests, blue for lakes; each picture shifts it a little.
const motifHues: Record<DemoMotif, number> = {
  castle: 12,
  palace: 38,
  church: 205,
  forest: 130,
  lake: 195,
  field: 45,
  factory: 220,
  city: 230,
  sport: 160,
  music: 275,
  book: 25,
  memorial: 350,
  spa: 170,
  science: 250,
  government: 215,
  museum: 300,
};

/** The SVG source of a demo picture. */
export function demoImageSvg(media: DemoMedia): string {
  const { width, height } = media;
  const seed = createHash('sha1').update(media.id).digest();
  const hue = motifHues[media.motif] + ((seed[0] ?? 0) % 25) - 12;
  const dark = hsl(hue, 42, 24);
  const light = hsl(hue + 22, 46, 52);
  const scale = height / 675;
  const lines = wrap(media.label.en, 24).slice(0, 2);
  const titleSize = Math.round(60 * scale);
  const titleTop = height - Math.round(150 * scale) - (lines.length - 1) * titleSize;
  const title = lines
    .map((line, index) => `<text x="${Math.round(64 * scale)}" y="${titleTop + index * titleSize * 1.15}" class="t">${escapeXml(line)}</text>`)
    .join('');
  const subtitle = media.label.be
    ? `<text x="${Math.round(64 * scale)}" y="${height - Math.round(90 * scale)}" class="s">${escapeXml(media.label.be)}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs>',
    `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient>`,
    '<style>',
    `.t{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:${titleSize}px;font-weight:700;fill:#fff}`,
    `.s{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:${Math.round(34 * scale)}px;fill:#fff;fill-opacity:.85}`,
    `.m{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:${Math.round(20 * scale)}px;fill:#fff;fill-opacity:.6}`,
    '</style>',
    '</defs>',
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
    `<circle cx="${width * 0.82}" cy="${height * 0.2}" r="${height * 0.5}" fill="#fff" fill-opacity=".06"/>`,
    `<g transform="translate(${width - 480 * scale} ${70 * scale}) scale(${scale})" fill="#fff" fill-opacity=".82" stroke="#fff" stroke-opacity=".82">`,
    motifShapes[media.motif],
    '</g>',
    title,
    subtitle,
    `<text x="${width - Math.round(24 * scale)}" y="${height - Math.round(24 * scale)}" text-anchor="end" class="m">${escapeXml(media.credit)}</text>`,
    '</svg>',
  ].join('');
}

// Each motif fits a 400 × 400 box; shapes are plain so they read at thumbnail size.
const motifShapes: Record<DemoMotif, string> = {
  castle:
    '<g stroke="none"><rect x="40" y="120" width="80" height="260"/><rect x="280" y="120" width="80" height="260"/><rect x="110" y="200" width="180" height="180"/>' +
    '<rect x="40" y="96" width="20" height="28"/><rect x="70" y="96" width="20" height="28"/><rect x="100" y="96" width="20" height="28"/>' +
    '<rect x="280" y="96" width="20" height="28"/><rect x="310" y="96" width="20" height="28"/><rect x="340" y="96" width="20" height="28"/>' +
    '<rect x="170" y="300" width="60" height="80" fill="#000" fill-opacity=".25"/></g>',
  palace:
    '<g stroke="none"><polygon points="20,170 200,90 380,170"/><rect x="30" y="180" width="340" height="200"/>' +
    '<g fill="#000" fill-opacity=".2"><rect x="60" y="220" width="34" height="60"/><rect x="130" y="220" width="34" height="60"/><rect x="236" y="220" width="34" height="60"/><rect x="306" y="220" width="34" height="60"/><rect x="180" y="290" width="40" height="90"/></g></g>',
  church:
    '<g stroke="none"><rect x="110" y="200" width="180" height="180"/><rect x="165" y="130" width="70" height="80"/>' +
    '<circle cx="200" cy="120" r="38"/><rect x="196" y="40" width="8" height="50"/><rect x="182" y="56" width="36" height="8"/>' +
    '<circle cx="120" cy="200" r="24"/><circle cx="280" cy="200" r="24"/><rect x="180" y="300" width="40" height="80" fill="#000" fill-opacity=".25"/></g>',
  forest:
    '<g stroke="none"><polygon points="80,380 140,160 200,380"/><polygon points="170,380 240,100 310,380"/><polygon points="270,380 320,200 370,380"/><polygon points="20,380 60,240 100,380"/></g>',
  lake:
    '<circle cx="290" cy="110" r="55" stroke="none"/><g fill="none" stroke-width="14" stroke-linecap="round">' +
    '<path d="M20 250 q45 -30 90 0 t90 0 t90 0 t90 0"/><path d="M20 310 q45 -30 90 0 t90 0 t90 0 t90 0"/><path d="M20 370 q45 -30 90 0 t90 0 t90 0 t90 0"/></g>',
  field:
    '<g fill="none" stroke-width="8"><path d="M120 380 L140 120"/><path d="M200 380 L200 100"/><path d="M280 380 L260 120"/></g>' +
    '<g stroke="none"><ellipse cx="130" cy="150" rx="14" ry="30"/><ellipse cx="150" cy="200" rx="14" ry="30"/><ellipse cx="200" cy="130" rx="14" ry="30"/>' +
    '<ellipse cx="200" cy="190" rx="14" ry="30"/><ellipse cx="270" cy="150" rx="14" ry="30"/><ellipse cx="250" cy="200" rx="14" ry="30"/></g>',
  factory:
    '<g stroke="none"><rect x="40" y="230" width="320" height="150"/><polygon points="40,230 120,180 120,230"/><polygon points="120,230 200,180 200,230"/>' +
    '<rect x="270" y="90" width="40" height="140"/><circle cx="300" cy="60" r="22" fill-opacity=".5"/><circle cx="335" cy="35" r="16" fill-opacity=".35"/>' +
    '<g fill="#000" fill-opacity=".2"><rect x="70" y="270" width="40" height="40"/><rect x="150" y="270" width="40" height="40"/><rect x="230" y="270" width="40" height="40"/></g></g>',
  city:
    '<g stroke="none"><rect x="30" y="200" width="80" height="180"/><rect x="120" y="120" width="90" height="260"/><rect x="220" y="170" width="70" height="210"/><rect x="300" y="230" width="70" height="150"/>' +
    '<g fill="#000" fill-opacity=".2"><rect x="140" y="150" width="20" height="20"/><rect x="170" y="150" width="20" height="20"/><rect x="140" y="200" width="20" height="20"/><rect x="170" y="200" width="20" height="20"/><rect x="240" y="200" width="30" height="20"/><rect x="50" y="230" width="40" height="20"/></g></g>',
  sport:
    '<circle cx="200" cy="170" r="90" stroke="none"/><g fill="none" stroke-width="10"><path d="M20 380 Q200 250 380 380"/><path d="M60 380 Q200 290 340 380"/></g>' +
    '<g fill="none" stroke="#000" stroke-opacity=".25" stroke-width="6"><path d="M110 170 h180"/><path d="M200 80 v180"/></g>',
  music:
    '<g stroke="none"><ellipse cx="120" cy="320" rx="42" ry="30"/><ellipse cx="290" cy="280" rx="42" ry="30"/><rect x="152" y="100" width="12" height="220"/><rect x="322" y="60" width="12" height="220"/>' +
    '<polygon points="152,100 334,60 334,100 152,140"/></g>',
  book:
    '<g stroke="none"><path d="M200 130 Q120 90 30 110 V350 Q120 330 200 370 Z"/><path d="M200 130 Q280 90 370 110 V350 Q280 330 200 370 Z" fill-opacity=".65"/></g>' +
    '<g fill="none" stroke="#000" stroke-opacity=".2" stroke-width="6"><path d="M60 170 Q120 160 170 180"/><path d="M60 220 Q120 210 170 230"/><path d="M60 270 Q120 260 170 280"/></g>',
  memorial:
    '<g stroke="none"><polygon points="180,380 195,40 205,40 220,380"/><rect x="120" y="360" width="160" height="24"/>' +
    '<path d="M300 360 C270 320 300 300 310 260 C330 300 350 320 320 360 Z" fill-opacity=".9"/></g>',
  spa:
    '<g stroke="none"><polygon points="110,300 170,110 230,300"/><rect x="160" y="300" width="20" height="80"/>' +
    '<path d="M300 180 C280 220 280 250 300 260 C320 250 320 220 300 180 Z"/><path d="M330 260 C315 290 315 310 330 318 C345 310 345 290 330 260 Z" fill-opacity=".7"/></g>',
  science:
    '<g fill="none" stroke-width="10"><ellipse cx="200" cy="210" rx="170" ry="60"/><ellipse cx="200" cy="210" rx="170" ry="60" transform="rotate(60 200 210)"/>' +
    '<ellipse cx="200" cy="210" rx="170" ry="60" transform="rotate(-60 200 210)"/></g><circle cx="200" cy="210" r="26" stroke="none"/>',
  government:
    '<g stroke="none"><polygon points="20,150 200,70 380,150"/><rect x="30" y="150" width="340" height="24"/><rect x="20" y="356" width="360" height="24"/>' +
    '<rect x="60" y="180" width="30" height="170"/><rect x="130" y="180" width="30" height="170"/><rect x="240" y="180" width="30" height="170"/><rect x="310" y="180" width="30" height="170"/></g>',
  museum:
    '<g fill="none" stroke-width="12"><rect x="30" y="80" width="160" height="120"/><rect x="220" y="60" width="150" height="190"/><rect x="60" y="240" width="130" height="130"/></g>' +
    '<g stroke="none" fill-opacity=".5"><polygon points="240,230 290,150 350,230"/><circle cx="110" cy="140" r="30"/></g>',
};

function hsl(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** Splits a title into lines of at most about `width` characters, breaking between words. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
