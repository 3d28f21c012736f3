import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { LocalDateSchema, LocalDateTimeSchema, isLocalDate, isLocalDateTime } from '../calendar/local-date.js';
import { ExternalUrlSchema } from '../content/content-fields.js';
import { CoordinatesSchema } from '../geo/coordinates.js';
import { LocalizedStringSchema } from '../locale/localized.js';
import { SlugSchema } from '../slug/slug.js';

/** The zone an event is in when its editor names none: the portal's home country. */
export const defaultTimeZone = 'Europe/Minsk';

// Names only: a fixed offset such as "+03:00" cannot follow a country's clock changes, so it is refused.
const zoneNamePattern = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** An IANA time zone name as the tz database spells it (`Europe/Minsk`, `America/New_York`, `UTC`). */
export const TimeZoneSchema = z
  .string()
  .regex(zoneNamePattern, { message: 'Must be an IANA time zone name such as "Europe/Minsk", not an offset', abort: true })
  .superRefine((zone, ctx) => {
    const spelled = spellTimeZone(zone);
    if (spelled === undefined) ctx.addIssue({ code: 'custom', message: `"${zone}" is not a known IANA time zone` });
    // Zones are compared as strings downstream (filters, caches), so one zone must have one spelling.
    else if (spelled !== zone) ctx.addIssue({ code: 'custom', message: `Write the time zone as "${spelled}"` });
  })
  .meta({ id: 'TimeZone', examples: [defaultTimeZone, 'Europe/Berlin'] });
/** An IANA time zone name such as `Europe/Minsk`. */
export type TimeZone = z.infer<typeof TimeZoneSchema>;

/** The tz database spelling of a zone name, or undefined when Intl or Temporal does not know it. */
function spellTimeZone(zone: string): string | undefined {
  try {
    // Intl formats the dates readers see and Temporal computes them; both must know the zone.
    new Intl.DateTimeFormat('en', { timeZone: zone });
    // Temporal keeps the name as given but fixes its case ("europe/minsk" → "Europe/Minsk"), unlike Intl,
    // which also swaps links for the names ICU prefers ("Europe/Kyiv" → "Europe/Kiev").
    return Temporal.PlainDate.from('2000-01-01').toZonedDateTime(zone).timeZoneId;
  } catch {
    return undefined;
  }
}

const ruleParts = new Set([
  'FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY',
  'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST', 'RSCALE', 'SKIP', // RSCALE, SKIP: RFC 7529
]);
// Bounds of each numeric part (RFC 5545 3.3.10); `signed` parts also count back from the end with negatives.
const numericParts: Record<string, { min: number; max: number; signed?: boolean }> = {
  COUNT: { min: 1, max: Number.MAX_SAFE_INTEGER },
  INTERVAL: { min: 1, max: Number.MAX_SAFE_INTEGER },
  BYSECOND: { min: 0, max: 60 },
  BYMINUTE: { min: 0, max: 59 },
  BYHOUR: { min: 0, max: 23 },
  BYMONTHDAY: { min: 1, max: 31, signed: true },
  BYYEARDAY: { min: 1, max: 366, signed: true },
  BYWEEKNO: { min: 1, max: 53, signed: true },
  BYSETPOS: { min: 1, max: 366, signed: true },
};
const untilPattern = /^\d{8}(?:T\d{6}Z)?$/;

/**
 * What is wrong with a recurrence rule, or undefined when rrule-temporal accepts it.
 * The engine parses the rule; these checks come first because it silently ignores what it cannot read
 * (`COUNT=abc` would make a rule endless, `BYHOUR=25` would vanish), and a wrong rule must be refused, not guessed at.
 */
