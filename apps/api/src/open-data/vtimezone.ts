import { Temporal } from 'temporal-polyfill';

// RFC 5545 wants every TZID a file uses defined by a VTIMEZONE in it. Most clients know IANA names anyway,
// but those that do not (and strict validators) need the offsets spelled out. They are read from the tz data
// Temporal carries: one observance per clock change in the years the calendar covers, which a client extends
// past the last one. A zone without changes (Europe/Minsk since 2011) is one STANDARD observance.

function compactOffset(offset: string): string {
  return offset.slice(0, 6).replace(':', '');
}

function compactLocal(moment: Temporal.PlainDateTime): string {
  return moment.toString({ smallestUnit: 'second' }).replaceAll('-', '').replaceAll(':', '');
}

/** A VTIMEZONE component for an IANA zone, with every clock change from the start of `fromYear` to the end of `toYear`. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = Temporal.PlainDate.from({ year: fromYear, month: 1, day: 1 }).toZonedDateTime(zone);
  const changes: { at: Temporal.ZonedDateTime; before: string; after: string }[] = [];
  for (let moment = start.getTimeZoneTransition('next'); moment !== null && moment.year <= toYear; moment = moment.getTimeZoneTransition('next')) {
    changes.push({ at: moment, before: moment.subtract({ nanoseconds: 1 }).offset, after: moment.offset });
  }
  const offsetMs = (offset: string) => Temporal.Instant.from(`1970-01-01T00:00:00${offset}`).epochMilliseconds * -1;
  // Temporal does not say which offset is summer time; the smallest seen is taken as standard, the others as daylight.
  const standardMs = Math.min(offsetMs(start.offset), ...changes.map((c) => offsetMs(c.after)));
  const observance = (dtstart: Temporal.PlainDateTime, from: string, to: string) => {
    const kind = offsetMs(to) > standardMs ? 'DAYLIGHT' : 'STANDARD';
    return [`BEGIN:${kind}`, `DTSTART:${compactLocal(dtstart)}`, `TZOFFSETFROM:${compactOffset(from)}`, `TZOFFSETTO:${compactOffset(to)}`, `END:${kind}`];
  };
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(start.toPlainDateTime(), start.offset, start.offset),
    // A change's DTSTART is the wall-clock time it happens at, read on the clock before it.
    ...changes.flatMap((c) => observance(c.at.toInstant().toZonedDateTimeISO(c.before).toPlainDateTime(), c.before, c.after)),
    'END:VTIMEZONE',
  ];
  return lines.join('\r\n');
}
