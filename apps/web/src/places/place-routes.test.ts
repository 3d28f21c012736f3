import { type KrainaClient, type Media, type Site, type SiteSummary, createClient, placePagePath, richTextFromParagraphs } from '@kraina/core';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from '../../test-support/sign-in-as-admin.js';
import { uploadTestImage } from '../../test-support/upload-test-image.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type SiteContext } from '../site-context.js';
import { placeRoutes, sendPlacePage } from './place-routes.js';

// The real demo API, started once for the run (test-support/global-setup.ts); nothing here is mocked.
const apiUrl = inject('apiUrl');
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', SITE_URL: 'https://portal.example', API_URL: apiUrl }));
const api = createClient({ baseUrl: apiUrl });

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
}

/** The place pages a catalogue page links to, in order. */
function placeLinksOf(html: string, locale = 'en'): string[] {
  const list = /<ul class="place-list">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
  return [...list.matchAll(new RegExp(`href="(/${locale}/places/[a-z-]+/[a-z0-9-]+)"`, 'g'))].map((m) => m[1] ?? '');
}

/** The props the server handed the map island. */
function mapPropsOf(html: string): { markers: { name: string; href: string; lat: number; lng: number }[]; tiles: unknown } {
  const text = /<div class="place-map[^"]*" data-island="place-map"><script type="application\/json" data-island-props="">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(text ?? 'null') as ReturnType<typeof mapPropsOf>;
}

async function everyPlace(query: { kind?: SiteSummary['kind']; region?: string } = {}): Promise<SiteSummary[]> {
  return (await api.listSites({ query: { ...query, locale: 'en', limit: 100 } })).items;
}

describe('the places catalogue', () => {
  it('lists the places of a kind with localized names, breadcrumbs, coordinates and the map over the list', async () => {
    const res = await request(app).get('/en/places/unesco-heritage/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>UNESCO World Heritage Sites</h1>');
    const crumbs = /<nav class="breadcrumbs"[^>]*>(.*?)<\/nav>/s.exec(res.text)?.[1] ?? '';
    expect([...crumbs.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(['Home', 'Places to visit', 'UNESCO World Heritage Sites']);
    const expected = (await everyPlace({ kind: 'unesco-heritage' })).map((place) => placePagePath('en', place));
    expect(expected.length).toBeGreaterThan(1);
    expect(placeLinksOf(res.text)).toEqual(expected);
    expect(res.text).toContain('53.4513° N, 26.4728° E'); // Mir Castle, written out for readers without the map
    const map = mapPropsOf(res.text);
    expect(map.markers.map((m) => m.href)).toEqual(expected);
    expect(map.tiles).toBeNull(); // MAP_TILE_URL is not set here
  });

  it('names the kind in each language and links every kind, marking the current one', async () => {
    const ru = await request(app).get('/ru/places/sanatorium/');
    expect(ru.text).toContain('<h1>Санатории и курорты</h1>');
    const be = await request(app).get('/be/places/war-memorial/');
    expect(be.text).toContain('<h1>Ваенныя мемарыялы</h1>');
    expect(be.text).toContain('<a href="/be/places/war-memorial/" aria-current="page">');
    expect(be.text).toContain('href="/be/places/nature-reserve/"');
  });

  it('filters by region through a plain GET form, and keeps the region in the canonical address', async () => {
    const res = await request(app).get('/en/places/?region=grodno');
    expect(res.status).toBe(200);
    const expected = (await everyPlace({ region: 'grodno' })).map((place) => placePagePath('en', place));
    expect(expected.length).toBeGreaterThan(1);
    expect(placeLinksOf(res.text)).toEqual(expected.slice(0, 24));
    expect(res.text).toMatch(/<form class="place-filter"[^>]* action="\/en\/places\/" method="get">/);
    expect(res.text).toContain('<option value="grodno" selected="">Grodno region</option>');
    expect(res.text).toContain('<link rel="canonical" href="https://portal.example/en/places/?region=grodno"/>');
  });

  it('says so when a region has no places of the kind, and sends "all regions" to the list without one', async () => {
    const empty = await request(app).get('/en/places/sanatorium/?region=brest');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('No places are listed in this region: Brest region.');
    const all = await request(app).get('/en/places/museum/?region=');
    expect(all.status).toBe(301);
    expect(all.headers.location).toBe('/en/places/museum/');
  });

  it('pages on with a "more" link when there are more places than a page holds', async () => {
    const first = await request(app).get('/en/places/');
    const more = /<a href="([^"]*)" rel="next">More places<\/a>/.exec(first.text)?.[1]?.replaceAll('&amp;', '&');
    expect(more).toMatch(/^\/en\/places\/\?after=/);
    const second = await request(app).get(more ?? '');
    expect(second.status).toBe(200);
    const all = (await everyPlace()).map((place) => placePagePath('en', place));
    expect([...placeLinksOf(first.text), ...placeLinksOf(second.text)]).toEqual(all.slice(0, placeLinksOf(first.text).length + placeLinksOf(second.text).length));
    expect(second.text).toContain('Back to the first places');
  });

  it('answers the 404 page for a kind that does not exist and for a region or page that cannot', async () => {
    for (const path of ['/en/places/castles/', '/en/places/?region=Not%20a%20slug', '/en/places/?after=not*a*cursor', '/en/places/?region=a&region=b']) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(404);
      expect(res.text, path).toContain('Page not found');
    }
  });

  it('adds the trailing slash to a catalogue address, keeping the query', async () => {
    const res = await request(app).get('/en/places/museum?region=minsk-city');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/places/museum/?region=minsk-city');
  });
});

