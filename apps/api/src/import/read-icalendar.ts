import { EventCategorySchema, type FieldIssue, type InlineNode, type RichText, TimeZoneSchema } from '@kraina/core';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { SourceFileError, type SourceRecord } from './source-record.js';

// Events from an iCalendar file (RFC 5545), one per UID. Each VEVENT is parsed on its own, so a broken line spoils
// only its event, and the event is named by the line its BEGIN:VEVENT is on. Times keep the source's own zone:
// a TZID that names an IANA zone (directly, through X-LIC-LOCATION, or at the end of a path such as
// "/citadel.org/…/Europe/Minsk") is used as it is, so recurrences follow that zone's clock changes as the source
// meant; a TZID that names no known zone is refused rather than guessed. An occurrence moved by a RECURRENCE-ID
// override becomes an exception of the series plus a session of its own.

/** Where the events go: the locale of their text, and the zone of times that name none ("floating"). */
export interface CalendarTarget {
  locale: string;
  timeZone: string;
}

interface Block {
  name: string;
  line: number;
  text: string;
  ended: boolean;
}

/** The components at the top of the calendar (VTIMEZONE, VEVENT, …) with the line each begins on. */
function topLevelBlocks(text: string): Block[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (!lines.some((line) => /^BEGIN:VCALENDAR\s*$/i.test(line))) throw new SourceFileError('Not an iCalendar file: there is no BEGIN:VCALENDAR');
  const blocks: Block[] = [];
  let depth = 0;
  let current: { name: string; line: number; lines: string[] } | undefined;
  lines.forEach((line, index) => {
    const begin = /^BEGIN:([A-Za-z-]+)\s*$/i.exec(line);
    const end = /^END:([A-Za-z-]+)\s*$/i.exec(line);
    if (begin) {
      depth += 1;
      if (depth === 2) current = { name: (begin[1] as string).toUpperCase(), line: index + 1, lines: [] };
    }
    current?.lines.push(line);
    if (end) {
      if (depth === 2 && current) {
        blocks.push({ name: current.name, line: current.line, text: current.lines.join('\r\n'), ended: true });
        current = undefined;
      }
      depth = Math.max(0, depth - 1);
    }
  });
  if (current) blocks.push({ name: current.name, line: current.line, text: current.lines.join('\r\n'), ended: false });
  return blocks;
}

function parseBlock(block: Block): ICAL.Component {
  const jcal: unknown = ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${block.text}\r\nEND:VCALENDAR\r\n`);
  const [component] = new ICAL.Component(jcal as unknown[]).getAllSubcomponents();
  if (!component) throw new Error('empty component');
  return component;
}

/** The line inside a block that a parser error quotes, or the block's first line. */
function lineOfError(block: Block, error: unknown): number {
  // ical.js quotes the offending line last: invalid line (no token ";" or ":") "…".
  const quoted = [...(error instanceof Error ? error.message : '').matchAll(/"([^"]+)"/g)].at(-1)?.[1];
  const at = quoted === undefined ? -1 : block.text.split('\r\n').findIndex((line) => line.includes(quoted));
  return at < 0 ? block.line : block.line + at;
}

/** An IANA zone a TZID names, or undefined. */
function ianaZoneOf(tzid: string): string | undefined {
  const segments = tzid.split('/').filter((s) => s !== '');
  for (let take = Math.min(3, segments.length); take >= 1; take -= 1) {
    const candidate = segments.slice(-take).join('/');
    if (TimeZoneSchema.safeParse(candidate).success) return candidate;
  }
  return undefined;
}

/** TZID → IANA zone, from the calendar's VTIMEZONEs. */
function zonesOf(blocks: readonly Block[]): Map<string, string> {
  const zones = new Map<string, string>();
  for (const block of blocks.filter((b) => b.name === 'VTIMEZONE' && b.ended)) {
    try {
      const component = parseBlock(block);
      const tzid = String(component.getFirstPropertyValue('tzid') ?? '');
      const location = component.getFirstPropertyValue('x-lic-location');
      const zone = ianaZoneOf(tzid) ?? (typeof location === 'string' ? ianaZoneOf(location) : undefined);
      if (tzid !== '' && zone !== undefined) zones.set(tzid, zone);
    } catch {
      // A VTIMEZONE that does not parse leaves its TZID unknown; events that name it are then refused.
    }
  }
  return zones;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A time as written on the clock: a day, or a day and time. */
function wallClockOf(time: ICAL.Time): string {
  const day = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.isDate) return day;
  return `${day}T${pad(time.hour)}:${pad(time.minute)}${time.second === 0 ? '' : `:${pad(time.second)}`}`;
}

function isUtc(time: ICAL.Time): boolean {
  return time.zone?.tzid === 'UTC';
}

/** Moves a wall-clock time from one zone's clock to another's, through the instant they share. */
function moveToZone(wallClock: string, from: string, to: string): string {
  if (from === to || !wallClock.includes('T')) return wallClock;
  const moved = Temporal.PlainDateTime.from(wallClock).toZonedDateTime(from).withTimeZone(to).toPlainDateTime();
  return moved.toString({ smallestUnit: moved.second === 0 ? 'minute' : 'second' });
}

interface Reading {
  zones: Map<string, string>;
  target: CalendarTarget;
  issues: FieldIssue[];
}

/** The zone a property's time is in: its TZID's, UTC, or the portal's for a floating time. */
function zoneOfProperty(property: ICAL.Property, time: ICAL.Time, reading: Reading): string | undefined {
  const tzid = property.getParameter('tzid');
  if (typeof tzid === 'string' && tzid !== '') {
    const zone = reading.zones.get(tzid) ?? ianaZoneOf(tzid);
    if (zone === undefined) reading.issues.push({ pointer: `#/${property.name.toUpperCase()}`, detail: `TZID "${tzid}" is not a known time zone` });
    return zone;
  }
  return isUtc(time) ? 'UTC' : reading.target.timeZone;
}

