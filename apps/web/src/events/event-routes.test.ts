import { type Event, type KrainaClient, type Media, createClient, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from '../../test-support/sign-in-as-admin.js';
import { uploadTestImage } from '../../test-support/upload-test-image.js';
import { createApp } from '../app.js';
import { monthParam } from '../calendar/calendar-month.js';
import { loadConfig } from '../config.js';
import { monthAt } from './event-window.js';

// The real demo API, started once for the run (test-support/global-setup.ts); nothing here is mocked. Demo events are
// dated from the day the demo loads, so the months asked for are worked out from the events themselves.
const apiUrl = inject('apiUrl');
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', SITE_URL: 'https://portal.example', API_URL: apiUrl }));
const api = createClient({ baseUrl: apiUrl });
const thisMonth = monthAt(new Date(), 'Europe/Minsk');

const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
const itemsOf = (html: string) => [...html.matchAll(/<li class="event-item event-item--([a-z-]+)">(.*?)<\/li>/gs)].map((m) => ({ status: m[1], html: m[2] ?? '' }));
const monthOfEvent = async (slug: string) => (await api.getEvent({ params: { slug }, query: { locale: 'en' } })).schedule[0]?.start.slice(0, 7) ?? '';

describe('the events calendar', () => {
  it('shows the breadcrumbs Home | Events calendar, this month as a grid of weeks, and its events by day', async () => {
    const res = await request(app).get('/en/events/');
    expect(res.status).toBe(200);
    const crumbs = /<nav class="breadcrumbs"[^>]*>(.*?)<\/nav>/s.exec(res.text)?.[1] ?? '';
    expect([...crumbs.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(['Home', 'Events calendar']);
    expect([...res.text.matchAll(/<abbr title="[^"]+">([^<]+)<\/abbr>/g)].map((m) => m[1]).join(' ')).toBe('Su Mo Tu We Th Fr Sa');
    expect(res.text).toMatch(/<td class="has-events[^"]*"><a href="\/en\/events\/\?from=(\d{4}-\d{2}-\d{2})&amp;to=\1" aria-label="[^"]+: \d+ events?"/);
    expect(itemsOf(res.text).length).toBeGreaterThan(0);
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300, stale-if-error=86400');
  });

  it('starts the week on Monday with Russian weekday names', async () => {
    const res = await request(app).get('/ru/events/');
    expect([...res.text.matchAll(/<abbr title="[^"]+">([^<]+)<\/abbr>/g)].map((m) => m[1]).join(' ')).toBe('пн вт ср чт пт сб вс');
    expect(res.text).toContain('<h1>Календарь событий</h1>');
  });

  it('links to the months either side with rel prev and next, carrying the filters', async () => {
    const res = await request(app).get(`/en/events/?month=${monthParam(thisMonth.year, thisMonth.month)}&category=concert&city=Minsk`);
    const next = thisMonth.month === 12 ? monthParam(thisMonth.year + 1, 1) : monthParam(thisMonth.year, thisMonth.month + 1);
    const previous = thisMonth.month === 1 ? monthParam(thisMonth.year - 1, 12) : monthParam(thisMonth.year, thisMonth.month - 1);
    expect(res.text).toContain(`<a href="/en/events/?month=${next}&amp;category=concert&amp;city=Minsk" rel="next">`);
    expect(res.text).toContain(`<a href="/en/events/?month=${previous}&amp;category=concert&amp;city=Minsk" rel="prev">`);
    // The language switch keeps them too.
    expect(res.text).toContain(`href="/be/events/?month=${monthParam(thisMonth.year, thisMonth.month)}&amp;category=concert&amp;city=Minsk"`);
  });

  it('lists only concerts when filtered by that category, with the category chosen in the form', async () => {
    const month = await monthOfEvent('polotsk-organ-evenings');
    const res = await request(app).get(`/en/events/?month=${month}&category=concert`);
    expect(res.status).toBe(200);
    const items = itemsOf(res.text);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.html).toContain('<span>Concert</span>');
    expect(res.text).toContain('/en/events/polotsk-organ-evenings');
    expect(res.text).toContain('<option value="concert" selected="">Concert</option>');
    expect(res.text).toContain('href="/en/events.ics?category=concert"');
    expect(res.text).toContain('href="webcal://portal.example/en/events.ics?category=concert"');
  });

  it('lists only the events of a city typed in any case, and only those of a day range', async () => {
    const month = await monthOfEvent('polotsk-organ-evenings');
    const inPolotsk = itemsOf((await request(app).get(`/en/events/?month=${month}&city=polotsk`)).text);
    expect(inPolotsk.length).toBeGreaterThan(0);
    for (const item of inPolotsk) expect(item.html).toContain('<span>Polotsk</span>');
    const start = (await api.getEvent({ params: { slug: 'polotsk-organ-evenings' }, query: {} })).schedule[0]?.start.slice(0, 10) ?? '';
    const day = await request(app).get(`/en/events/?from=${start}&to=${start}`);
    expect(day.status).toBe(200);
    expect([...day.text.matchAll(/<h3 id="day-([\d-]+)">/g)].map((m) => m[1])).toEqual([start]);
    expect(day.text).toContain('/en/events/polotsk-organ-evenings');
  });

  it('shows a cancelled occurrence as cancelled in the list', async () => {
    const month = await monthOfEvent('ice-show-minsk-arena');
    const res = await request(app).get(`/en/events/?month=${month}`);
    const cancelled = itemsOf(res.text).find((item) => item.html.includes('/en/events/ice-show-minsk-arena'));
    expect(cancelled?.status).toBe('cancelled');
    expect(cancelled?.html).toContain('<strong class="event-badge event-badge--cancelled">Cancelled</strong>');
  });

  it('answers 400 naming the field for a value it cannot use, and still shows the calendar', async () => {
    const cases = [
      ['/en/events/?category=party', '“party” is not an event category'],
      ['/en/events/?month=2026-13', 'The month “2026-13” is not a month'],
      ['/en/events/?from=2026-02-30', 'The start date “2026-02-30” is not a date'],
      ['/en/events/?from=2026-12-10&to=2026-12-01', 'The end date 2026-12-01 is before the start date'],
      ['/en/events/?city=Minsk&city=Brest', 'The city “Minsk,Brest”'],
      ['/ru/events/?category=party', '«party» — не категория событий'],
    ] as const;
    for (const [path, message] of cases) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(400);
      expect(res.text, path).toContain(message);
      // The month has no field of its own in the form; every other value is shown back, marked invalid.
      if (!path.includes('month=')) expect(res.text, path).toContain('aria-invalid="true"');
      expect(res.text, path).toContain('class="event-grid"');
    }
  });

  it('sends /events without its slash to the calendar, keeping the query', async () => {
    const res = await request(app).get('/en/events?category=sport');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/events/?category=sport');
  });
});

describe('an event', () => {
  it('shows a postponed event with its notice, times on its own clock, the venue linked to its place, and the calendar link', async () => {
    const res = await request(app).get('/en/events/grodno-open-air-jazz');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Open-air jazz at the Grodno castles</h1>');
    expect(res.text).toMatch(/<div class="event-status event-status--postponed" role="status"><p class="event-status__label">Postponed<\/p><p>Postponed by two weeks/);
    expect(res.text).toMatch(/\d{1,2}:\d{2}\s–\s\d{1,2}:\d{2}\sPM<\/strong> · times in Europe\/Minsk \(GMT\+3\)/);
    expect(res.text).toMatch(/<a href="\/en\/places\/[a-z-]+\/grodno-castles-museum">/);
    expect(res.text).toContain('href="/en/events/grodno-open-air-jazz.ics"');
    expect(res.text).toContain('<link rel="canonical" href="https://portal.example/en/events/grodno-open-air-jazz"/>');
  });

  it('carries JSON-LD Event with offset times, status, location and price, and the breadcrumb list', async () => {
    const [event, crumbs] = jsonLdOf((await request(app).get('/en/events/grodno-open-air-jazz')).text);
    expect(event?.['@type']).toBe('Event');
    expect(event?.name).toBe('Open-air jazz at the Grodno castles');
    expect(event?.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T19:00:00\+03:00$/);
    expect(event?.eventStatus).toBe('https://schema.org/EventPostponed');
    expect(event?.location).toMatchObject({ '@type': 'Place', geo: { '@type': 'GeoCoordinates' }, address: { addressLocality: 'Grodno' } });
    expect(event?.offers).toEqual({ '@type': 'AggregateOffer', lowPrice: 25, highPrice: 40, priceCurrency: 'BYN' });
    expect(crumbs?.['@type']).toBe('BreadcrumbList');
  });

  it('shows an event moved online as such, streamed from a VirtualLocation', async () => {
    const res = await request(app).get('/en/events/science-cafe-lectures');
    expect(res.text).toMatch(/role="status"><p class="event-status__label">Moved online<\/p>/);
    const [event] = jsonLdOf(res.text);
    expect(event?.eventStatus).toBe('https://schema.org/EventMovedOnline');
    expect(event?.location).toEqual({ '@type': 'VirtualLocation', url: 'https://live.kraina.example/science-cafe' });
    expect(event?.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });

  it('says how a recurring event repeats and lists its next dates', async () => {
    const res = await request(app).get('/en/events/polotsk-organ-evenings');
    expect(res.text).toContain('<p class="event__recurrence">Every month: the 1st Saturday · 10 times in all</p>');
    expect([...res.text.matchAll(/<ul class="event__dates">(.*?)<\/ul>/gs)][0]?.[1]?.match(/<li>/g)?.length).toBeGreaterThan(1);
  });

  it('offers hreflang alternates only for the locales the event is published in', async () => {
    const res = await request(app).get('/en/events/alexandria-gathers-friends');
    expect(res.text).toContain('hrefLang="ru" href="https://portal.example/ru/events/alexandria-gathers-friends"');
    expect(res.text).not.toContain('rel="alternate" hrefLang="be"');
  });

  it('answers 404 for an event that does not exist', async () => {
    expect((await request(app).get('/en/events/no-such-event')).status).toBe(404);
  });
});

describe('an event with a picture', () => {
  let staff: KrainaClient;
  let event: Event;
  let picture: Media;

  beforeAll(async () => {
    staff = await signInAsAdmin(apiUrl);
    // The demo's pictures have no renditions; an upload has, as an editor's would.
    picture = await uploadTestImage(apiUrl, { width: 1000, height: 563, alt: 'A blue test card', caption: 'The test card', credit: 'Kraina tests' });
    event = await staff.createEvent({
      body: {
        category: 'exhibition',
        // Years ahead, so no calendar month other tests read shows it.
        schedule: [{ start: '2036-03-03T10:00', end: '2036-03-03T18:00', city: { en: 'Minsk' } }],
        translations: { en: { title: 'Test exhibition of pictures', description: richTextFromParagraphs(['Pictures.']) } },
        image: { mediaId: picture.id },
      },
    });
    await staff.changeEventWorkflow({ params: { id: event.id }, body: { action: 'publish', version: event.version } });
  });

  afterAll(async () => {
    await staff.deleteEvent({ params: { id: event.id } });
    await staff.deleteMedia({ params: { id: picture.id } });
  });

  it('shows it with renditions, sizes and its size, fetched first, and shares its widest rendition', async () => {
    const res = await request(app).get(`/en/events/${event.slug}`);
    expect(res.status).toBe(200);
    const figure = /<figure class="event__image">(.*?)<\/figure>/s.exec(res.text)?.[1] ?? '';
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
    expect(src).toMatch(/^\/media\/[0-9a-f-]{36}[-.][\w.-]+$/);
    expect(/<meta property="og:image" content="([^"]+)"/.exec(res.text)?.[1]).toBe(`https://portal.example${src}`);
    expect(jsonLdOf(res.text)[0]?.image).toEqual([`https://portal.example${src}`]);
  });
});

describe('an event reached by its Russian slug', () => {
  let staff: KrainaClient;
  let event: Event;

  beforeAll(async () => {
    staff = await signInAsAdmin(apiUrl);
    const text = (title: string, slug?: string) => ({ title, description: richTextFromParagraphs([title]), ...(slug ? { slug } : {}) });
    event = await staff.createEvent({
      body: {
        category: 'forum',
        // Years ahead, so no calendar month other tests read shows it.
        schedule: [{ start: '2035-06-03T10:00', end: '2035-06-03T18:00', city: { en: 'Minsk', ru: 'Минск' } }],
        translations: { en: text('Test forum of slugs'), ru: text('Тестовый форум', 'testovyi-forum') },
      },
    });
    await staff.changeEventWorkflow({ params: { id: event.id }, body: { action: 'publish', version: event.version } });
  });

  afterAll(async () => {
    await staff.deleteEvent({ params: { id: event.id } });
  });

  it('sends the reader to the one address, under the main slug', async () => {
    const res = await request(app).get('/ru/events/testovyi-forum');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`/ru/events/${event.slug}`);
  });
});