function findRuleProblem(rule: string): string | undefined {
  if (/^RRULE:/i.test(rule)) return 'Give the rule without the "RRULE:" prefix';
  if (/DTSTART/i.test(rule)) return 'Give the first occurrence as "start", not as DTSTART in the rule';
  const seen = new Set<string>();
  for (const part of rule.split(';')) {
    const [name = '', value, ...rest] = part.split('=');
    if (!ruleParts.has(name) || value === undefined || value === '' || rest.length > 0) {
      return `"${part}" is not a rule part such as FREQ=WEEKLY (names are upper case, parts separated by ";")`;
    }
    if (seen.has(name)) return `${name} may appear only once`;
    seen.add(name);
    const bounds = numericParts[name];
    if (bounds && !value.split(',').every((item) => isInBounds(item, bounds))) {
      return `${name} must be ${bounds.signed ? `±${bounds.min}…${bounds.max}` : `${bounds.min}…${bounds.max}`}, not "${value}"`;
    }
    if (name === 'UNTIL' && !untilPattern.test(value)) {
      return 'UNTIL must be a last day such as 20261231 or a UTC time such as 20261231T210000Z';
    }
  }
  if (seen.has('COUNT') && seen.has('UNTIL')) return 'Give COUNT or UNTIL, not both';
  if (seen.has('BYSETPOS') && ![...seen].some((name) => name.startsWith('BY') && name !== 'BYSETPOS')) {
    return 'BYSETPOS needs another BY… part to pick from';
  }
  try {
    // Any start will do to parse: the rule's own syntax does not depend on it.
    new RRuleTemporal({ rruleString: rule, dtstart: Temporal.ZonedDateTime.from('2000-01-01T00:00[UTC]') });
    return undefined;
  } catch (error) {
    return `Not a valid recurrence rule: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function isInBounds(item: string, bounds: { min: number; max: number; signed?: boolean }): boolean {
  if (!(bounds.signed ? /^[+-]?\d+$/ : /^\d+$/).test(item)) return false;
  const magnitude = Math.abs(Number(item));
  return magnitude >= bounds.min && magnitude <= bounds.max;
}

/**
 * An RFC 5545 recurrence rule, the value of RRULE without the `RRULE:` prefix and without DTSTART,
 * e.g. `FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0`. UNTIL is a last day (`20261231`, inclusive, in the
 * session's zone) or a UTC time (`20261231T210000Z`); COUNT counts occurrences from the session's start.
 */
export const RecurrenceRuleSchema = z
  .string()
  .min(1)
  .max(1000)
  .superRefine((rule, ctx) => {
    const problem = findRuleProblem(rule);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ id: 'RecurrenceRule', examples: ['FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0', 'FREQ=MONTHLY;BYDAY=1SA;COUNT=10'] });
/** An RRULE value such as `FREQ=WEEKLY;BYDAY=SU`. */
export type RecurrenceRule = z.infer<typeof RecurrenceRuleSchema>;

/** Where an event happens: a place in the catalogue, a free address (with a map point if known), or online. */
export const VenueSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('site'), siteId: z.uuid() }),
    z.strictObject({ type: z.literal('address'), address: LocalizedStringSchema, coordinates: CoordinatesSchema.optional() }),
    z.strictObject({ type: z.literal('online'), url: ExternalUrlSchema }),
  ])
  .meta({ id: 'Venue' });
/** Where an event happens. */
export type Venue = z.infer<typeof VenueSchema>;

// A session's start, end, RDATEs and EXDATEs are all days or all wall-clock times, as `allDay` says.
const SessionTimeSchema = z.union([LocalDateSchema, LocalDateTimeSchema], {
  error: 'Must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:mm)',
});

/**
 * One run of an event at one venue or city, with its own dates and zone.
 *
 * `start` and `end` are the FIRST occurrence: days (`YYYY-MM-DD`, `end` the last day, inclusive) when `allDay`,
 * else wall-clock times in `timeZone`. When `rrule` is given the series repeats from `start`, every occurrence
 * lasting as long on the clock as the first (15:00–17:00 stays 15:00–17:00 across a DST change), and only the
 * rule's UNTIL or COUNT ends it; `start` itself is always an occurrence. `rdates` add occurrences and `exdates`
 * remove them, both written like `start` and read in `timeZone`.
 */
export const EventSessionSchema = z
  .strictObject({
    allDay: z.boolean().default(false),
    start: SessionTimeSchema,
    end: SessionTimeSchema,
    timeZone: TimeZoneSchema.default(defaultTimeZone),
    rrule: RecurrenceRuleSchema.optional(),
    rdates: z.array(SessionTimeSchema).max(500).optional(),
    exdates: z.array(SessionTimeSchema).max(500).optional(),
    venue: VenueSchema.optional(),
    city: LocalizedStringSchema.optional(),
    region: SlugSchema.optional(),
  })
  .superRefine((session, ctx) => {
    const isRightKind = session.allDay ? isLocalDate : isLocalDateTime;
    const expected = session.allDay
      ? 'An all-day session is given in days such as 2026-11-06'
      : 'A timed session is given as a date and time such as 2026-11-06T19:00 (or set allDay)';
    const times = [
      { path: ['start'], value: session.start },
      { path: ['end'], value: session.end },
      ...(session.rdates ?? []).map((value, index) => ({ path: ['rdates', index], value })),
      ...(session.exdates ?? []).map((value, index) => ({ path: ['exdates', index], value })),
    ];
    let kindsMatch = true;
    for (const { path, value } of times) {
      if (!isRightKind(value)) {
        kindsMatch = false;
        ctx.addIssue({ code: 'custom', path, message: expected });
      } else if (!session.allDay && !existsOnTheClock(value, session.timeZone)) {
        ctx.addIssue({ code: 'custom', path, message: `${value} does not exist in ${session.timeZone}: the clocks skip it` });
      }
    }
    if (kindsMatch && compareSessionTimes(session.end, session.start, session.allDay) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'Must not be before start' });
    }
  })
  .meta({
    id: 'EventSession',
    description:
      'One run of an event. start/end are the first occurrence (days, end inclusive, when allDay); ' +
      'rrule repeats it, each occurrence as long on the clock as the first.',
  });
/** One run of an event with its own dates, zone and place, as stored (defaults applied). */
export type EventSession = z.infer<typeof EventSessionSchema>;
/** One run of an event as a client may send it (`allDay` and `timeZone` may be left out). */
export type EventSessionInput = z.input<typeof EventSessionSchema>;

function compareSessionTimes(a: string, b: string, allDay: boolean): number {
  // Not as text: "15:00" and "15:00:00" are the same time but different strings.
  return allDay ? Temporal.PlainDate.compare(a, b) : Temporal.PlainDateTime.compare(a, b);
}

/** Whether a wall-clock time happens in a zone: the hour skipped when clocks go forward does not; a repeated one does. */
function existsOnTheClock(localDateTime: string, timeZone: string): boolean {
  const wallClock = Temporal.PlainDateTime.from(localDateTime);
  try {
    // A skipped time comes back moved past the gap; a repeated time comes back as itself (its first instance).
    return wallClock.toZonedDateTime(timeZone).toPlainDateTime().equals(wallClock);
  } catch {
    return true; // an unknown zone is reported on `timeZone` itself, not on every time read in it
  }
}

/** When and where an event happens: one or more sessions, e.g. the same show in Minsk, Brest and Gomel. */
export const EventScheduleSchema = z
  .array(EventSessionSchema)
  .min(1, 'Give at least one session')
  .max(100)
  .meta({ id: 'EventSchedule' });
/** When and where an event happens, as stored. */
export type EventSchedule = z.infer<typeof EventScheduleSchema>;
/** When and where an event happens, as a client may send it. */
export type EventScheduleInput = z.input<typeof EventScheduleSchema>;
