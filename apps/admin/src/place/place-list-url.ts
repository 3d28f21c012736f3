import { type StaffSiteListQuery, StaffSiteListQuerySchema } from '@kraina/core';
import { type ListUrlFields, readListQuery, writeListQuery } from '../list/list-query-url.js';

const placeListFields: ListUrlFields<'status' | 'kind' | 'region' | 'locale' | 'q' | 'sort' | 'cursor'> = {
  schema: StaffSiteListQuerySchema,
  fields: ['status', 'kind', 'region', 'locale', 'q', 'sort', 'cursor'],
  defaultSort: 'updated-desc',
};

/** The place list's state read from its address; a value core would refuse is dropped, so a bookmark always opens a list. */
export const placeListQueryFromUrl = (params: URLSearchParams): StaffSiteListQuery => readListQuery(params, placeListFields);

/** The address of a place list state, the default order left out. */
export const placeListQueryToUrl = (query: StaffSiteListQuery): URLSearchParams => writeListQuery(query, placeListFields);