describe('a place page', () => {
  const pageOf = async (path: string) => {
    const res = await request(app).get(path);
    expect(res.status, path).toBe(200);
    return res.text;
  };

  it('shows a UNESCO site’s inscription year, criteria and reference number', async () => {
    const site = await api.getSite({ params: { slug: 'mir-castle-complex' }, query: { locale: 'en' } });
    if (site.kind !== 'unesco-heritage') throw new Error('Mir castle is a UNESCO site in the demo');
    const html = await pageOf('/en/places/unesco-heritage/mir-castle-complex');
    expect(html).toContain(`<dt>Inscribed on the World Heritage List</dt><dd>${site.inscriptionYear}</dd>`);
    expect(html).toContain(`<dt>Selection criteria</dt><dd>${site.criteria.map((c) => `(${c})`).join(' ')}</dd>`);
    expect(html).toContain(`<dt>Reference number</dt><dd>${site.referenceNumber}</dd>`);
    expect(html).toContain('<dt>Coordinates</dt>');
    expect(html).toContain('Grodno region');
  });

  it('shows a sanatorium’s treatment profiles, accommodation and booking contact in the reader’s language', async () => {
    const html = await pageOf('/ru/places/sanatorium/priozerny-sanatorium');
    expect(html).toContain('<dt>Профили лечения</dt>');
    expect(html).toContain('<li>Сердце и сосуды</li>');
    expect(html).toContain('270 номеров');
    expect(html).toContain('href="mailto:booking@priozerny.example"');
    expect(html).toContain('href="https://priozerny.example/booking"');
  });

  it('shows a war memorial’s event commemorated and year opened', async () => {
    const site = await api.getSite({ params: { slug: 'khatyn-memorial' }, query: { locale: 'be' } });
    if (site.kind !== 'war-memorial') throw new Error('Khatyn is a war memorial in the demo');
    const html = await pageOf('/be/places/war-memorial/khatyn-memorial');
    expect(html).toContain(`<dt>Адкрыты</dt><dd>${site.yearOpened}</dd>`);
    expect(html).toContain('<dt>Прысвечаны</dt>');
  });

  it('shows a nature reserve’s protection status and area, and a museum’s page', async () => {
    const reserve = await pageOf('/en/places/nature-reserve/berezinsky-biosphere-reserve');
    expect(reserve).toContain('<dt>Protection status</dt><dd>Biosphere reserve</dd>');
    expect(reserve).toMatch(/<dt>Area<\/dt><dd>[\d,]+ ha<\/dd>/);
    const museum = await pageOf('/en/places/museum/national-art-museum');
    expect(museum).toContain('<p class="place__kind" lang="en">Museum</p>');
  });

  it('lists the places nearby with their distances, leaving itself out, and the events held there', async () => {
    const place = await api.getSite({ params: { slug: 'national-art-museum' }, query: { locale: 'en' } });
    const html = await pageOf('/en/places/museum/national-art-museum');
    const nearby = /<section class="place__nearby"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(nearby).not.toContain('href="/en/places/museum/national-art-museum"');
    expect(nearby).toContain('href="/en/places/war-memorial/victory-square-minsk"');
    expect(nearby).toMatch(/\d(\.\d)? km away/);
    const from = new Date();
    const held = await api.listEvents({ query: { venue: place.id, from: from.toISOString(), to: new Date(from.getTime() + 365 * 86_400_000).toISOString(), locale: 'en', limit: 50 } });
    expect(held.items.length).toBeGreaterThan(0);
    const events = /<section class="place__events"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    for (const slug of new Set(held.items.map((o) => o.event.slug))) expect(events).toContain(`href="/en/events/${slug}"`);
    // Events elsewhere are not listed here.
    expect(events).not.toContain('slavianski-bazaar');
  });

  it('redirects a wrong kind or a localized slug to the place’s one address', async () => {
    const wrongKind = await request(app).get('/en/places/museum/mir-castle-complex');
    expect(wrongKind.status).toBe(301);
    expect(wrongKind.headers.location).toBe('/en/places/unesco-heritage/mir-castle-complex');
    const missing = await request(app).get('/en/places/museum/no-such-place');
    expect(missing.status).toBe(404);
  });

  it('describes each kind in JSON-LD with its schema.org type, name, geo, address, image and url, and the breadcrumbs', async () => {
    const expectations = [
      ['/en/places/tourist-site/minsk-upper-town', 'TouristAttraction'],
      ['/en/places/unesco-heritage/mir-castle-complex', 'LandmarksOrHistoricalBuildings'],
      ['/en/places/sanatorium/priozerny-sanatorium', 'HealthAndBeautyBusiness'],
      ['/en/places/war-memorial/brest-hero-fortress', 'LandmarksOrHistoricalBuildings'],
      ['/en/places/museum/national-art-museum', 'Museum'],
      ['/en/places/nature-reserve/braslav-lakes-national-park', 'Park'],
    ] as const;
    for (const [path, type] of expectations) {
      const [place, crumbs] = jsonLdOf(await pageOf(path));
      expect([place?.['@type']].flat(), path).toContain(type);
      expect(place, path).toMatchObject({ url: `https://portal.example${path}`, geo: { '@type': 'GeoCoordinates' }, address: { '@type': 'PostalAddress' } });
      const { name, geo, address, image } = place as { name: unknown; geo: Record<string, unknown>; address: Record<string, unknown>; image: unknown[] };
      expect([typeof name, typeof geo.latitude, typeof geo.longitude, typeof address.addressRegion], path).toEqual(['string', 'number', 'number', 'string']);
      expect(image[0], path).toMatch(/^https:\/\/portal\.example\/media\//);
      expect(crumbs?.['@type']).toBe('BreadcrumbList');
    }
  });

  it('carries a canonical address, hreflang alternates and Open Graph tags', async () => {
    const html = await pageOf('/be/places/unesco-heritage/mir-castle-complex');
    expect(html).toContain('<link rel="canonical" href="https://portal.example/be/places/unesco-heritage/mir-castle-complex"/>');
    expect(html).toContain('<link rel="alternate" hrefLang="ru" href="https://portal.example/ru/places/unesco-heritage/mir-castle-complex"/>');
    expect(html).toContain('<meta property="og:url" content="https://portal.example/be/places/unesco-heritage/mir-castle-complex"/>');
  });
});

describe('a place with a picture', () => {
  let staff: KrainaClient;
  let place: Site;
  let picture: Media;

  beforeAll(async () => {
    staff = await signInAsAdmin(apiUrl);
    // The demo's pictures have no renditions; an upload has, as an editor's would.
    picture = await uploadTestImage(apiUrl, { width: 1000, height: 563, alt: 'A blue test card', caption: 'The test card', credit: 'Kraina tests' });
    const draft = await staff.createSite({
      body: {
        kind: 'museum',
        // Mogilev region has few places, and this spot is far from each, so no other test's list or map shows it.
        region: 'mogilev',
        coordinates: { lat: 53.25, lng: 31.9 },
        translations: { en: { name: 'Museum of test pictures', description: richTextFromParagraphs(['Pictures.']) } },
        image: { mediaId: picture.id },
      },
    });
    await staff.changeSiteWorkflow({ params: { id: draft.id }, body: { action: 'publish', version: draft.version } });
    place = draft;
  });

  afterAll(async () => {
    await staff.deleteSite({ params: { id: place.id } });
    await staff.deleteMedia({ params: { id: picture.id } });
  });

  it('shows it with renditions, sizes and its size, fetched first, and shares its widest rendition', async () => {
    const res = await request(app).get(placePagePath('en', place));
    expect(res.status).toBe(200);
    const figure = /<figure class="place__image">(.*?)<\/figure>/s.exec(res.text)?.[1] ?? '';
    expect(figure).toContain('<source type="image/avif"');
    const img = /<img [^>]*>/.exec(figure)?.[0] ?? '';
    expect(img).toMatch(/ srcSet="\/media\/[^"]+ 320w, [^"]+ 1000w"/i);
    expect(img).toContain(' sizes="(min-width: 48rem) 46rem, 100vw"');
    expect(img).toContain(' width="1000"');
    expect(img).toContain(' height="563"');
    expect(img).toContain(' alt="A blue test card"');
    expect(img).toMatch(/fetchpriority="high"/i);
    expect(figure).toContain('<figcaption>The test card<small>Photo: Kraina tests</small></figcaption>');
    const src = / src="([^"]+)"/.exec(img)?.[1] ?? '';
    expect(/<meta property="og:image" content="([^"]+)"/.exec(res.text)?.[1]).toBe(`https://portal.example${src}`);
    expect(jsonLdOf(res.text)[0]?.image).toEqual([`https://portal.example${src}`]);
  });

  it('gives its card in a catalogue the same picture at card size, loaded lazily', async () => {
    const res = await request(app).get('/en/places/museum/?region=mogilev');
    const card = new RegExp(`<li class="place-card"[^>]*>(?:(?!</li>).)*?href="${placePagePath('en', place)}"`, 's').exec(res.text)?.[0] ?? '';
    const img = /<img [^>]*>/.exec(card)?.[0] ?? '';
    expect(img).toMatch(/ srcSet="\/media\/[^"]+ 320w, [^"]+ 1000w"/i);
    expect(img).toContain(' sizes="(min-width: 48rem) 12rem, 40vw"');
    expect(img).toContain(' width="1000"');
    expect(img).toContain(' height="563"');
    expect(img).toContain('loading="lazy"');
    expect(img).not.toMatch(/fetchpriority/i);
  });
});