/** Each value of every such property (EXDATE, RDATE), on the session's clock. */
function datesOn(component: ICAL.Component, name: string, zone: string, allDay: boolean, reading: Reading): string[] {
  return component.getAllProperties(name).flatMap((property) =>
    property.getValues().flatMap((value: unknown) => {
      if (!(value instanceof ICAL.Time)) return []; // RDATE;VALUE=PERIOD is rare enough to leave out
      const from = zoneOfProperty(property, value, reading);
      if (from === undefined) return [];
      const local = moveToZone(wallClockOf(value), from, zone);
      return [allDay ? local.slice(0, 10) : local];
    }),
  );
}

/** UNTIL as core takes it: a day, or a UTC time; a local time (which RFC 5545 forbids with a TZID) is converted. */
function ruleOf(component: ICAL.Component, zone: string): string | undefined {
  const recur = component.getFirstPropertyValue('rrule');
  if (!(recur instanceof ICAL.Recur)) return undefined;
  return recur.toString().replace(/UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?!Z)/, (_all, y, mo, d, h, mi, s) => {
    const instant = Temporal.PlainDateTime.from(`${y}-${mo}-${d}T${h}:${mi}:${s}`).toZonedDateTime(zone).toInstant();
    return `UNTIL=${instant.toString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`;
  });
}

/** One session from a VEVENT's DTSTART, DTEND or DURATION, RRULE, RDATE and EXDATE. */
function sessionOf(component: ICAL.Component, reading: Reading, options: { recurring: boolean }): Record<string, unknown> | undefined {
  const startProperty = component.getFirstProperty('dtstart');
  const start = startProperty?.getFirstValue();
  if (!startProperty || !(start instanceof ICAL.Time)) {
    reading.issues.push({ pointer: '#/DTSTART', detail: 'The event has no start' });
    return undefined;
  }
  let zone = zoneOfProperty(startProperty, start, reading);
  if (zone === undefined) return undefined;
  const allDay = start.isDate;
  const rrule = options.recurring ? ruleOf(component, zone) : undefined;
  let startLocal = wallClockOf(start);
  // A single event given in UTC is shown on the portal's clock; a series keeps UTC, as its rule is written in it.
  if (zone === 'UTC' && rrule === undefined && !allDay) {
    startLocal = moveToZone(startLocal, 'UTC', reading.target.timeZone);
    zone = reading.target.timeZone;
  }
  const endProperty = component.getFirstProperty('dtend');
  const endValue = endProperty?.getFirstValue();
  let endLocal = startLocal;
  if (endProperty && endValue instanceof ICAL.Time) {
    const from = zoneOfProperty(endProperty, endValue, reading);
    if (from === undefined) return undefined;
    endLocal = moveToZone(wallClockOf(endValue), from, zone);
  } else if (component.hasProperty('duration')) {
    endLocal = moveToZone(wallClockOf(new ICAL.Event(component).endDate), isUtc(start) ? 'UTC' : zone, zone);
  }
  if (allDay) {
    // DTEND of an all-day event is the day after it ends (RFC 5545 3.6.1); core's end is its last day.
    const last = endLocal === startLocal ? startLocal : Temporal.PlainDate.from(endLocal.slice(0, 10)).subtract({ days: 1 }).toString();
    endLocal = Temporal.PlainDate.compare(last, startLocal) < 0 ? startLocal : last;
  }
  const exdates = datesOn(component, 'exdate', zone, allDay, reading);
  const rdates = options.recurring ? datesOn(component, 'rdate', zone, allDay, reading) : [];
  const location = component.getFirstPropertyValue('location');
  const geo = component.getFirstPropertyValue('geo');
  const coordinates = Array.isArray(geo) && geo.length === 2 ? { lat: Number(geo[0]), lng: Number(geo[1]) } : undefined;
  return {
    allDay,
    start: startLocal,
    end: endLocal,
    timeZone: zone,
    ...(rrule === undefined ? {} : { rrule }),
    ...(rdates.length === 0 ? {} : { rdates }),
    ...(exdates.length === 0 ? {} : { exdates }),
    ...(typeof location === 'string' && location.trim() !== ''
      ? { venue: { type: 'address', address: { [reading.target.locale]: location.trim() }, ...(coordinates ? { coordinates } : {}) } }
      : {}),
  };
}

