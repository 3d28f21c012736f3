import { AppError, type ContentFacts, isAppError } from '@kraina/core';
import { refuseUnlessMayChange } from '../auth/content-access.js';
import type { ContentStores } from '../content/content-stores.js';
import type { ContentKind } from '../content/content-kind.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { RevisionAuthors } from './revision-authors.js';
import type { RevisionStore } from './revision-store.js';
import { restoreInputOf, toSnapshotPointer } from './restore-input.js';

type RevisionHandlers = Pick<
  ContractHandlers,
  | 'listArticleRevisions'
  | 'diffArticleRevisions'
  | 'getArticleRevision'
  | 'restoreArticleRevision'
  | 'listEventRevisions'
  | 'diffEventRevisions'
  | 'getEventRevision'
  | 'restoreEventRevision'
  | 'listSiteRevisions'
  | 'diffSiteRevisions'
  | 'getSiteRevision'
  | 'restoreSiteRevision'
>;

/** Errors of the update a restore runs name fields of the request body; the content came from the revision's snapshot. */
function inSnapshotTerms(error: unknown): unknown {
  if (!isAppError(error) || error.issues.length === 0) return error;
  const issues = error.issues.map((issue) => ({ ...issue, pointer: toSnapshotPointer(issue.pointer) }));
  return new AppError(error.code, error.message, { issues, cause: error.cause, currentVersion: error.currentVersion });
}

/** The revision routes of articles, events and places: history, one saved state, a diff, and restoring one. */
export function revisionHandlers(stores: ContentStores, revisions: RevisionStore, authors: RevisionAuthors): RevisionHandlers {
  // Articles record their author; events and places name theirs in their first revision.
  const factsOf = async (kind: ContentKind, item: { id: string; status: ContentFacts['status']; authorId?: string | null }): Promise<ContentFacts> => ({
    authorId: kind === 'article' ? (item.authorId ?? null) : await authors.firstAuthorOf(kind, item.id),
    status: item.status,
  });

  /**
   * Saves a revision's content as a new version through the kind's own update, then marks that version as restored
   * from it. The workflow state is not restored: a published item stays published with the restored text, as after
   * any editor's save (publishing checks run when an item is published, not when it is edited), and a draft stays a
   * draft. Locales added after the revision keep their texts; the revision rewrites only the locales it had.
   */
  async function restore<T extends { id: string; version: number; status: ContentFacts['status'] }>(
    kind: ContentKind,
    store: { getById: (id: string) => Promise<T | undefined>; update: (id: string, input: never, expectedVersion: number, authorId: string, restoredFrom: string) => Promise<T> },
    context: { params: { id: string; revisionId: string }; body: { version?: number | undefined }; staff: Parameters<typeof refuseUnlessMayChange>[0]; req: Parameters<typeof requiredVersionOf>[0] },
  ): Promise<T> {
    const { params, body, staff, req } = context;
    const expectedVersion = requiredVersionOf(req, body.version);
    const revision = await revisions.get<Record<string, unknown>>(kind, params.id, params.revisionId);
    const item = await store.getById(params.id);
    const input = restoreInputOf(kind, revision.snapshot);
    refuseUnlessMayChange(staff, item && (await factsOf(kind, item)), input);
    try {
      // The new revision names the one it brings back in the save's own transaction: no restore without its mark.
      return await store.update(params.id, input as never, expectedVersion, staff.id, revision.id);
    } catch (error) {
      throw inSnapshotTerms(error);
    }
  }

  return {
    listArticleRevisions: ({ params, query }) => revisions.list('article', params.id, query),
    diffArticleRevisions: ({ params, query }) => revisions.diff('article', params.id, query.from, query.to),
    getArticleRevision: ({ params }) => revisions.get('article', params.id, params.revisionId),
    restoreArticleRevision: (context) => restore('article', stores.articles, context),

    listEventRevisions: ({ params, query }) => revisions.list('event', params.id, query),
    diffEventRevisions: ({ params, query }) => revisions.diff('event', params.id, query.from, query.to),
    getEventRevision: ({ params }) => revisions.get('event', params.id, params.revisionId),
    restoreEventRevision: (context) => restore('event', stores.events, context),

    listSiteRevisions: ({ params, query }) => revisions.list('site', params.id, query),
    diffSiteRevisions: ({ params, query }) => revisions.diff('site', params.id, query.from, query.to),
    getSiteRevision: ({ params }) => revisions.get('site', params.id, params.revisionId),
    restoreSiteRevision: (context) => restore('site', stores.sites, context),
  };
}
