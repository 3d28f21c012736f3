import type { RevisionDiff, RevisionPage, WorkflowStatus } from '@kraina/core';
import { api } from '../api/api-client.js';
import type { ContentKind } from './content-kind.js';

/** What the history and translation screens read of any item, whatever its kind. */
export interface ContentItem {
  id: string;
  status: WorkflowStatus;
  version: number;
  updatedAt: string;
  /** Who wrote it; kinds that record no author of their own have none. */
  authorId?: string | null | undefined;
  /** A place's type, which every change to a place names. */
  kind?: string | undefined;
  translations: Record<string, Record<string, unknown> & { status: WorkflowStatus }>;
  translationStatus?: Record<string, { stale: string[] }> | undefined;
}

/** One saved version of an item, with the item as it was then. */
export interface ContentRevision {
  id: string;
  version: number;
  authorName: string | null;
  createdAt: string;
  snapshot: ContentItem;
}

/** The history routes of one kind of content: the same five moves, each on its own routes of core's contract. */
export interface RevisionRoutes {
  read: (id: string) => Promise<ContentItem>;
  list: (id: string, cursor: string | undefined) => Promise<RevisionPage>;
  diff: (id: string, from: string, to: string) => Promise<RevisionDiff>;
  get: (id: string, revisionId: string) => Promise<ContentRevision>;
  restore: (id: string, revisionId: string, version: number) => Promise<ContentItem>;
}

const pageSize = 50;
const cursorQuery = (cursor: string | undefined) => ({ limit: pageSize, ...(cursor === undefined ? {} : { cursor }) });

/** Each kind's history routes. */
export const revisionRoutes: Record<ContentKind, RevisionRoutes> = {
  article: {
    read: (id) => api.getStaffArticle({ params: { id } }),
    list: (id, cursor) => api.listArticleRevisions({ params: { id }, query: cursorQuery(cursor) }),
    diff: (id, from, to) => api.diffArticleRevisions({ params: { id }, query: { from, to } }),
    get: (id, revisionId) => api.getArticleRevision({ params: { id, revisionId } }),
    restore: (id, revisionId, version) => api.restoreArticleRevision({ params: { id, revisionId }, body: {}, ifMatch: version }),
  },
  event: {
    read: (id) => api.getStaffEvent({ params: { id } }),
    list: (id, cursor) => api.listEventRevisions({ params: { id }, query: cursorQuery(cursor) }),
    diff: (id, from, to) => api.diffEventRevisions({ params: { id }, query: { from, to } }),
    get: (id, revisionId) => api.getEventRevision({ params: { id, revisionId } }),
    restore: (id, revisionId, version) => api.restoreEventRevision({ params: { id, revisionId }, body: {}, ifMatch: version }),
  },
  site: {
    read: (id) => api.getStaffSite({ params: { id } }),
    list: (id, cursor) => api.listSiteRevisions({ params: { id }, query: cursorQuery(cursor) }),
    diff: (id, from, to) => api.diffSiteRevisions({ params: { id }, query: { from, to } }),
    get: (id, revisionId) => api.getSiteRevision({ params: { id, revisionId } }),
    restore: (id, revisionId, version) => api.restoreSiteRevision({ params: { id, revisionId }, body: {}, ifMatch: version }),
  },
};