/** Plain text as paragraphs at blank lines, with its single line breaks kept. */
function richTextOfPlain(text: string): RichText {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => ({
      type: 'paragraph',
      content: paragraph.split('\n').flatMap((line, i): InlineNode[] => [...(i > 0 ? [{ type: 'hardBreak' as const }] : []), ...(line.trim() === '' ? [] : [{ type: 'text' as const, text: line.trim() }])]),
    })),
  };
}

const categories = new Set<string>(EventCategorySchema.options);

function categoryOf(component: ICAL.Component): string {
  const named = component.getAllProperties('categories').flatMap((p) => p.getValues().map((v: unknown) => String(v).trim().toLowerCase()));
  return named.find((c) => categories.has(c)) ?? 'other';
}

function instantOfProperty(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value.toJSDate().toISOString() : undefined;
}

/** The record of one UID: its master VEVENT and the overrides of single occurrences. */
function eventRecord(uid: string, master: { component: ICAL.Component; line: number }, overrides: readonly ICAL.Component[], target: CalendarTarget, zones: Map<string, string>): SourceRecord {
  const reading: Reading = { zones, target, issues: [] };
  const { component } = master;
  const title = String(component.getFirstPropertyValue('summary') ?? '').replace(/\s+/g, ' ').trim();
  if (title === '') reading.issues.push({ pointer: '#/SUMMARY', detail: 'The event has no SUMMARY; an event needs a title' });
  const session = sessionOf(component, reading, { recurring: true });
  const schedule = session === undefined ? [] : [session];
  if (session) {
    for (const override of overrides) {
      const recurrenceProperty = override.getFirstProperty('recurrence-id');
      const recurrence = recurrenceProperty?.getFirstValue();
      if (!recurrenceProperty || !(recurrence instanceof ICAL.Time)) continue;
      const from = zoneOfProperty(recurrenceProperty, recurrence, reading);
      if (from === undefined) continue;
      const moved = moveToZone(wallClockOf(recurrence), from, String(session.timeZone));
      session.exdates = [...((session.exdates as string[] | undefined) ?? []), session.allDay ? moved.slice(0, 10) : moved];
      const cancelled = String(override.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
      const replacement = cancelled ? undefined : sessionOf(override, reading, { recurring: false });
      if (replacement) schedule.push(replacement);
    }
  }
  const description = String(component.getFirstPropertyValue('description') ?? '');
  const url = component.getFirstPropertyValue('url');
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  return {
    position: `line ${master.line} (UID ${uid})`,
    sourceId: uid,
    oldUrl: typeof url === 'string' ? url : undefined,
    publishedAt: instantOfProperty(component, 'created') ?? instantOfProperty(component, 'dtstamp'),
    input: {
      category: categoryOf(component),
      ...(status === 'CANCELLED' ? { eventStatus: 'cancelled' } : {}),
      translations: { [target.locale]: { title, description: richTextOfPlain(description) } },
      schedule,
    },
    issues: reading.issues,
  };
}

/**
 * Reads an iCalendar file into one record per event (UID), in the file's order. Throws a SourceFileError when the
 * text is not an iCalendar object at all; a broken event is a record with its issues, named by its line.
 */
export function readICalendar(text: string, target: CalendarTarget): SourceRecord[] {
  const blocks = topLevelBlocks(text);
  const zones = zonesOf(blocks);
  const records: { line: number; record: SourceRecord }[] = [];
  const byUid = new Map<string, { master?: { component: ICAL.Component; line: number }; overrides: ICAL.Component[]; line: number }>();
  for (const block of blocks.filter((b) => b.name === 'VEVENT')) {
    const broken = (line: number, pointer: string, detail: string) =>
      records.push({ line, record: { position: `line ${line}`, sourceId: undefined, oldUrl: undefined, publishedAt: undefined, input: {}, issues: [{ pointer, detail }] } });
    if (!block.ended) {
      broken(block.line, '#/VEVENT', 'BEGIN:VEVENT is never ended by END:VEVENT');
      continue;
    }
    let component: ICAL.Component;
    try {
      component = parseBlock(block);
    } catch (error) {
      broken(lineOfError(block, error), '#/VEVENT', `Not valid iCalendar: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const uid = String(component.getFirstPropertyValue('uid') ?? '').trim();
    if (uid === '') {
      broken(block.line, '#/UID', 'The event has no UID, so a re-import could not find it');
      continue;
    }
    const entry = byUid.get(uid) ?? { overrides: [], line: block.line };
    if (component.hasProperty('recurrence-id')) entry.overrides.push(component);
    else entry.master = { component, line: block.line };
    byUid.set(uid, entry);
  }
  for (const [uid, entry] of byUid) {
    // An override whose series is not in the file is an event of its own.
    const master = entry.master ?? { component: entry.overrides[0] as ICAL.Component, line: entry.line };
    records.push({ line: entry.line, record: eventRecord(uid, master, entry.master ? entry.overrides : [], target, zones) });
  }
  return records.sort((a, b) => a.line - b.line).map((r) => r.record);
}
