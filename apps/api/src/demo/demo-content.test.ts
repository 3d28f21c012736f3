import {
  type BlockNode,
  CreateArticleInputSchema,
  CreateEventInputSchema,
  CreateSectionInputSchema,
  CreateSiteInputSchema,
  defaultTimeZone,
  expandOccurrences,
  isInsideBox,
  SiteKindSchema,
  validate,
} from '@kraina/core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { demoContent } from './demo-content.js';
import { demoId } from './demo-ids.js';

const now = new Date('2026-05-20T09:00:00Z');
const content = demoContent(now);
const { sections, articles, events, sites, media } = content;

// Belarus from its westernmost to easternmost and southernmost to northernmost points, with a little margin.
const belarus = { south: 51.2, west: 23.1, north: 56.2, east: 32.8 };
const regions = ['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-region', 'mogilev', 'minsk-city'];

const parsedEvents = events.map((event) => {
  const result = validate(CreateEventInputSchema, event.input);
  if (!result.ok) throw new Error(`event ${event.input.slug} does not parse`);
  return result.value;
});

function failingPointers(what: string, schema: Parameters<typeof validate>[0], inputs: { slug?: string }[]): string[] {
  return inputs.flatMap((input) => {
    const result = validate(schema, input);
    return result.ok ? [] : result.issues.map((issue) => `${what} ${input.slug ?? '?'} ${issue.pointer}: ${issue.detail}`);
  });
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('demo content', () => {
  it('parses every section, article, event and place with the core create schemas', () => {
    const failures = [
      ...failingPointers('section', CreateSectionInputSchema, sections),
      ...failingPointers('article', CreateArticleInputSchema, articles.map((a) => a.input)),
      ...failingPointers('event', CreateEventInputSchema, events.map((e) => e.input)),
      ...failingPointers('site', CreateSiteInputSchema, sites.map((s) => s.input)),
    ];
    expect(failures).toEqual([]);
  });

  it('has at least 60 articles, 40 events, 40 places and 6 sections', () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(sites.length).toBeGreaterThanOrEqual(40);
    expect(sections.filter((s) => s.parent === null).length).toBeGreaterThanOrEqual(6);
  });

  it('lists sections parents first, with sub-sections, and files articles in at least six of them', () => {
    const seen = new Set<string>();
    for (const section of sections) {
      if (section.parent) expect(seen.has(section.parent), `${section.slug} comes after its parent`).toBe(true);
      expect(Object.keys(section.name).sort()).toEqual(['be', 'en', 'ru']);
      seen.add(section.slug);
    }
    expect(sections.find((s) => s.slug === 'business-news')?.parent).toBe('business');
    const used = new Set(articles.map((a) => a.input.section));
    expect([...used].filter((slug) => !seen.has(slug))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(6);
  });

  it('has a place of every kind, and Belarus’s four UNESCO sites with their list numbers', () => {
    const kinds = new Set(sites.map((s) => s.input.kind));
    expect([...kinds].sort()).toEqual([...SiteKindSchema.options].sort());
    const unesco = sites.flatMap((s) => (s.input.kind === 'unesco-heritage' ? [s.input.referenceNumber] : []));
    expect(unesco.sort()).toEqual(['1187', '1196', '33', '625']);
  });

  it('gives every slug once per type and every item its stable id', () => {
    expect(duplicates(sections.map((s) => s.slug))).toEqual([]);
    expect(duplicates(articles.map((a) => a.input.slug ?? ''))).toEqual([]);
    expect(duplicates(events.map((e) => e.input.slug ?? ''))).toEqual([]);
    expect(duplicates(sites.map((s) => s.input.slug ?? ''))).toEqual([]);
    expect(articles.every((a) => a.id === demoId('article', a.input.slug ?? ''))).toBe(true);
    expect(events.every((e) => e.id === demoId('event', e.input.slug ?? ''))).toBe(true);
    expect(sites.every((s) => s.id === demoId('site', s.input.slug ?? ''))).toBe(true);
  });

  it('has a picture for every media id the content refers to, and no picture nobody uses', () => {
    const referenced = [
      ...articles.map((a) => a.input.leadImage?.mediaId),
      ...events.map((e) => e.input.image?.mediaId),
      ...sites.map((s) => s.input.image?.mediaId),
    ];
    const available = new Set(media.map((m) => m.id));
    expect(referenced.filter((id) => id === undefined || !available.has(id))).toEqual([]);
    expect(media.filter((m) => !referenced.includes(m.id)).map((m) => m.filename)).toEqual([]);
    expect(duplicates(media.map((m) => m.filename))).toEqual([]);
    expect(media.every((m) => Object.keys(m.alt).length === 3)).toBe(true);
  });

  it('links only to items that exist, by slug and by the stable id the seeder will give them', () => {
    const slugs = {
      articles: new Set(articles.map((a) => a.input.slug)),
      events: new Set(events.map((e) => e.input.slug)),
      sites: new Set(sites.map((s) => s.input.slug)),
    };
    const broken = [...articles, ...events, ...sites].flatMap((item) =>
      (['articles', 'events', 'sites'] as const).flatMap((type) => item.links[type].filter((slug) => !slugs[type].has(slug)).map((slug) => `${item.input.slug} → ${type}/${slug}`)),
    );
    expect(broken).toEqual([]);
    for (const event of events) {
      expect(event.venueSiteSlugs).toHaveLength(event.input.schedule.length);
      event.input.schedule.forEach((session, index) => {
        const slug = event.venueSiteSlugs[index];
        if (slug === null || slug === undefined) expect(session.venue?.type).not.toBe('site');
        else expect(session.venue).toEqual({ type: 'site', siteId: demoId('site', slug) });
        if (slug) expect(slugs.sites.has(slug), `${event.input.slug} at ${slug}`).toBe(true);
      });
    }
  });

  it('places every site and every mapped venue inside Belarus, in a known region', () => {
    const outside = sites.filter((s) => !isInsideBox(s.input.coordinates, belarus)).map((s) => s.input.slug);
    expect(outside).toEqual([]);
    expect(sites.filter((s) => !regions.includes(s.input.region)).map((s) => s.input.slug)).toEqual([]);
    const regionOfSite = new Map(sites.map((s) => [s.id, s.input.region]));
    for (const event of events) {
      for (const session of event.input.schedule) {
        expect(regions, event.input.slug).toContain(session.region);
        if (session.venue?.type === 'address' && session.venue.coordinates) expect(isInsideBox(session.venue.coordinates, belarus)).toBe(true);
        if (session.venue?.type === 'site') expect(session.region, event.input.slug).toBe(regionOfSite.get(session.venue.siteId));
      }
    }
  });

  it('writes every article in English, about half in Russian and about a quarter in Belarusian', () => {
    const inLocale = (locale: string) => articles.filter((a) => a.input.translations[locale] !== undefined).length;
    expect(inLocale('en')).toBe(articles.length);
    expect(inLocale('ru') / articles.length).toBeGreaterThanOrEqual(0.4);
    expect(inLocale('ru') / articles.length).toBeLessThanOrEqual(0.7);
    expect(inLocale('be') / articles.length).toBeGreaterThanOrEqual(0.2);
    expect(inLocale('be') / articles.length).toBeLessThanOrEqual(0.4);
    // Belarusian without Russian exercises the fallback chain be → ru → en skipping a step.
    expect(articles.some((a) => a.input.translations.be && !a.input.translations.ru)).toBe(true);
  });

  it('gives every article a dateline, a captioned lead picture with alt text, tags and a body of 3 to 6 blocks', () => {
    for (const { input } of articles) {
      expect(input.dateline?.agency.en, input.slug).toBeTruthy();
      expect(Object.keys(input.dateline?.place ?? {}).sort()).toEqual(['be', 'en', 'ru']);
      expect(input.leadImage?.caption?.en, input.slug).toBeTruthy();
      expect(Object.keys(input.leadImage?.alt ?? {}).sort()).toEqual(['be', 'en', 'ru']);
      expect(input.tags?.length, input.slug).toBeGreaterThan(0);
      for (const text of Object.values(input.translations)) {
        expect(text.body.content.length, input.slug).toBeGreaterThanOrEqual(3);
        expect(text.body.content.length, input.slug).toBeLessThanOrEqual(6);
      }
    }
    const quotes = articles.flatMap((a) => (a.input.translations.en?.body.content ?? []).filter((b: BlockNode) => b.type === 'blockquote'));
    expect(quotes.length).toBeGreaterThan(30);
    expect(quotes.every((q) => q.type === 'blockquote' && q.attrs?.attribution)).toBe(true);
  });

  it('dates published articles over the last 90 days, with drafts, one scheduled, one archived and draft translations', () => {
    const statuses = articles.map((a) => a.workflow.status);
    expect(statuses.filter((s) => s === 'published').length).toBeGreaterThan(50);
    expect(statuses.filter((s) => s === 'draft').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 'scheduled')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'archived')).toHaveLength(1);
    const ninetyDaysAgo = now.getTime() - 90 * 86_400_000;
    for (const { input, workflow } of articles) {
      if (workflow.status === 'published' || workflow.status === 'archived') {
        const at = Date.parse(workflow.firstPublishedAt ?? '');
        expect(at, input.slug).toBeGreaterThan(ninetyDaysAgo);
        expect(at, input.slug).toBeLessThanOrEqual(now.getTime());
        expect(input.dateline?.date).toBe(Temporal.Instant.from(workflow.firstPublishedAt ?? '').toZonedDateTimeISO(defaultTimeZone).toPlainDate().toString());
      } else if (workflow.status === 'scheduled') {
        expect(Date.parse(workflow.publishAt ?? '')).toBeGreaterThan(now.getTime());
        expect(workflow.firstPublishedAt).toBeNull();
      } else {
        expect(workflow.firstPublishedAt).toBeNull();
      }
    }
    const draftTranslations = articles.filter((a) => a.workflow.status === 'published' && Object.values(a.translationStatus).includes('draft'));
    expect(draftTranslations.length).toBeGreaterThanOrEqual(3);
  });

  it('has recurring, multi-day, months-long, all-day, multi-city, cancelled and postponed events', () => {
    const sessions = parsedEvents.flatMap((e) => e.schedule);
    expect(sessions.some((s) => s.rrule?.includes('BYDAY=SU') && s.rrule.includes('BYHOUR=15,17'))).toBe(true);
    expect(sessions.some((s) => s.exdates?.length)).toBe(true);
    expect(sessions.some((s) => s.rdates?.length)).toBe(true);
    const lengthInDays = (s: (typeof sessions)[number]) =>
      s.allDay ? Temporal.PlainDate.from(s.start).until(Temporal.PlainDate.from(s.end)).days + 1 : 1;
    expect(sessions.some((s) => s.allDay && lengthInDays(s) === 1)).toBe(true);
    expect(sessions.some((s) => lengthInDays(s) > 1 && lengthInDays(s) <= 10)).toBe(true);
    expect(sessions.some((s) => lengthInDays(s) >= 90)).toBe(true);
    expect(parsedEvents.some((e) => new Set(e.schedule.map((s) => s.city?.en)).size >= 5)).toBe(true);
    for (const status of ['cancelled', 'postponed', 'moved-online'] as const) {
      const event = parsedEvents.find((e) => e.eventStatus === status);
      expect(event?.statusNote.en, status).toBeTruthy();
    }
    const categories = new Set(parsedEvents.map((e) => e.category));
    for (const category of ['festival', 'exhibition', 'concert', 'sport', 'forum', 'holiday'] as const) expect(categories).toContain(category);
    expect(events.some((e) => e.workflow.status === 'draft')).toBe(true);
  });

  it('gives the same content, ids included, for the same reference time', () => {
    expect(demoContent(new Date(now))).toEqual(content);
  });
});

