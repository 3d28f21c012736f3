import { type Locale, type SiteSummary, placePagePath } from '@kraina/core';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { ImageSource } from '../media/image-sources.js';
import { placedImage } from '../media/placed-image.js';
import { ResponsiveImage } from '../media/responsive-image.js';
import type { PlaceMarker } from '../islands/place-map/place-map-props.js';
import { formatCoordinates, formatDistance } from './place-geo-format.js';
import { kindName, regionName } from './place-names.js';

/** The pins of a list of places, each linking to its page. */
export function markersOf(places: readonly SiteSummary[], locale: Locale): PlaceMarker[] {
  return places.map((place) => ({
    name: place.name,
    href: placePagePath(locale, place),
    lat: place.coordinates.lat,
    lng: place.coordinates.lng,
    detail: `${kindName(locale, place.kind)} · ${regionName(locale, place.region)}`,
  }));
}

/**
 * Places as a list: picture, name linking to the page, kind, region, address, coordinates and summary, and the
 * distance when the list is of places near another. The list is the map's text: everything the pins show is written
 * here. Its pictures sit below a heading, a map or a place's own page, so they all load lazily.
 */
export function PlaceList({
  places,
  images,
  locale,
  headingLevel = 2,
}: {
  places: readonly SiteSummary[];
  /** The cards' pictures, loaded with one loadImages call by the route; a card whose picture is missing shows none. */
  images: ReadonlyMap<string, ImageSource>;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = messagesFor(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="place-list">
      {places.map((place) => {
        const image = place.image && placedImage(place.image, images, locale);
        return (
          <li key={place.id} className="place-card" lang={place.servedLocale === locale ? undefined : place.servedLocale}>
            {image ? <ResponsiveImage className="place-card__image" image={image.image} alt={image.alt} sizes="(min-width: 48rem) 12rem, 40vw" /> : null}
            <div className="place-card__text">
              <Heading className="place-card__name">
                <a href={placePagePath(locale, place)}>{place.name}</a>
              </Heading>
              <p className="place-card__meta" lang={locale}>
                {kindName(locale, place.kind)} · {regionName(locale, place.region)}
                {place.distanceMetres === undefined ? null : ` · ${formatMessage(locale, t.placeDistance, { distance: formatDistance(place.distanceMetres, locale) })}`}
              </p>
              {place.address ? <p className="place-card__address">{place.address}</p> : null}
              <p className="place-card__coordinates" lang={locale}>
                <span className="visually-hidden">{t.placeCoordinates}: </span>
                <data value={`${place.coordinates.lat},${place.coordinates.lng}`}>{formatCoordinates(place.coordinates, locale)}</data>
              </p>
              {place.summary ? <p className="place-card__summary">{place.summary}</p> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
