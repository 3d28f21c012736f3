import { CoordinatesSchema } from '@kraina/core';
import { Suspense, lazy, useId } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { fieldError } from '../editing/field-error.js';
import { FormField } from '../editing/form-field.js';
import { useAdminSettings } from '../app/admin-settings.js';
import { useLocale } from '../locale/locale-context.js';
import type { PlaceFormValues } from './place-form-values.js';

// Leaflet loads with this field only, in its own chunk, so no other screen carries it.
const PlaceMap = lazy(() => import('./place-map.js'));

/** The place's coordinates, typed as two numbers or picked on the map; either way core's schema checks them. */
export function CoordinatesField({ form }: { form: UseFormReturn<PlaceFormValues> }) {
  const { t } = useLocale();
  const headingId = useId();
  const tiles = useAdminSettings().mapTiles;
  const [lat, lng] = useWatch({ control: form.control, name: ['coordinates.lat', 'coordinates.lng'] });
  const point = CoordinatesSchema.safeParse({ lat, lng });
  const errorOf = (name: string) => fieldError(form.formState.errors, name);
  const coordinatesError = errorOf('coordinates');

  function pick(picked: { lat: number; lng: number }) {
    const options = { shouldDirty: true, shouldTouch: true, shouldValidate: true };
    form.setValue('coordinates.lat', picked.lat, options);
    form.setValue('coordinates.lng', picked.lng, options);
  }

  return (
    <section className="panel place-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('placeLocationHeading')}</h2>
      <p className="field__hint">{t('placeCoordinatesHint')}</p>
      {coordinatesError && <p className="field__error">{coordinatesError}</p>}
      <div className="place-coordinates">
        <FormField label={t('placeLatitude')} error={errorOf('coordinates.lat')}>
          {(control) => <input {...control} type="number" inputMode="decimal" step="any" min={-90} max={90} {...form.register('coordinates.lat', { valueAsNumber: true })} />}
        </FormField>
        <FormField label={t('placeLongitude')} error={errorOf('coordinates.lng')}>
          {(control) => <input {...control} type="number" inputMode="decimal" step="any" min={-180} max={180} {...form.register('coordinates.lng', { valueAsNumber: true })} />}
        </FormField>
      </div>
      <Suspense fallback={<p>{t('placeMapLoading')}</p>}>
        <PlaceMap point={point.success ? point.data : undefined} tiles={tiles} onPick={pick} />
      </Suspense>
    </section>
  );
}
