import { type StaffArticleListQuery, StaffArticleListQuerySchema } from '@kraina/core';
import { type ListUrlFields, readListQuery, writeListQuery } from '../list/list-query-url.js';

const articleListUrl: ListUrlFields<'status' | 'section' | 'locale' | 'q' | 'sort' | 'cursor'> = {
  schema: StaffArticleListQuerySchema,
  fields: ['status', 'section', 'locale', 'q', 'sort', 'cursor'],
  defaultSort: 'updated-desc',
};

/** The article list's state read from its address; a value core's schema refuses is dropped. */
export function listQueryFromUrl(params: URLSearchParams): StaffArticleListQuery {
  return readListQuery(params, articleListUrl);
}

/** The address of an article list state. */
export function listQueryToUrl(query: StaffArticleListQuery): URLSearchParams {
  return writeListQuery(query, articleListUrl);
}
