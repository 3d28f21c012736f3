import ical, { type VEvent } from 'node-ical';
import request from 'supertest';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';

// The feeds are read back by node-ical, a real iCalendar parser, as a reader's calendar app would read them.
const apiUrl = inject('apiUrl');
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', SITE_URL: 'https://portal.example', API_URL: apiUrl }));

async function feed(path: string) {
  const res = await request(app).get(path).buffer(true).parse((response, done) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => done(null, text));
  });
  const text = res.body as string;
  const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  return { res, text, events };
}

const summaryOf = (event: VEvent) => (typeof event.summary === 'string' ? event.summary : event.summary.val);

describe('the calendar as iCalendar', () => {
  it('is text/calendar in UTF-8, each VEVENT with a UID and a start in a named zone, in UTC, or a whole day', async () => {
    const { res, text, events } = await feed('/en/events.ics?from=2020-01-01&to=2040-12-31');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) {
      expect(event.uid).toBeTruthy();
      expect(event.start.tz !== undefined || event.start.dateOnly === true, summaryOf(event)).toBe(true);
    }
    // The VTIMEZONE blocks have DTSTARTs of their own, in local time by design; only the events' are checked.
    const blocks = [...text.matchAll(/BEGIN:VEVENT\r?\n(.*?)END:VEVENT/gs)].map((m) => m[1] ?? '');
    expect(blocks.every((block) => /^UID:.+$/m.test(block))).toBe(true);
    const starts = blocks.flatMap((block) => block.split(/\r?\n/).filter((line) => line.startsWith('DTSTART')));
    expect(starts).toHaveLength(events.length);
    for (const line of starts) expect(line).toMatch(/^DTSTART(;TZID=[A-Za-z_/+-]+:\d{8}T\d{6}|:\d{8}T\d{6}Z|;VALUE=DATE:\d{8})$/);
  });

  it("keeps a recurring event's rule, so a calendar app expands it into its dates at 19:00 in Minsk", async () => {
    const { events } = await feed('/en/events/polotsk-organ-evenings.ics');
    expect(events).toHaveLength(1);
    const [organ] = events as [VEvent];
    expect(organ.rrule?.toString()).toContain('FREQ=MONTHLY');
    const dates = ical.expandRecurringEvent(organ, { from: new Date(), to: new Date(Date.now() + 400 * 86_400_000) });
    expect(dates.length).toBeGreaterThanOrEqual(9);
    for (const date of dates) expect(date.start.toISOString()).toMatch(/T16:00:00\.000Z$/);
  });

  it('holds only what the filters select, as the events page does', async () => {
    const range = 'from=2020-01-01&to=2040-12-31';
    const all = (await feed(`/en/events.ics?${range}`)).events.map(summaryOf);
    const concerts = (await feed(`/en/events.ics?${range}&category=concert`)).events.map(summaryOf);
    const polotsk = (await feed(`/en/events.ics?${range}&city=Polotsk`)).events.map(summaryOf);
    expect(concerts.length).toBeGreaterThan(0);
    expect(concerts.length).toBeLessThan(all.length);
    expect(concerts).toContain('Organ evenings in Saint Sophia Cathedral');
    expect(concerts).not.toContain('The Belarusian Landscape: two centuries of painting');
    expect(polotsk).toContain('Organ evenings in Saint Sophia Cathedral');
    expect(polotsk).not.toContain('Open-air jazz at the Grodno castles');
    for (const title of [...concerts, ...polotsk]) expect(all).toContain(title);
  });

  it('answers 400 naming the filter it cannot use, and 404 for an event that does not exist', async () => {
    const bad = await request(app).get('/en/events.ics?category=party');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('“party” is not an event category');
    expect((await request(app).get('/en/events/no-such-event.ics')).status).toBe(404);
  });
});
