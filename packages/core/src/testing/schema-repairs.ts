import { Temporal } from 'temporal-polyfill';
import { daysInRange, maxEditorialCalendarDays } from '../calendar/editorial-calendar.js';
import type { Repair } from './arbitrary-from-schema.js';

// Test support: the cross-field rules JSON Schema cannot state, applied to generated values by schema id.
// Each repair keeps the value's generated parts and changes only what the rule forbids, so the property tests
// still explore the schema's whole valid space rather than a few hand-picked examples.

type Loose = Record<string, unknown>;
const zonesWithoutDst = ['Europe/Minsk', 'UTC', 'Asia/Tokyo', 'Europe/Moscow', 'Asia/Kolkata'];
const validRules = ['FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0', 'FREQ=DAILY;COUNT=5', 'FREQ=MONTHLY;BYDAY=1SA;UNTIL=20271231'];
const pick = <T>(options: readonly T[], seed: string): T => options[[...seed].reduce((sum, c) => sum + c.charCodeAt(0), 0) % options.length] as T;

function sessionTime(value: unknown, allDay: boolean): string {
  const text = String(value);
  const day = text.slice(0, 10);
  // Generated times never fall in a DST gap, since the repaired zones have none; see expand-occurrences tests for gaps.
  return allDay ? day : `${day}T${text.length > 10 ? text.slice(11, 16) : '12:00'}`;
}

function alertWindow(alert: Loose): Loose {
  if (typeof alert.startsAt !== 'string' || typeof alert.endsAt !== 'string') return alert;
  const [start, end] = [Date.parse(alert.startsAt), Date.parse(alert.endsAt)];
  if (end > start) return alert;
  return { ...alert, startsAt: new Date(Math.min(start, end)).toISOString(), endsAt: new Date(Math.max(start, end) + 1000).toISOString() };
}

