import { describe, expectTypeOf, it } from 'vitest';
import type { EventSession, EventSessionInput, Venue } from './event-schedule.js';
import type { Occurrence } from './expand-occurrences.js';

describe('the schedule types', () => {
  it('let a client leave out allDay and timeZone, which the stored session always has', () => {
    expectTypeOf<{ start: string; end: string }>().toExtend<EventSessionInput>();
    expectTypeOf<EventSession['allDay']>().toEqualTypeOf<boolean>();
    expectTypeOf<EventSession['timeZone']>().toEqualTypeOf<string>();
    expectTypeOf<{ start: string; end: string }>().not.toExtend<EventSession>();
  });

  it('narrow a venue by its type', () => {
    const describeVenue = (venue: Venue): string => {
      switch (venue.type) {
        case 'site':
          return venue.siteId;
        case 'address':
          return venue.address.en ?? '';
        case 'online':
          return venue.url;
      }
    };
    expectTypeOf(describeVenue).returns.toBeString();
  });

  it('give an occurrence its days only as optional fields, set for all-day ones', () => {
    expectTypeOf<Occurrence['startDate']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Occurrence['startsAt']>().toEqualTypeOf<string>();
  });
});
