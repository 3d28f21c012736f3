import { type CreateEventInput, type EventCategory, type EventSessionInput, type WorkflowStatus, richTextFromParagraphs, slugify } from '@kraina/core';
import { archiveEnd } from './bench-articles.js';
import { type BenchLocale, headline, paragraph, pickTown } from './bench-vocabulary.js';
import type { SeededRandom } from './seeded-random.js';

// Twenty thousand events from a year before the archive's end to a year after: half one-off evenings, a quarter
// festivals over several days, a quarter weekly series (a few of them without end, like a Sunday guided tour).

const categories: readonly EventCategory[] = ['festival', 'exhibition', 'concert', 'theatre', 'cinema', 'sport', 'forum', 'conference', 'fair', 'holiday', 'other'];
const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The month the benchmark's calendar reads: inside the generated year ahead. */
export const benchMonth = { year: 2026, month: 12 } as const;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

function sessionOf(random: SeededRandom, startMs: number): EventSessionInput {
  const kind = random.next();
  if (kind < 0.5) {
    const hour = random.int(10, 20);
    return { start: `${day(startMs)}T${pad(hour)}:00`, end: `${day(startMs)}T${pad(Math.min(hour + random.int(1, 3), 23))}:30` };
  }
  if (kind < 0.75) return { allDay: true, start: day(startMs), end: day(startMs + random.int(1, 6) * 86_400_000) };
  const hour = random.int(10, 19);
  const weekday = weekdays[(new Date(startMs).getUTCDay() + 6) % 7] as string;
  // Mostly a season of weeks; one series in twenty never ends, so every month's calendar has to expand it.
  const end = random.chance(0.05) ? '' : random.chance(0.5) ? `;COUNT=${random.int(4, 30)}` : `;UNTIL=${day(startMs + random.int(30, 200) * 86_400_000).replaceAll('-', '')}`;
  const session: EventSessionInput = { start: `${day(startMs)}T${pad(hour)}:00`, end: `${day(startMs)}T${pad(hour + 2)}:00`, rrule: `FREQ=WEEKLY;BYDAY=${weekday}${end}` };
  if (random.chance(0.3)) session.exdates = [`${day(startMs + 14 * 86_400_000)}T${pad(hour)}:00`];
  return session;
}

/** Event number `index`, with the locales it is published in and when; `siteIds` are places it may be held at. */
export function benchEvent(
  random: SeededRandom,
  index: number,
  siteIds: readonly string[],
): { input: CreateEventInput; locales: Record<string, WorkflowStatus>; publishedAt: string } {
  const startMs = archiveEnd + (random.next() * 2 - 1) * 365 * 86_400_000;
  const town = pickTown(random);
  const session = sessionOf(random, startMs);
  session.city = town.name;
  session.region = town.region;
  if (siteIds.length > 0 && random.chance(0.4)) session.venue = { type: 'site', siteId: random.pick(siteIds) };
  else session.venue = { type: 'address', address: { en: `${random.int(1, 120)} Independence Avenue, ${town.name.en}` } };

  const translations: CreateEventInput['translations'] = {};
  const locales: Record<string, WorkflowStatus> = {};
  for (const [locale, share] of [['en', 1], ['ru', 0.8], ['be', 0.5]] as [BenchLocale, number][]) {
    if (!random.chance(share)) continue;
    translations[locale] = {
      title: headline(random, locale, town.name[locale]),
      summary: paragraph(random, locale),
      description: richTextFromParagraphs([paragraph(random, locale)]),
    };
    locales[locale] = 'published';
  }
  const title = translations.en?.title ?? `event ${index}`;
  const eventStatus = random.chance(0.9) ? 'scheduled' : random.pick(['cancelled', 'postponed', 'moved-online'] as const);
  return {
    input: {
      slug: `${slugify(title, 'event').slice(0, 100)}-${index}`,
      category: random.pick(categories),
      eventStatus,
      translations,
      schedule: [session],
      price: random.chance(0.5) ? { isFree: true } : { isFree: false, min: random.int(5, 20), max: random.int(20, 90), currency: 'BYN' },
      tags: [random.pick(['family', 'music', 'history', 'sport', 'crafts'])],
    },
    locales,
    publishedAt: new Date(Math.min(startMs, archiveEnd) - random.int(7, 60) * 86_400_000).toISOString(),
  };
}
