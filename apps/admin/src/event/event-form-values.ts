import {
  type CreateEventInput,
  CreateEventInputSchema,
  type Event,
  type EventCategory,
  type EventSessionInput,
  type EventStatus,
  type ImageRef,
  type RichText,
  type UpdateEventInput,
  UpdateEventInputSchema,
  type Venue,
  defaultTimeZone,
  emptyRichText,
} from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { type RepeatValues, noRepeat, repeatOf, ruleOf } from './recurrence-builder.js';

/** One locale's text as the form edits it: an absent summary is an empty field. */
export interface EventTextValues {
  title: string;
  summary: string;
  description: RichText;
}

/** Where a session happens as the form edits it: every kind's fields are kept, so switching kinds loses nothing. */
export interface VenueValues {
  type: 'none' | Venue['type'];
  siteId: string;
  address: Record<string, string>;
  lat: string;
  lng: string;
  url: string;
}

/** One session as the form edits it: its times, the recurrence builder's choices, skipped dates and venue. */
export interface SessionValues {
  allDay: boolean;
  start: string;
  end: string;
  timeZone: string;
  repeat: RepeatValues;
  exdates: string[];
  venue: VenueValues;
}

/** What a ticket costs as the form edits it: nothing said, free, or a range. */
export interface PriceValues {
  kind: 'none' | 'free' | 'paid';
  min: string;
  max: string;
  currency: string;
}

/** What the event form holds; top-level names match the API's, so a changed field names what to send. */
export interface EventFormValues {
  category: EventCategory;
  eventStatus: EventStatus;
  statusNote: Record<string, string>;
  organiser: Record<string, string>;
  price: PriceValues;
  ticketUrl: string;
  image: ImageRef | null;
  schedule: SessionValues[];
  translations: Record<string, EventTextValues>;
}

/** An empty text for a locale the editor starts. */
export const emptyEventText = (): EventTextValues => ({ title: '', summary: '', description: emptyRichText() });

const noVenue = (): VenueValues => ({ type: 'none', siteId: '', address: {}, lat: '', lng: '', url: '' });

/** A new session: an evening a week from today in the portal's home zone, happening once. */
export function newSession(today: string): SessionValues {
  const start = `${today}T19:00`;
  return { allDay: false, start, end: `${today}T21:00`, timeZone: defaultTimeZone, repeat: noRepeat(), exdates: [], venue: noVenue() };
}

/** A new event's form, its one session starting on `today`. */
export function newEventValues(locale: string, today: string): EventFormValues {
  return {
    category: 'concert',
    eventStatus: 'scheduled',
    statusNote: {},
    organiser: {},
    price: { kind: 'none', min: '', max: '', currency: 'BYN' },
    ticketUrl: '',
    image: null,
    schedule: [newSession(today)],
    translations: { [locale]: emptyEventText() },
  };
}

function venueValuesOf(venue: Venue | undefined): VenueValues {
  const values = noVenue();
  if (venue === undefined) return values;
  if (venue.type === 'site') return { ...values, type: 'site', siteId: venue.siteId };
  if (venue.type === 'online') return { ...values, type: 'online', url: venue.url };
  return { ...values, type: 'address', address: { ...venue.address }, lat: String(venue.coordinates?.lat ?? ''), lng: String(venue.coordinates?.lng ?? '') };
}

/** The form's values for a saved event. */
export function eventFormValuesOf(event: Event): EventFormValues {
  const price = event.price;
  return {
    category: event.category,
    eventStatus: event.eventStatus,
    statusNote: { ...event.statusNote },
    organiser: { ...event.organiser },
    price: price === null
      ? { kind: 'none', min: '', max: '', currency: 'BYN' }
      : { kind: price.isFree ? 'free' : 'paid', min: String(price.min ?? ''), max: String(price.max ?? ''), currency: price.currency },
    ticketUrl: event.ticketUrl ?? '',
    image: event.image,
    schedule: event.schedule.map((session) => ({
      allDay: session.allDay,
      start: session.start,
      end: session.end,
      timeZone: session.timeZone,
      repeat: repeatOf(session.rrule, session.start),
      exdates: [...(session.exdates ?? [])],
      venue: venueValuesOf(session.venue),
    })),
    translations: Object.fromEntries(
      Object.entries(event.translations).map(([locale, text]) => [locale, { title: text.title, summary: text.summary ?? '', description: text.description }]),
    ),
  };
}

