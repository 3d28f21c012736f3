import { type StaffArticleSummary, type WorkflowAction, WorkflowStatusSchema, allowedActions, defaultLocales, isAppError, workflowActorOf } from '@kraina/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { principalOf } from '../api/principal.js';
import { useSession } from '../api/session.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { listQueryFromUrl, listQueryToUrl } from './list-query-url.js';
import { statusLabels } from './status-labels.js';
import { sectionOptions, useSections } from './use-sections.js';

const bulkActions = ['publish', 'archive'] as const satisfies readonly WorkflowAction[];
const sorts = [
  ['updated-desc', 'sortUpdatedDesc'],
  ['updated-asc', 'sortUpdatedAsc'],
  ['created-desc', 'sortCreatedDesc'],
  ['created-asc', 'sortCreatedAsc'],
] as const;

/** Every article in any state: filtered, searched, ordered and paged from the address, with bulk publish and archive. */
export function ArticleListPage() {
  const { t, locale } = useLocale();
  usePageTitle(t('articlesHeading'));
  const [params, setParams] = useSearchParams();
  const query = listQueryFromUrl(params);
  const session = useSession().data;
  const sections = useSections();
  const queryClient = useQueryClient();
  const articles = useQuery({ queryKey: ['articles', query], queryFn: () => api.listStaffArticles({ query }) });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState('');

  // Core's workflow rules, asked per article: a bulk action goes only to the articles this user may move that way.
  const actionsOf = (article: StaffArticleSummary) => (session ? allowedActions(article.status, workflowActorOf(principalOf(session), article.authorId)) : []);
  const items = articles.data?.items ?? [];
  const offered = bulkActions.filter((action) => items.some((article) => actionsOf(article).includes(action)));

  const bulk = useMutation({
    mutationFn: async (action: WorkflowAction) => {
      const targets = items.filter((article) => selected.has(article.id) && actionsOf(article).includes(action));
      const results = await Promise.allSettled(targets.map((a) => api.changeArticleWorkflow({ params: { id: a.id }, body: { action }, ifMatch: a.version })));
      const refused = results.filter((r) => r.status === 'rejected').length + (selected.size - targets.length);
      return { done: results.length - results.filter((r) => r.status === 'rejected').length, failed: refused };
    },
    onSuccess: async ({ done, failed }) => {
      setOutcome(t('bulkDone', { done, failed }));
      setSelected(new Set());
      await queryClient.invalidateQueries({ queryKey: ['articles'] });
    },
    onError: (error) => setOutcome(t('requestFailed', { message: isAppError(error) ? error.message : String(error) })),
  });

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(['status', 'section', 'locale', 'q', 'sort'].map((field) => [field, typeof form.get(field) === 'string' ? (form.get(field) as string) : '']));
    setSelected(new Set());
    setParams(listQueryToUrl(listQueryFromUrl(new URLSearchParams(next))));
  }

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  const nextPage = articles.data?.nextCursor ? listQueryToUrl({ ...query, cursor: articles.data.nextCursor }) : undefined;

  return (
    <>
      <div className="page-heading">
        <h1>{t('articlesHeading')}</h1>
        <Link className="button" to="/articles/new">
          {t('newArticle')}
        </Link>
      </div>
      <form className="filters" aria-label={t('filters')} onSubmit={applyFilters} key={params.toString()}>
        <label>
          {t('search')}
          <input type="search" name="q" defaultValue={query.q ?? ''} />
        </label>
        <label>
          {t('status')}
          <select name="status" defaultValue={query.status ?? ''}>
            <option value="">{t('anyStatus')}</option>
            {WorkflowStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(statusLabels[status])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('section')}
          <select name="section" defaultValue={query.section ?? ''}>
            <option value="">{t('anySection')}</option>
            {sectionOptions(sections.data ?? [], locale).map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('locale')}
          <select name="locale" defaultValue={query.locale ?? ''}>
            <option value="">{t('anyLocale')}</option>
            {defaultLocales.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sort')}
          <select name="sort" defaultValue={query.sort ?? 'updated-desc'}>
            {sorts.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
      </form>

      {offered.length > 0 && (
        <div className="bulk-bar">
          <span>{t('selectedCount', { count: selected.size })}</span>
          {offered.map((action) => (
            <button key={action} type="button" className="button" disabled={selected.size === 0 || bulk.isPending} onClick={() => bulk.mutate(action)}>
              {t(action === 'publish' ? 'bulkPublish' : 'bulkArchive')}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="outcome">
        {outcome}
      </p>

      {articles.isPending && <p>{t('loading')}</p>}
      {articles.isError && <p role="alert">{t('requestFailed', { message: articles.error.message })}</p>}
      {articles.isSuccess && items.length === 0 && <p>{t('noArticles')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              {offered.length > 0 && <th scope="col">{t('select')}</th>}
              <th scope="col">{t('headline')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('section')}</th>
              <th scope="col">{t('locale')}</th>
              <th scope="col">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((article) => (
              <tr key={article.id}>
                {offered.length > 0 && (
                  <td>
                    <input type="checkbox" aria-label={t('selectArticle', { headline: article.headline })} checked={selected.has(article.id)} onChange={() => toggle(article.id)} />
                  </td>
                )}
                <td>
                  <Link to={`/articles/${article.id}`} lang={article.headlineLocale}>
                    {article.headline}
                  </Link>
                </td>
                <td>{t(statusLabels[article.status])}</td>
                <td>{article.section}</td>
                <td>{Object.keys(article.localeStatuses).join(', ')}</td>
                <td>
                  <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t('pages')}>
        {query.cursor !== undefined && <Link to={`?${listQueryToUrl({ ...query, cursor: undefined }).toString()}`}>{t('firstPage')}</Link>}
        {nextPage && <Link to={`?${nextPage.toString()}`}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
