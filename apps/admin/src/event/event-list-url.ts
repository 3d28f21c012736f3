import { type StaffEventListQuery, StaffEventListQuerySchema } from '@kraina/core';
import { type ListUrlFields, readListQuery, writeListQuery } from '../list/list-query-url.js';

const eventListUrl: ListUrlFields<'status' | 'category' | 'from' | 'to' | 'locale' | 'q' | 'sort' | 'cursor'> = {
  schema: StaffEventListQuerySchema,
  fields: ['status', 'category', 'from', 'to', 'locale', 'q', 'sort', 'cursor'],
  defaultSort: 'updated-desc',
};

/** The event list's state read from its address; a value core's schema refuses is dropped. */
export function eventQueryFromUrl(params: URLSearchParams): StaffEventListQuery {
  return readListQuery(params, eventListUrl);
}

/** The address of an event list state. */
export function eventQueryToUrl(query: StaffEventListQuery): URLSearchParams {
  return writeListQuery(query, eventListUrl);
}
