import type { ContractHandlers } from '../contract/contract-handlers.js';
import type { ImportRuns } from '../import/import-runs.js';
import type { EditorialCalendarReader } from './editorial-calendar.js';

type EditorialHandlers = Pick<ContractHandlers, 'getEditorialCalendar' | 'listImportRuns'>;

/** The newsroom's overview routes: the calendar of what is scheduled, and how imports went. */
export function editorialHandlers(calendar: EditorialCalendarReader, importRuns: ImportRuns): EditorialHandlers {
  return {
    getEditorialCalendar: ({ query, staff }) => calendar.calendarOf(query, staff),
    listImportRuns: ({ query }) => importRuns.list(query),
  };
}