const filled = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));
// An empty number field is "not said", not zero; anything else goes to core's schema as typed, to be judged there.
const numberOf = (text: string) => (text.trim() === '' ? undefined : Number(text));

function venueOf(venue: VenueValues): Venue | undefined {
  switch (venue.type) {
    case 'none':
      return undefined;
    case 'site':
      return { type: 'site', siteId: venue.siteId };
    case 'online':
      return { type: 'online', url: venue.url };
    case 'address': {
      const lat = numberOf(venue.lat);
      const lng = numberOf(venue.lng);
      return { type: 'address', address: filled(venue.address), ...(lat === undefined && lng === undefined ? {} : { coordinates: { lat: lat ?? Number.NaN, lng: lng ?? Number.NaN } }) };
    }
  }
}

/** One session as the API takes it. */
export function sessionInputOf(session: SessionValues): EventSessionInput {
  const rrule = ruleOf(session.repeat, session.start);
  const venue = venueOf(session.venue);
  return {
    allDay: session.allDay,
    start: session.start,
    end: session.end,
    timeZone: session.timeZone,
    ...(rrule === undefined ? {} : { rrule }),
    ...(session.exdates.length > 0 ? { exdates: session.exdates } : {}),
    ...(venue === undefined ? {} : { venue }),
  };
}

/** What creating the event sends: every field in the form. */
export function createEventInputOf(values: EventFormValues): CreateEventInput {
  const { price } = values;
  return {
    category: values.category,
    eventStatus: values.eventStatus,
    statusNote: filled(values.statusNote),
    organiser: filled(values.organiser),
    price: price.kind === 'none' ? null : price.kind === 'free' ? { isFree: true, currency: price.currency } : { isFree: false, min: numberOf(price.min), max: numberOf(price.max), currency: price.currency },
    ticketUrl: values.ticketUrl.trim() === '' ? null : values.ticketUrl.trim(),
    image: values.image,
    schedule: values.schedule.map(sessionInputOf),
    translations: Object.fromEntries(
      Object.entries(values.translations).map(([locale, text]) => {
        const summary = text.summary.trim();
        return [locale, { title: text.title, description: text.description, ...(summary === '' ? {} : { summary }) }];
      }),
    ),
  };
}

type TopField = Exclude<keyof EventFormValues, 'translations'>;
const topFields: readonly TopField[] = ['category', 'eventStatus', 'statusNote', 'organiser', 'price', 'ticketUrl', 'image', 'schedule'];

/**
 * What saving an event sends: only the fields the editor changed and the texts of locales with a changed field, so
 * a translator's save names only their locale and nobody's unrelated edit is written back.
 */
export function updateEventInputOf(values: EventFormValues, changed: { fields: readonly string[]; locales: readonly string[] }): UpdateEventInput {
  const full = createEventInputOf(values);
  const update: UpdateEventInput = {};
  for (const field of topFields) if (changed.fields.includes(field)) Object.assign(update, { [field]: full[field] });
  const texts = Object.fromEntries(changed.locales.flatMap((locale) => (full.translations[locale] ? [[locale, full.translations[locale]]] : [])));
  return Object.keys(texts).length > 0 ? { ...update, translations: texts } : update;
}

/**
 * The form's resolver: core's own create or update schema over what would be sent, so the form refuses exactly what
 * the API refuses, in the schema's words, at the same paths (`schedule.0.end`, `translations.en.title`).
 */
export function eventResolver(mode: 'create' | 'update'): Resolver<EventFormValues> {
  const schema = mode === 'create' ? CreateEventInputSchema : UpdateEventInputSchema;
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(createEventInputOf(values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}
