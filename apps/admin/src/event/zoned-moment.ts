import { Temporal } from 'temporal-polyfill';

/** What a wall-clock time in a zone means: the instant, its offset, or why the clock has no single such time. */
export type ZonedMoment =
  | { kind: 'exact'; instant: Temporal.Instant; offset: string }
  /** The clocks skip this time (spring forward); `movedTo` is the wall-clock time it would become. */
  | { kind: 'gap'; movedTo: string }
  /** The clocks show this time twice (fall back); the earlier is the one meant. */
  | { kind: 'overlap'; instant: Temporal.Instant; offset: string; laterOffset: string };

/** A wall-clock date-time (`2026-03-29T02:30`) read in an IANA zone, saying plainly when DST makes it odd. */
export function readWallClock(wallClock: string, timeZone: string): ZonedMoment | undefined {
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from(wallClock);
    const earlier = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
    const later = local.toZonedDateTime(timeZone, { disambiguation: 'later' });
    if (!earlier.toPlainDateTime().equals(local)) return { kind: 'gap', movedTo: later.toPlainDateTime().toString({ smallestUnit: 'minute' }) };
    if (!earlier.equals(later)) return { kind: 'overlap', instant: earlier.toInstant(), offset: earlier.offset, laterOffset: later.offset };
    return { kind: 'exact', instant: earlier.toInstant(), offset: earlier.offset };
  } catch {
    return undefined; // not yet a whole date-time, or a zone still being typed
  }
}

/** Every IANA zone the browser knows, with UTC, for the zone picker. */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The zone the editor's own device is in. */
export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
