import { type AuditListQuery, AuditListQuerySchema } from '@kraina/core';

const fields = ['action', 'actorId', 'from', 'to', 'cursor'] as const;
type UrlField = (typeof fields)[number];

/** The audit log's filters and page read from its address with core's schema; a value it refuses is dropped. */
export function auditQueryFromUrl(params: URLSearchParams): AuditListQuery {
  const query: Partial<Record<UrlField, string>> = {};
  for (const field of fields) {
    const value = params.get(field)?.trim();
    if (value && AuditListQuerySchema.shape[field].safeParse(value).success) query[field] = value;
  }
  return query as AuditListQuery;
}

/** The address of an audit log state. */
export function auditQueryToUrl(query: AuditListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = query[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  return params;
}
