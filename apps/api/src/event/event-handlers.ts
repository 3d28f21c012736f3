import { AppError } from '@kraina/core';
import { refuseUnlessMayChange } from '../auth/content-access.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { readForStaff } from '../editorial/read-for-staff.js';
import { baseVersionOf, requiredVersionOf } from '../contract/if-match.js';
import type { RevisionAuthors } from '../revision/revision-authors.js';
import type { WithdrawnReads } from '../workflow/withdrawn-reads.js';
import type { EventStore } from './event-store.js';

type EventHandlers = Pick<ContractHandlers, 'listEvents' | 'getEvent' | 'createEvent' | 'updateEvent' | 'deleteEvent' | 'countEventsByDay' | 'listEventSitemap' | 'listStaffEvents' | 'getStaffEvent'>;

/** The event routes: each turns a validated request into one store call. */
export function eventHandlers(events: EventStore, authors: RevisionAuthors, withdrawn: WithdrawnReads): EventHandlers {
  return {
    listEvents: ({ query, locale }) => events.listOccurrences(query, locale),
    getEvent: async ({ params, locale, req, res }) => {
      const event = (await events.findPublishedBySlug(params.slug, locale)) ?? (await withdrawn.read('event', params.slug, locale, req, res));
      // 404 rather than 403 for drafts: telling a stranger a draft exists already leaks it.
      if (!event) throw new AppError('not-found', `No event "${params.slug}" is published`);
      return event;
    },
    createEvent: ({ body, staff }) => events.create(body, staff.id),
    updateEvent: async ({ params, body, staff, req }) => {
      // Events record no author of their own; their first revision names who created them.
      const event = await events.getById(params.id);
      refuseUnlessMayChange(staff, event && { authorId: await authors.firstAuthorOf('event', event.id), status: event.status }, body);
      return events.update(params.id, body, requiredVersionOf(req, body.version), staff.id);
    },
    deleteEvent: ({ params, req, staff }) => events.delete(params.id, baseVersionOf(req), staff.id),
    countEventsByDay: ({ query, locale }) => events.countByDay(query, locale),
    listEventSitemap: ({ query }) => events.listSitemapEntries(query),
    listStaffEvents: ({ query, staff }) => events.listForStaff(query, staff.id),
    // Events and places keep no author column; the first revision's author is theirs, as the workflow reads it.
    getStaffEvent: readForStaff(async (id) => {
      const item = await events.getById(id);
      return item && { ...item, authorId: await authors.firstAuthorOf('event', id) };
    }, 'event'),
  };
}
