import { type EventOccurrence, type Locale, type SiteSummary, type SiteView, eventPagePath } from '@kraina/core';
import { spanOf, formatSpan } from '../events/event-when.js';
import type { MapTiles } from '../islands/place-map/place-map-props.js';
import { type BreadcrumbStep, Breadcrumbs } from '../layout/breadcrumbs.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { nativeLocaleName } from '../locale/locale-name.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { ImageSource } from '../media/image-sources.js';
import { type PlacedImage, PlacedFigure } from '../media/placed-image.js';
import type { PageMeta } from '../seo/page-head.js';
import { OpeningHoursList } from './opening-hours.js';
import { type Fact, FactList, kindFactsOf } from './place-kind-facts.js';
import { formatCoordinates, formatDistance } from './place-geo-format.js';
import { PlaceList } from './place-list.js';
import { PlaceMap } from './place-map.js';
import { kindName, regionName } from './place-names.js';
import { nearbyRadiusMetres } from './place-surroundings.js';

/** Everything a place's page shows besides the place record itself. */
export interface PlacePageProps {
  frame: PageFrame;
  place: SiteView;
  trail: readonly BreadcrumbStep[];
  bodyHtml: string;
  /** The place's picture and gallery as the API serves them (loadImages and placedImage); one it did not vouch for is left out. */
  image: PlacedImage | undefined;
  gallery: readonly PlacedImage[];
  /** The pictures loaded for the page, by media id: the nearby places' cards take theirs from here. */
  images: ReadonlyMap<string, ImageSource>;
  meta: PageMeta;
  nearby: readonly SiteSummary[];
  events: readonly EventOccurrence[];
  tiles: MapTiles | null;
}

/** Where the place is and how to reach it, as facts: region, address, coordinates, hours, contacts. */
function locationFactsOf(place: SiteView, address: string | undefined, locale: Locale): Fact[] {
  const t = messagesFor(locale);
  const { phones, email, website } = place.contacts;
  const hasContacts = phones.length > 0 || email !== undefined || website !== undefined;
  return [
    { label: t.placesFilterRegion, value: regionName(locale, place.region) },
    ...(address ? [{ label: t.placeAddress, value: address }] : []),
    {
      label: t.placeCoordinates,
      value: <data value={`${place.coordinates.lat},${place.coordinates.lng}`}>{formatCoordinates(place.coordinates, locale)}</data>,
    },
    ...(place.openingHours && place.openingHours.periods.length > 0 ? [{ label: t.placeOpeningHours, value: <OpeningHoursList hours={place.openingHours} locale={locale} /> }] : []),
    ...(hasContacts
      ? [
          {
            label: t.placeContacts,
            value: (
              <ul className="place-facts__list">
                {phones.map((phone) => (
                  <li key={phone}>
                    {t.placePhone}: <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
                  </li>
                ))}
                {email ? (
                  <li>
                    {t.placeEmail}: <a href={`mailto:${email}`}>{email}</a>
                  </li>
                ) : null}
                {website ? (
                  <li>
                    {t.placeWebsite}: <a href={website}>{new URL(website).host}</a>
                  </li>
                ) : null}
              </ul>
            ),
          },
        ]
      : []),
  ];
}

/**
 * A place: its kind and name, the facts of its kind, where it is (with a small map above the written location), the
 * description and photos, the places nearby and the events held there.
 */
export function PlacePage({ frame, place, trail, bodyHtml, image, gallery, images, meta, nearby, events, tiles }: PlacePageProps) {
  const { locale } = frame;
  const t = messagesFor(locale);
  const served = place.servedLocale;
  const text = place.translations[served];
  if (!text) throw new Error(`The API served place ${place.slug} in ${served} without a text in it`);
  const lang = served === locale ? undefined : served;
  const marker = { name: text.name, href: trail.at(-1)?.path ?? '', lat: place.coordinates.lat, lng: place.coordinates.lng, detail: text.address };
  return (
    <PageLayout frame={frame} title={`${text.name} · ${frame.siteName}`} description={text.summary} meta={meta}>
      <Breadcrumbs steps={trail} t={t} />
      <article className="place" lang={lang}>
        {lang === undefined ? null : (
          <p className="notice" lang={locale}>
            {formatMessage(locale, t.placeShownInLanguage, { language: nativeLocaleName(served) })}
          </p>
        )}
        <p className="place__kind" lang={locale}>
          {kindName(locale, place.kind)}
        </p>
        <h1>{text.name}</h1>
        {text.summary ? <p className="lead">{text.summary}</p> : null}
        {image ? <PlacedFigure className="place__image" placed={image} locale={locale} sizes="(min-width: 48rem) 46rem, 100vw" isAboveFold /> : null}
        <section className="place__facts" aria-labelledby="place-facts" lang={locale}>
          <h2 id="place-facts">{t.placeFacts}</h2>
          <FactList facts={kindFactsOf(place, locale)} />
          {place.kind === 'unesco-heritage' && place.transboundary ? <p>{t.placeTransboundary}</p> : null}
          <h3 id="place-location">{t.placeLocation}</h3>
          <PlaceMap locale={locale} markers={[marker]} tiles={tiles} placeName={text.name} />
          <FactList facts={locationFactsOf(place, text.address, locale)} />
        </section>
        <div className="place__body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        {gallery.length > 0 ? (
          <section className="place__gallery" aria-labelledby="place-gallery" lang={locale}>
            <h2 id="place-gallery">{t.placeGallery}</h2>
            <div className="place__gallery-grid">
              {gallery.map((placed, index) => (
                // One picture may appear twice in a gallery; its place in the list tells the two apart.
                <PlacedFigure key={`${index}-${placed.image.src}`} className="place__image" placed={placed} locale={locale} sizes="(min-width: 48rem) 15rem, 50vw" />
              ))}
            </div>
          </section>
        ) : null}
      </article>
      <section className="place__nearby" aria-labelledby="place-nearby">
        <h2 id="place-nearby">{t.placeNearby}</h2>
        {nearby.length === 0 ? (
          <p>{formatMessage(locale, t.placeNearbyNone, { distance: formatDistance(nearbyRadiusMetres, locale) })}</p>
        ) : (
          <PlaceList places={nearby} images={images} locale={locale} headingLevel={3} />
        )}
      </section>
      <section className="place__events" aria-labelledby="place-events">
        <h2 id="place-events">{t.placeEventsHere}</h2>
        {events.length === 0 ? (
          <p>{t.placeEventsNone}</p>
        ) : (
          <ul className="place-events">
            {events.map((occurrence) => {
              const title = occurrence.event.translations[occurrence.event.servedLocale]?.title ?? occurrence.event.slug;
              return (
                <li key={occurrence.event.id} lang={occurrence.event.servedLocale === locale ? undefined : occurrence.event.servedLocale}>
                  <a href={eventPagePath(locale, occurrence.event)}>{title}</a>
                  <span lang={locale}> · {formatSpan(spanOf(occurrence), locale)}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </PageLayout>
  );
}