describe.each([
  '2026-05-20T09:00:00Z',
  '2026-07-04T21:30:00Z', // the evening after Independence Day: next year's is a whole year ahead
  '2026-07-11T08:00:00Z', // Slavianski Bazaar under way
  '2026-01-03T10:00:00Z', // the Christmas fair that opened last December still running
  '2027-12-31T22:30:00Z', // already 1 January in Minsk: New Year's Eve is 364 days ahead and ends on the last day
  '2028-02-29T12:00:00Z',
  '2025-11-07T10:00:00Z', // the day after the winter exhibition opened
])('events for a portal loaded at %s', (iso) => {
  const loadedAt = new Date(iso);
  const today = Temporal.Instant.from(iso).toZonedDateTimeISO(defaultTimeZone).toPlainDate();
  const horizon = today.add({ years: 1 }); // included: "the next twelve months" end on this day next year
  const { events: eventsThen } = demoContent(loadedAt);

  it('all happen from today up to a year ahead, every occurrence included', () => {
    const problems: string[] = [];
    for (const event of eventsThen) {
      const result = validate(CreateEventInputSchema, event.input);
      if (!result.ok) {
        problems.push(`${event.input.slug}: ${result.issues.map((i) => `${i.pointer} ${i.detail}`).join('; ')}`);
        continue;
      }
      const range = { from: today.subtract({ years: 2 }).toString() + 'T00:00:00Z', to: today.add({ years: 3 }).toString() + 'T00:00:00Z' };
      const occurrences = expandOccurrences(result.value.schedule, range, { limit: 10_000 });
      expect(occurrences.length, event.input.slug).toBeGreaterThan(0);
      for (const occurrence of occurrences) {
        const first = Temporal.PlainDate.from(occurrence.startDate ?? occurrence.localDate);
        const last = occurrence.endDate
          ? Temporal.PlainDate.from(occurrence.endDate)
          : Temporal.Instant.from(occurrence.endsAt).subtract({ nanoseconds: 1 }).toZonedDateTimeISO(occurrence.timeZone).toPlainDate();
        if (Temporal.PlainDate.compare(first, today) < 0 || Temporal.PlainDate.compare(last, horizon) > 0) {
          problems.push(`${event.input.slug}: ${first.toString()}–${last.toString()} is outside ${today.toString()}…${horizon.toString()}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