/** Repairs by schema id. */
export const schemaRepairs: Record<string, Repair> = {
  TimeZone: (zone: string) => pick(zonesWithoutDst, zone),
  RecurrenceRule: (rule: string) => pick(validRules, rule),
  EventSession: (session: Loose) => {
    const allDay = session.allDay === true;
    const start = sessionTime(session.start, allDay);
    const end = sessionTime(session.end, allDay);
    const times = (list: unknown) => (Array.isArray(list) ? list.map((t) => sessionTime(t, allDay)) : list);
    return {
      ...session,
      start: start <= end ? start : end,
      end: start <= end ? end : start,
      ...(session.rdates === undefined ? {} : { rdates: times(session.rdates) }),
      ...(session.exdates === undefined ? {} : { exdates: times(session.exdates) }),
    };
  },
  Price: (price: Loose) =>
    typeof price.min === 'number' && typeof price.max === 'number' && price.min > price.max
      ? { ...price, min: price.max, max: price.min }
      : price,
  SanatoriumBooking: (booking: Loose) =>
    booking.phone === undefined && booking.email === undefined && booking.url === undefined
      ? { ...booking, phone: '+375 17 123-45-67' }
      : booking,
  // Each action takes only its own fields: a time to schedule, locales and a take-down time to publish or schedule
  // (the take-down after the publication), a withdrawal to unpublish.
  WorkflowRequest: (request: Loose) => {
    const { publishAt, locales, unpublishAt, withdrawal, ...rest } = request;
    const publishing = rest.action === 'publish' || rest.action === 'schedule';
    const at = rest.action === 'schedule' ? (typeof publishAt === 'string' ? publishAt : '2031-05-01T09:00:00Z') : undefined;
    const takeDown = typeof unpublishAt === 'string' && at !== undefined && Date.parse(unpublishAt) <= Date.parse(at) ? new Date(Date.parse(at) + 60_000).toISOString() : unpublishAt;
    return {
      ...rest,
      ...(at === undefined ? {} : { publishAt: at }),
      ...(publishing ? (locales === undefined ? {} : { locales }) : {}),
      ...(publishing && takeDown !== undefined ? { unpublishAt: takeDown } : {}),
      ...(rest.action === 'unpublish' && withdrawal !== undefined ? { withdrawal } : {}),
    };
  },
  // A banner ends after it starts: swap a generated pair that does not, and nudge an equal one.
  CreateSiteAlertInput: (alert: Loose) => alertWindow(alert),
  UpdateSiteAlertInput: (alert: Loose) => alertWindow(alert),
  CreateRedirectInput: (redirect: Loose) => (redirect.from === redirect.to ? { ...redirect, to: `${String(redirect.to)}old` } : redirect),
  ArticleListQuery: (query: Loose) => {
    const { page: _page, ...withoutPage } = query;
    const fixed = query.cursor !== undefined ? withoutPage : query;
    return typeof fixed.from === 'string' && typeof fixed.to === 'string' && fixed.from > fixed.to
      ? { ...fixed, from: fixed.to, to: fixed.from }
      : fixed;
  },
  EventListQuery: (query: Loose) => {
    if (typeof query.from !== 'string' || typeof query.to !== 'string') return query;
    const [from, to] = [Date.parse(query.from), Date.parse(query.to)];
    if (from < to) return query;
    if (from > to) return { ...query, from: query.to, to: query.from };
    const { to: _to, ...rest } = query;
    return rest;
  },
  SiteListQuery: (query: Loose) => {
    const fixed = { ...query };
    if (typeof fixed.bbox === 'string') {
      const [s = 0, w = 0, n = 0, e = 0] = fixed.bbox.split(',').map(Number);
      const [south, north] = [Math.max(-90, Math.min(s, n, 90)), Math.min(90, Math.max(s, n, -90))];
      const clamp = (v: number) => Math.max(-180, Math.min(180, v));
      fixed.bbox = [south, clamp(w), north, clamp(e)].join(',');
    }
    if (typeof fixed.near === 'string') {
      const [lat = 0, lng = 0] = fixed.near.split(',').map(Number);
      fixed.near = [Math.max(-90, Math.min(90, lat)), Math.max(-180, Math.min(180, lng))].join(',');
    }
    if (fixed.near === undefined) delete fixed.radius;
    return fixed;
  },
  // The editorial event list's days come in order: a generated pair that does not is swapped.
  StaffEventListQuery: (query: Loose) =>
    typeof query.from === 'string' && typeof query.to === 'string' && query.from > query.to ? { ...query, from: query.to, to: query.from } : query,
  // Both days are kept as generated when they fit six weeks; otherwise `to` becomes a day within them.
  EditorialCalendarQuery: (query: Loose) => {
    if (typeof query.from !== 'string' || typeof query.to !== 'string') return query;
    const [first, last] = query.from <= query.to ? [query.from, query.to] : [query.to, query.from];
    const span = daysInRange(first, last);
    return { ...query, from: first, to: span <= maxEditorialCalendarDays ? last : Temporal.PlainDate.from(first).add({ days: span % maxEditorialCalendarDays }).toString() };
  },
  // A list of ids arrives as one comma-separated string, which JSON Schema sees only as text: the generated text is
  // read as a seed, and each list becomes that many ids (up to three), the shape a caller sends.
  RelatedLookupQuery: (query: Loose) => {
    const fixed = { ...query };
    for (const kind of ['articles', 'events', 'sites']) {
      const text = fixed[kind];
      if (typeof text !== 'string') continue;
      fixed[kind] = Array.from({ length: text.length % 4 }, (_, i) => `00000000-0000-4000-8000-${String(text.length * 10 + i).padStart(12, '0')}`).join(',');
    }
    return fixed;
  },
};
// The downloads take the lists' filters, so their rules too.
schemaRepairs.EventDownloadQuery = schemaRepairs.EventListQuery as Repair;
schemaRepairs.SiteDownloadQuery = schemaRepairs.SiteListQuery as Repair;
