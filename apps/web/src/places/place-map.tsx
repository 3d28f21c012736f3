import type { Locale } from '@kraina/core';
import { Island } from '../islands/island.js';
import type { MapTiles, PlaceMarker } from '../islands/place-map/place-map-props.js';
import { formatMessage, messagesFor } from '../locale/messages.js';

/**
 * The map island over a list of places: Leaflet, once the browser runs it, with a pin per place linking to its page.
 * It adds nothing the page does not already say: the places, with their coordinates, are listed in the HTML.
 */
export function PlaceMap({ locale, markers, tiles, placeName }: { locale: Locale; markers: readonly PlaceMarker[]; tiles: MapTiles | null; placeName?: string }) {
  if (markers.length === 0) return null;
  const t = messagesFor(locale);
  const labels = {
    map: placeName === undefined ? t.mapLabel : formatMessage(locale, t.mapPlaceLabel, { name: placeName }),
    zoomIn: t.mapZoomIn,
    zoomOut: t.mapZoomOut,
    closePopup: t.mapClosePopup,
    noTiles: t.mapNoTiles,
    tilesFailed: t.mapTilesFailed,
  };
  return (
    <Island
      name="place-map"
      className={placeName === undefined ? 'place-map' : 'place-map place-map--small'}
      props={{ markers: [...markers], tiles, labels, zoom: placeName === undefined ? undefined : 13 }}
    />
  );
}
