import ICAL from 'ical.js';

// Test support: reads a served iCalendar back with ical.js, an independent RFC 5545 parser, the way a
// subscriber's calendar would, zones included.

/** One VEVENT as a calendar client reads it; `starts` are the instants of its occurrences in UTC, expanded. */
export interface CalendarEntry {
  uid: string;
  summary: string;
  status: string | null;
  location: string;
  starts: string[];
}

/** The entries of a calendar document, each with up to `maxOccurrences` of its dates; throws if it does not parse. */
export function readCalendar(text: string, maxOccurrences = 50): { name: string | null; entries: CalendarEntry[] } {
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error('Not a single iCalendar object');
  const root = new ICAL.Component(jcal);
  // Its own VTIMEZONEs, not the parser's guesses, turn each TZID time into an instant.
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const entries = root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const starts = new Set<string>();
    const expansion = event.iterator();
    // A date both the rule and RDATE produce is one occurrence (RFC 5545 §3.8.5.3); ical.js yields it twice.
    for (let next = expansion.next(); next && starts.size < maxOccurrences; next = expansion.next()) starts.add(next.toJSDate().toISOString());
    const status = component.getFirstPropertyValue('status');
    return { uid: event.uid, summary: event.summary, status: typeof status === 'string' ? status : null, location: event.location, starts: [...starts] };
  });
  const name = root.getFirstPropertyValue('x-wr-calname');
  return { name: typeof name === 'string' ? name : null, entries };
}
