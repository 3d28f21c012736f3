import { EventCategorySchema } from '@kraina/core';
import { api } from '../api/api-client.js';
import { StaffListPage } from '../list/staff-list-page.js';
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

/**
 * Every event in any state: filtered (by category and by the days it takes place on, too), searched, ordered and
 * paged from the address, with bulk publish and archive.
 */
export function EventListPage() {
  const { t, locale } = useLocale();
  return (
    <StaffListPage
      words={{ heading: 'eventListHeading', create: 'eventNew', search: 'eventSearch', title: 'eventTitle', none: 'eventNone' }}
      path="/events"
      fromUrl={eventQueryFromUrl}
      toUrl={eventQueryToUrl}
      filterFields={['category', 'from', 'to']}
      filters={(query) => (
        <>
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
        </>
      )}
      sorts={sorts}
      listKey="events"
      list={(query) => api.listStaffEvents({ query })}
      move={(event, action) => api.changeEventWorkflow({ params: { id: event.id }, body: { action }, ifMatch: event.version })}
      titleOf={(event) => ({ text: event.title, lang: event.titleLocale })}
      columns={[
        { header: 'eventCategory', cell: (event) => t(categoryLabels[event.category]) },
        { header: 'eventFirstStarts', cell: (event) => <time dateTime={event.firstStartsAt}>{formatDateTime(event.firstStartsAt, locale)}</time> },
      ]}
      bulk={{ done: 'eventBulkDone', selectedCount: 'eventSelectedCount', selectOne: (event) => t('eventSelect', { title: event.title }) }}
    />
  );
}
