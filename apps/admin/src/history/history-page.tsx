import { type RevisionSummary, isAppError, may } from '@kraina/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { principalOf } from '../api/principal.js';
import { useSession } from '../api/session.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useLocale } from '../locale/locale-context.js';
import { contentKindOfPath, contentPath } from './content-kind.js';
import { RestoreDialog } from './restore-dialog.js';
import { RevisionDiffView } from './revision-diff-view.js';
import { revisionRoutes } from './revision-kinds.js';
import { RevisionTable } from './revision-table.js';
import { RevisionView } from './revision-view.js';

/** An item's saved versions: who saved which when, any two compared field by field, one viewed, one restored. */
export function HistoryPage() {
  const { t } = useLocale();
  const kind = contentKindOfPath(useLocation().pathname);
  const id = useParams().id ?? '';
  const session = useSession().data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<{ from?: string; to?: string }>({});
  const [viewing, setViewing] = useState<string | undefined>();
  const [restoring, setRestoring] = useState<RevisionSummary | undefined>();
  usePageTitle(t('historyHeading'));
  const routes = revisionRoutes[kind ?? 'article'];
  const item = useQuery({ queryKey: [kind, id], queryFn: () => routes.read(id), enabled: kind !== undefined });
  const history = useInfiniteQuery({
    queryKey: [kind, id, 'revisions'],
    queryFn: ({ pageParam }) => routes.list(id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: kind !== undefined,
  });
  const restore = useMutation({
    mutationFn: ({ revision, version }: { revision: RevisionSummary; version: number }) => routes.restore(id, revision.id, version),
    onSuccess: async (restored) => {
      queryClient.setQueryData([kind, id], restored);
      // Every screen showing this item (the editor, lists, the dashboard) reads it again, so none shows what was replaced.
      await queryClient.invalidateQueries();
      await navigate(contentPath(kind ?? 'article', id));
    },
    // Someone saved since the page was read: the item and its history are read again, so a retry restores over theirs knowingly.
    onError: (error) => {
      if (isAppError(error) && error.code === 'version-conflict') void queryClient.invalidateQueries({ queryKey: [kind, id] });
    },
  });

  if (kind === undefined) return <NotFoundPage />;
  if (!session || item.isPending || history.isPending) return <p role="status">{t('loading')}</p>;
  if (item.isError || history.isError) {
    const error = item.error ?? history.error;
    return (
      <>
        <h1>{t('historyHeading')}</h1>
        <p role="alert">{t('historyLoadFailed', { message: error?.message ?? '' })}</p>
      </>
    );
  }

  const revisions = history.data.pages.flatMap((page) => page.items);
  const firstId = history.hasNextPage ? undefined : revisions.at(-1)?.id;
  // By default the newest save against the one before it: "what did the last save change?"
  const from = revisions.find((revision) => revision.id === chosen.from) ?? revisions[1] ?? revisions[0];
  const to = revisions.find((revision) => revision.id === chosen.to) ?? revisions[0];
  const principal = principalOf(session);
  const mayRestore = may(principal, 'content:write') || (may(principal, 'content:write-own') && item.data.authorId === principal.id);
  const refusal = restore.error ? (isAppError(restore.error) ? [restore.error.message, ...restore.error.issues.map((issue) => issue.detail)].join(' ') : String(restore.error)) : undefined;

  return (
    <>
      <h1>{t('historyHeading')}</h1>
      <p>{t('historyLead')}</p>
      <p>
        <Link to={contentPath(kind, id)}>{t('historyBackToEditor')}</Link>
      </p>
      <RevisionTable
        revisions={revisions}
        firstId={firstId}
        from={from?.id}
        to={to?.id}
        onCompare={(side, revisionId) => setChosen((current) => ({ ...current, [side]: revisionId }))}
        onView={(revision) => setViewing(revision.id)}
        onRestore={mayRestore ? (revision) => { restore.reset(); setRestoring(revision); } : undefined}
      />
      {history.hasNextPage && (
        <p>
          <button type="button" className="button button--quiet" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {t('historyLoadMore')}
          </button>
        </p>
      )}
      {from && to && <RevisionDiffView kind={kind} id={id} from={from} to={to} />}
      {viewing && <RevisionView key={viewing} kind={kind} id={id} revisionId={viewing} onClose={() => setViewing(undefined)} />}
      {restoring && (
        <RestoreDialog
          version={restoring.version}
          restoring={restore.isPending}
          refusal={refusal}
          onCancel={() => setRestoring(undefined)}
          onConfirm={() => restore.mutate({ revision: restoring, version: item.data.version })}
        />
      )}
    </>
  );
}
