import { type Site, isAppError } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';
import type { EventFormValues } from './event-form-values.js';
import { messageAt } from './message-at.js';

const venueTypes = [
  ['none', 'eventVenueNone'],
  ['site', 'eventVenueSite'],
  ['address', 'eventVenueAddress'],
  ['online', 'eventVenueOnline'],
] as const;

function siteName(site: Site, locale: string): string {
  return site.translations[locale]?.name ?? Object.values(site.translations)[0]?.name ?? site.slug;
}

/** Where one session happens: a place found by name in the catalogue (with its kind and region), an address with an optional map point, or online. */
export function VenueFields({ index, textLocale }: { index: number; textLocale: string }) {
  const { t, locale } = useLocale();
  const { register, setValue, formState } = useFormContext<EventFormValues>();
  const base = `schedule.${index}.venue` as const;
  const venue = useWatch<EventFormValues, `schedule.${number}.venue`>({ name: base });
  const ids = { type: useId(), search: useId(), address: useId(), lat: useId(), lng: useId(), url: useId() };
  const [search, setSearch] = useState('');
  const errorAt = (path: string) => messageAt(formState.errors, `${base}.${path}`);
  const found = useQuery({
    queryKey: ['sites', 'venue-search', search, locale],
    queryFn: () => api.listStaffSites({ query: { q: search, locale, limit: 8 } }),
    enabled: venue.type === 'site' && search.trim().length >= 2,
  });
  const chosen = useQuery({
    queryKey: ['site', venue.siteId],
    queryFn: () => api.getStaffSite({ params: { id: venue.siteId } }),
    enabled: venue.type === 'site' && venue.siteId !== '',
  });
  const siteError = errorAt('siteId') ?? errorAt('type');
  const described = (id: string, error: string | undefined) => (error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});

  return (
    <fieldset className="venue">
      <legend>{t('eventVenue')}</legend>
      <div className="field">
        <label htmlFor={ids.type}>{t('eventVenueKind')}</label>
        <select id={ids.type} {...register(`${base}.type`)}>
          {venueTypes.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      {venue.type === 'site' && (
        <>
          <p role="status">{venue.siteId === '' ? t('eventNoPlaceChosen') : chosen.data ? t('eventPlaceChosen', { name: siteName(chosen.data, locale) }) : ''}</p>
          <div className="field">
            <label htmlFor={ids.search}>{t('eventPlaceSearch')}</label>
            <input id={ids.search} type="search" value={search} onChange={(event) => setSearch(event.target.value)} {...described(ids.search, siteError)} />
            {siteError && <p id={`${ids.search}-error`} className="field__error">{siteError}</p>}
          </div>
          {found.isError && <p role="alert">{t('requestFailed', { message: isAppError(found.error) ? found.error.message : String(found.error) })}</p>}
          {found.data && found.data.items.length === 0 && <p>{t('eventNoPlacesFound')}</p>}
          {found.data && found.data.items.length > 0 && (
            <ul className="venue__results">
              {found.data.items.map((site) => (
                <li key={site.id}>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-pressed={venue.siteId === site.id}
                    onClick={() => setValue(`${base}.siteId`, site.id, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
                  >
                    {t('eventChoosePlace', { name: site.name, kind: site.kind, region: site.region })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {venue.type === 'address' && (
        <>
          <div className="field">
            <label htmlFor={ids.address}>{t('eventAddressIn', { locale: textLocale })}</label>
            <input id={ids.address} lang={textLocale} {...register(`${base}.address.${textLocale}`)} {...described(ids.address, errorAt('address'))} />
            {errorAt('address') && <p id={`${ids.address}-error`} className="field__error">{errorAt('address')}</p>}
          </div>
          <div className="field">
            <label htmlFor={ids.lat}>{t('eventLatitude')}</label>
            <input id={ids.lat} inputMode="decimal" {...register(`${base}.lat`)} {...described(ids.lat, errorAt('coordinates.lat'))} />
            {errorAt('coordinates.lat') && <p id={`${ids.lat}-error`} className="field__error">{errorAt('coordinates.lat')}</p>}
          </div>
          <div className="field">
            <label htmlFor={ids.lng}>{t('eventLongitude')}</label>
            <input id={ids.lng} inputMode="decimal" {...register(`${base}.lng`)} {...described(ids.lng, errorAt('coordinates.lng'))} />
            {errorAt('coordinates.lng') && <p id={`${ids.lng}-error`} className="field__error">{errorAt('coordinates.lng')}</p>}
          </div>
        </>
      )}
      {venue.type === 'online' && (
        <div className="field">
          <label htmlFor={ids.url}>{t('eventOnlineUrl')}</label>
          <input id={ids.url} type="url" {...register(`${base}.url`)} {...described(ids.url, errorAt('url'))} />
          {errorAt('url') && <p id={`${ids.url}-error`} className="field__error">{errorAt('url')}</p>}
        </div>
      )}
    </fieldset>
  );
}
