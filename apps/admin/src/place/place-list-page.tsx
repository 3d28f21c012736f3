import { SiteKindSchema, WorkflowStatusSchema, defaultLocales, staffListSorts } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { statusLabels } from '../article/status-labels.js';
import { BulkWorkflowBar } from '../list/bulk-workflow-bar.js';
import { ListPager } from '../list/list-pager.js';
import { useBulkWorkflow } from '../list/use-bulk-workflow.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';
import { placeListQueryFromUrl, placeListQueryToUrl } from './place-list-url.js';
import { kindLabel, placeRegions, regionLabel } from './place-words.js';

const sortLabels: Record<(typeof staffListSorts)[number], MessageKey> = {
  'updated-desc': 'sortUpdatedDesc',
  'updated-asc': 'sortUpdatedAsc',
  'created-desc': 'sortCreatedDesc',
  'created-asc': 'sortCreatedAsc',
  title: 'placeSortTitle',
};

/** Every place in any state: filtered by status, kind, region and language, searched, ordered and paged from the address, with bulk publish and archive. */
export function PlaceListPage() {
  const { t, locale } = useLocale();
  usePageTitle(t('placeListHeading'));
  const [params, setParams] = useSearchParams();
  const query = placeListQueryFromUrl(params);
  const places = useQuery({ queryKey: ['places', query], queryFn: () => api.listStaffSites({ query }) });
  const items = places.data?.items ?? [];
  const bulk = useBulkWorkflow({
    items,
    move: (place, action) => api.changeSiteWorkflow({ params: { id: place.id }, body: { action }, ifMatch: place.version }),
    listKey: ['places'],
    describeOutcome: (counts) => t('placeBulkDone', counts),
  });
  const { offered, selected } = bulk;

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(['status', 'kind', 'region', 'locale', 'q', 'sort'].map((field) => [field, typeof form.get(field) === 'string' ? (form.get(field) as string) : '']));
    bulk.clear();
    setParams(placeListQueryToUrl(placeListQueryFromUrl(new URLSearchParams(next))));
  }

  const nextPage = places.data?.nextCursor ? placeListQueryToUrl({ ...query, cursor: places.data.nextCursor }) : undefined;

  return (
    <>
      <div className="page-heading">
        <h1>{t('placeListHeading')}</h1>
        <Link className="button" to="/places/new">
          {t('placeNew')}
        </Link>
      </div>
      <form className="filters" aria-label={t('filters')} onSubmit={applyFilters} key={params.toString()}>
        <label>
          {t('placeSearch')}
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
          {t('placeKind')}
          <select name="kind" defaultValue={query.kind ?? ''}>
            <option value="">{t('placeAnyKind')}</option>
            {SiteKindSchema.options.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(t, kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('placeRegion')}
          <select name="region" defaultValue={query.region ?? ''}>
            <option value="">{t('placeAnyRegion')}</option>
            {placeRegions.map((region) => (
              <option key={region} value={region}>
                {regionLabel(t, region)}
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
            {staffListSorts.map((value) => (
              <option key={value} value={value}>
                {t(sortLabels[value])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
      </form>

      <BulkWorkflowBar offered={offered} selectedLabel={t('placeSelectedCount', { count: selected.size })} selectedCount={selected.size} isPending={bulk.isPending} outcome={bulk.outcome} onRun={bulk.run} />

      {places.isPending && <p>{t('loading')}</p>}
      {places.isError && <p role="alert">{t('requestFailed', { message: places.error.message })}</p>}
      {places.isSuccess && items.length === 0 && <p>{t('placeNone')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              {offered.length > 0 && <th scope="col">{t('select')}</th>}
              <th scope="col">{t('placeName')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('placeKind')}</th>
              <th scope="col">{t('placeRegion')}</th>
              <th scope="col">{t('locale')}</th>
              <th scope="col">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((place) => (
              <tr key={place.id}>
                {offered.length > 0 && (
                  <td>
                    <input type="checkbox" aria-label={t('placeSelectOne', { name: place.name })} checked={selected.has(place.id)} onChange={() => bulk.toggle(place.id)} />
                  </td>
                )}
                <td>
                  <Link to={`/places/${place.id}`} lang={place.nameLocale}>
                    {place.name}
                  </Link>
                </td>
                <td>{t(statusLabels[place.status])}</td>
                <td>{kindLabel(t, place.kind)}</td>
                <td>{regionLabel(t, place.region)}</td>
                <td>{Object.keys(place.localeStatuses).join(', ')}</td>
                <td>
                  <time dateTime={place.updatedAt}>{formatDateTime(place.updatedAt, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager firstPage={query.cursor === undefined ? undefined : placeListQueryToUrl({ ...query, cursor: undefined })} nextPage={nextPage} />
    </>
  );
}
