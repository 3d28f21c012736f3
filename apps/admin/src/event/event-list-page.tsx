import { EventCategorySchema, WorkflowStatusSchema, defaultLocales } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { statusLabels } from '../article/status-labels.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { BulkWorkflowBar } from '../list/bulk-workflow-bar.js';
import { ListPager } from '../list/list-pager.js';
import { useBulkWorkflow } from '../list/use-bulk-workflow.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { categoryLabels } from './event-labels.js';
import { eventQueryFromUrl, eventQueryToUrl } from './event-list-url.js';

const sorts = [
  ['updated-desc', 'sortUpdatedDesc'],
  ['updated-asc', 'sortUpdatedAsc'],
  ['start-asc', 'eventSortStartAsc'],
  ['start-desc', 'eventSortStartDesc'],
  ['created-desc', 'sortCreatedDesc'],
  ['created-asc', 'sortCreatedAsc'],
] as const;
const filterFields = ['status', 'category', 'from', 'to', 'locale', 'q', 'sort'] as const;

/**
 * Every event in any state: filtered (by the days it takes place on, too), searched, ordered and paged from the
 * address, with bulk publish and archive.
 */
export function EventListPage() {
  const { t, locale } = useLocale();
  usePageTitle(t('eventListHeading'));
  const [params, setParams] = useSearchParams();
  const query = eventQueryFromUrl(params);
  const events = useQuery({ queryKey: ['events', query], queryFn: () => api.listStaffEvents({ query }) });
  const items = events.data?.items ?? [];
  const bulk = useBulkWorkflow({
    items,
    move: (event, action) => api.changeEventWorkflow({ params: { id: event.id }, body: { action }, ifMatch: event.version }),
    listKey: ['events'],
    describeOutcome: (counts) => t('eventBulkDone', counts),
  });

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(filterFields.map((field) => [field, typeof form.get(field) === 'string' ? (form.get(field) as string) : '']));
    bulk.clear();
    setParams(eventQueryToUrl(eventQueryFromUrl(new URLSearchParams(next))));
  }

  const nextPage = events.data?.nextCursor ? eventQueryToUrl({ ...query, cursor: events.data.nextCursor }) : undefined;

  return (
    <>
      <div className="page-heading">
        <h1>{t('eventListHeading')}</h1>
        <Link className="button" to="/events/new">
          {t('eventNew')}
        </Link>
      </div>
      <form className="filters" aria-label={t('filters')} onSubmit={applyFilters} key={params.toString()}>
        <label>
          {t('eventSearch')}
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
          {t('eventCategory')}
          <select name="category" defaultValue={query.category ?? ''}>
            <option value="">{t('eventAnyCategory')}</option>
            {EventCategorySchema.options.map((category) => (
              <option key={category} value={category}>
                {t(categoryLabels[category])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('eventTakingPlaceFrom')}
          <input type="date" name="from" defaultValue={query.from ?? ''} />
        </label>
        <label>
          {t('eventTakingPlaceTo')}
          <input type="date" name="to" defaultValue={query.to ?? ''} />
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
        selectedLabel={t('eventSelectedCount', { count: bulk.selected.size })}
        selectedCount={bulk.selected.size}
        isPending={bulk.isPending}
        outcome={bulk.outcome}
        onRun={bulk.run}
      />

      {events.isPending && <p>{t('loading')}</p>}
      {events.isError && <p role="alert">{t('requestFailed', { message: events.error.message })}</p>}
      {events.isSuccess && items.length === 0 && <p>{t('eventNone')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              {bulk.offered.length > 0 && <th scope="col">{t('select')}</th>}
              <th scope="col">{t('eventTitle')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('eventCategory')}</th>
              <th scope="col">{t('eventFirstStarts')}</th>
              <th scope="col">{t('locale')}</th>
              <th scope="col">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((event) => (
              <tr key={event.id}>
                {bulk.offered.length > 0 && (
                  <td>
                    <input type="checkbox" aria-label={t('eventSelect', { title: event.title })} checked={bulk.selected.has(event.id)} onChange={() => bulk.toggle(event.id)} />
                  </td>
                )}
                <td>
                  <Link to={`/events/${event.id}`} lang={event.titleLocale}>
                    {event.title}
                  </Link>
                </td>
                <td>{t(statusLabels[event.status])}</td>
                <td>{t(categoryLabels[event.category])}</td>
                <td>
                  <time dateTime={event.firstStartsAt}>{formatDateTime(event.firstStartsAt, locale)}</time>
                </td>
                <td>{Object.keys(event.localeStatuses).join(', ')}</td>
                <td>
                  <time dateTime={event.updatedAt}>{formatDateTime(event.updatedAt, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager firstPage={query.cursor === undefined ? undefined : eventQueryToUrl({ ...query, cursor: undefined })} nextPage={nextPage} />
    </>
  );
}
