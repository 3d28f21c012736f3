import type { EventCategory, EventStatus } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

/** Each event category's name in the interface. */
export const categoryLabels: Record<EventCategory, MessageKey> = {
  festival: 'eventCategoryFestival',
  exhibition: 'eventCategoryExhibition',
  concert: 'eventCategoryConcert',
  theatre: 'eventCategoryTheatre',
  cinema: 'eventCategoryCinema',
  sport: 'eventCategorySport',
  forum: 'eventCategoryForum',
  conference: 'eventCategoryConference',
  fair: 'eventCategoryFair',
  holiday: 'eventCategoryHoliday',
  other: 'eventCategoryOther',
};

/** Whether an event goes ahead, in the interface's words. */
export const eventStatusLabels: Record<EventStatus, MessageKey> = {
  scheduled: 'eventStatusScheduled',
  cancelled: 'eventStatusCancelled',
  postponed: 'eventStatusPostponed',
  'moved-online': 'eventStatusMovedOnline',
};
