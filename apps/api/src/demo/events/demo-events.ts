import type { EventDraft } from './build-event.js';
import { concertEvents } from './concerts.js';
import { exhibitionEvents } from './exhibitions.js';
import { festivalEvents } from './festivals.js';
import { forumEvents } from './forums.js';
import { holidayEvents } from './holidays.js';
import { sportEvents } from './sport.js';
import { stageAndScreenEvents } from './stage-and-screen.js';

/** Every demo event, by kind. */
export const eventDrafts: EventDraft[] = [
  ...festivalEvents,
  ...exhibitionEvents,
  ...concertEvents,
  ...stageAndScreenEvents,
  ...sportEvents,
  ...forumEvents,
  ...holidayEvents,
];