describe('sendPlacePage for previews', () => {
  it('marks the page noindex and never cached', async () => {
    const site = { siteName: 'Belarus.by', siteUrl: 'https://portal.example', api, uncachedApi: api, pageCache: { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 60, staleIfErrorSeconds: 0 }, timeZone: 'Europe/Minsk', now: () => new Date(), mapTiles: null, alerts: { current: [] } } satisfies SiteContext;
    const preview = express();
    preview.use(placeRoutes(site));
    preview.get('/draft', async (_req, res) => {
      const place = await api.getSite({ params: { slug: 'mir-castle-complex' }, query: { locale: 'en' } });
      await sendPlacePage(site, res, 'en', place, { preview: true });
    });
    const res = await request(preview).get('/draft');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  it('leaves out a picture the API does not vouch for, on the page and in its previews', async () => {
    const site = { siteName: 'Belarus.by', siteUrl: 'https://portal.example', api, uncachedApi: api, pageCache: { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 60, staleIfErrorSeconds: 0 }, timeZone: 'Europe/Minsk', now: () => new Date(), mapTiles: null, alerts: { current: [] } } satisfies SiteContext;
    const preview = express();
    preview.get('/draft', async (_req, res) => {
      const place = await api.getSite({ params: { slug: 'mir-castle-complex' }, query: { locale: 'en' } });
      const unknown = { mediaId: '00000000-0000-4000-8000-000000000000' };
      await sendPlacePage(site, res, 'en', { ...place, image: unknown, gallery: [unknown] }, { preview: true });
    });
    const res = await request(preview).get('/draft');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('class="place__image"');
    expect(res.text).not.toContain('property="og:image"');
    expect(jsonLdOf(res.text)[0]?.image).toBeUndefined();
  });
});

describe('the site’s scripts and policy', () => {
  it('ships no JavaScript with an article page', async () => {
    const res = await request(app).get('/en/news/business-news/belarus-china-business-forum-minsk');
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")/);
  });

  it('lets images load from the configured tile server, and only then', async () => {
    const withTiles = createApp(loadConfig({ API_URL: apiUrl, MAP_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© Example' }));
    const res = await request(withTiles).get('/en/places/museum/');
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data: https://*.tile.example.org");
    expect(mapPropsOf(res.text).tiles).toEqual({ urlTemplate: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', attribution: '© Example' });
    const without = await request(app).get('/en/places/museum/');
    expect(without.headers['content-security-policy']).toContain("img-src 'self' data:;");
  });
});
