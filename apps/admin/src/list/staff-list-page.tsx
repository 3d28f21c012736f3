import { type WorkflowAction, WorkflowStatusSchema, defaultLocales } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { statusLabels } from '../article/status-labels.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';
import { BulkWorkflowBar } from './bulk-workflow-bar.js';
import { ListPager } from './list-pager.js';
import { type BulkItem, useBulkWorkflow } from './use-bulk-workflow.js';

/** What every editorial list's query has: state, language, search, order and page; each kind adds its own filters. */
interface StaffQuery {
  status?: string | undefined;
  locale?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  cursor?: string | undefined;
}

/** What every row of an editorial list has, besides its kind's own columns. */
interface StaffRow extends BulkItem {
  localeStatuses: Record<string, unknown>;
  updatedAt: string;
}

/** One column of the kind's own, between the row's state and its languages. */
export interface StaffListColumn<Item> {
  header: MessageKey;
  cell: (item: Item) => ReactNode;
}

/** One kind's list: its words, how its query lives in the address, how it is read and moved, and its own parts. */
export interface StaffListPageProps<Query extends StaffQuery, Item extends StaffRow> {
  words: { heading: MessageKey; create: MessageKey; search: MessageKey; title: MessageKey; none: MessageKey };
  /** Where the kind's screens live: `/events`, so a row opens `/events/<id>` and "new" is `/events/new`. */
  path: string;
  fromUrl: (params: URLSearchParams) => Query;
  toUrl: (query: Query) => URLSearchParams;
  /** The kind's own filter fields, by name, which `filters` renders. */
  filterFields: readonly string[];
  filters: (query: Query) => ReactNode;
  sorts: readonly (readonly [string, MessageKey])[];
  listKey: string;
  list: (query: Query) => Promise<{ items: Item[]; nextCursor: string | null }>;
  move: (item: Item, action: WorkflowAction) => Promise<unknown>;
  /** The row's title and the language it is in. */
  titleOf: (item: Item) => { text: string; lang: string };
  columns: readonly StaffListColumn<Item>[];
  bulk: { done: MessageKey; selectedCount: MessageKey; selectOne: (item: Item) => string };
}

/**
 * An editorial list of articles, events or places in any state: filtered, searched, ordered and paged from the
 * address, with bulk publish and archive. Each kind's page says only what is its own.
 */
export function StaffListPage<Query extends StaffQuery, Item extends StaffRow>(props: StaffListPageProps<Query, Item>) {
  const { words, path, fromUrl, toUrl, sorts, listKey, columns, titleOf } = props;
  const { t, locale } = useLocale();
  usePageTitle(t(words.heading));
  const [params, setParams] = useSearchParams();
  const query = fromUrl(params);
  const listed = useQuery({ queryKey: [listKey, query], queryFn: () => props.list(query) });
  const items = listed.data?.items ?? [];
  const bulk = useBulkWorkflow({ items, move: props.move, listKey: [listKey], describeOutcome: (counts) => t(props.bulk.done, counts) });

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = ['status', ...props.filterFields, 'locale', 'q', 'sort'];
    const next = Object.fromEntries(fields.map((field) => [field, typeof form.get(field) === 'string' ? (form.get(field) as string) : '']));
    bulk.clear();
    setParams(toUrl(fromUrl(new URLSearchParams(next))));
  }

  const nextPage = listed.data?.nextCursor ? toUrl({ ...query, cursor: listed.data.nextCursor }) : undefined;
  const selecting = bulk.offered.length > 0;

  return (
    <>
      <div className="page-heading">
        <h1>{t(words.heading)}</h1>
        <Link className="button" to={`${path}/new`}>
          {t(words.create)}
        </Link>
      </div>
      <form className="filters" aria-label={t('filters')} onSubmit={applyFilters} key={params.toString()}>
        <label>
          {t(words.search)}
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
        {props.filters(query)}
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
        selectedLabel={t(props.bulk.selectedCount, { count: bulk.selected.size })}
        selectedCount={bulk.selected.size}
        isPending={bulk.isPending}
        outcome={bulk.outcome}
        onRun={bulk.run}
      />

      {listed.isPending && <p>{t('loading')}</p>}
      {listed.isError && <p role="alert">{t('requestFailed', { message: listed.error.message })}</p>}
      {listed.isSuccess && items.length === 0 && <p>{t(words.none)}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              {selecting && <th scope="col">{t('select')}</th>}
              <th scope="col">{t(words.title)}</th>
              <th scope="col">{t('status')}</th>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {t(column.header)}
                </th>
              ))}
              <th scope="col">{t('locale')}</th>
              <th scope="col">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const title = titleOf(item);
              return (
                <tr key={item.id}>
                  {selecting && (
                    <td>
                      <input type="checkbox" aria-label={props.bulk.selectOne(item)} checked={bulk.selected.has(item.id)} onChange={() => bulk.toggle(item.id)} />
                    </td>
                  )}
                  <td>
                    <Link to={`${path}/${item.id}`} lang={title.lang}>
                      {title.text}
                    </Link>
                  </td>
                  <td>{t(statusLabels[item.status])}</td>
                  {columns.map((column) => (
                    <td key={column.header}>{column.cell(item)}</td>
                  ))}
                  <td>{Object.keys(item.localeStatuses).join(', ')}</td>
                  <td>
                    <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt, locale)}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ListPager firstPage={query.cursor === undefined ? undefined : toUrl({ ...query, cursor: undefined })} nextPage={nextPage} />
    </>
  );
}
