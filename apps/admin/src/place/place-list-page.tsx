import { SiteKindSchema, staffListSorts } from '@kraina/core';
import { api } from '../api/api-client.js';
import { StaffListPage } from '../list/staff-list-page.js';
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
const sorts = staffListSorts.map((value) => [value, sortLabels[value]] as const);

/** Every place in any state: filtered by kind and region too, searched, ordered and paged from the address, with bulk publish and archive. */
export function PlaceListPage() {
  const { t } = useLocale();
  return (
    <StaffListPage
      words={{ heading: 'placeListHeading', create: 'placeNew', search: 'placeSearch', title: 'placeName', none: 'placeNone' }}
      path="/places"
      fromUrl={placeListQueryFromUrl}
      toUrl={placeListQueryToUrl}
      filterFields={['kind', 'region']}
      filters={(query) => (
        <>
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
        </>
      )}
      sorts={sorts}
      listKey="places"
      list={(query) => api.listStaffSites({ query })}
      move={(place, action) => api.changeSiteWorkflow({ params: { id: place.id }, body: { action }, ifMatch: place.version })}
      titleOf={(place) => ({ text: place.name, lang: place.nameLocale })}
      columns={[
        { header: 'placeKind', cell: (place) => kindLabel(t, place.kind) },
        { header: 'placeRegion', cell: (place) => regionLabel(t, place.region) },
      ]}
      bulk={{ done: 'placeBulkDone', selectedCount: 'placeSelectedCount', selectOne: (place) => t('placeSelectOne', { name: place.name }) }}
    />
  );
}
