import { WorkflowStatusSchema, defaultLocales } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { BulkWorkflowBar } from '../list/bulk-workflow-bar.js';
import { ListPager } from '../list/list-pager.js';
import { useBulkWorkflow } from '../list/use-bulk-workflow.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { listQueryFromUrl, listQueryToUrl } from './list-query-url.js';
import { statusLabels } from './status-labels.js';
import { sectionOptions, useSections } from './use-sections.js';

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
  const sections = useSections();
  const articles = useQuery({ queryKey: ['articles', query], queryFn: () => api.listStaffArticles({ query }) });
  const items = articles.data?.items ?? [];
  const bulk = useBulkWorkflow({
    items,
    move: (article, action) => api.changeArticleWorkflow({ params: { id: article.id }, body: { action }, ifMatch: article.version }),
    listKey: ['articles'],
    describeOutcome: (counts) => t('bulkDone', counts),
  });

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(['status', 'section', 'locale', 'q', 'sort'].map((field) => [field, typeof form.get(field) === 'string' ? (form.get(field) as string) : '']));
    bulk.clear();
    setParams(listQueryToUrl(listQueryFromUrl(new URLSearchParams(next))));
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

      <BulkWorkflowBar
        offered={bulk.offered}
        selectedLabel={t('selectedCount', { count: bulk.selected.size })}
        selectedCount={bulk.selected.size}
        isPending={bulk.isPending}
        outcome={bulk.outcome}
        onRun={bulk.run}
      />

      {articles.isPending && <p>{t('loading')}</p>}
      {articles.isError && <p role="alert">{t('requestFailed', { message: articles.error.message })}</p>}
      {articles.isSuccess && items.length === 0 && <p>{t('noArticles')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              {bulk.offered.length > 0 && <th scope="col">{t('select')}</th>}
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
                {bulk.offered.length > 0 && (
                  <td>
                    <input type="checkbox" aria-label={t('selectArticle', { headline: article.headline })} checked={bulk.selected.has(article.id)} onChange={() => bulk.toggle(article.id)} />
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
      <ListPager firstPage={query.cursor === undefined ? undefined : listQueryToUrl({ ...query, cursor: undefined })} nextPage={nextPage} />
    </>
  );
}
