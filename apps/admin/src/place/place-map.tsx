import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../locale/locale-context.js';
import type { MapTiles } from '@kraina/core';

// Leaflet finds its default marker images by a path in its stylesheet, which hashed file names break.
const pin = new L.Icon.Default({ imagePath: '', iconUrl, iconRetinaUrl, shadowUrl });
// Belarus, shown whole until the place has coordinates.
const country = { center: L.latLng(53.7, 27.9), zoom: 6 };

interface PlaceMapProps {
  /** The point in the form, or undefined while the coordinates are missing or not valid. */
  point: { lat: number; lng: number } | undefined;
  tiles: MapTiles | null;
  onPick: (point: { lat: number; lng: number }) => void;
}

const rounded = (value: number) => Math.round(value * 1e6) / 1e6; // about 10 cm, finer than any place needs

/**
 * A Leaflet map with the place's marker: a click on the map or a dragged marker sets the coordinates, and typed ones
 * move the marker. Without tiles, or when they fail, the marker stays on a plain background and a note says so.
 * Loaded only with the place editor, so Leaflet weighs on no other screen.
 */
export default function PlaceMap({ point, tiles, onPick }: PlaceMapProps) {
  const { t } = useLocale();
  const canvas = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | undefined>(undefined);
  const marker = useRef<L.Marker | undefined>(undefined);
  const pick = useRef(onPick);
  const [tilesFailed, setTilesFailed] = useState(false);
  pick.current = onPick;

  useEffect(() => {
    if (!canvas.current) return undefined;
    const created = L.map(canvas.current, { zoomControl: false, attributionControl: tiles !== null, keyboard: true, scrollWheelZoom: false });
    created.setView(country.center, country.zoom);
    L.control.zoom({ zoomInTitle: t('placeZoomIn'), zoomOutTitle: t('placeZoomOut') }).addTo(created);
    if (tiles) {
      const layer = L.tileLayer(tiles.urlTemplate, { attribution: tiles.attribution, maxZoom: 19 });
      layer.once('tileerror', () => setTilesFailed(true));
      layer.addTo(created);
    }
    created.on('click', (event: L.LeafletMouseEvent) => pick.current({ lat: rounded(event.latlng.lat), lng: rounded(event.latlng.lng) }));
    map.current = created;
    return () => {
      created.remove();
      map.current = undefined;
      marker.current = undefined;
    };
    // Built once per tile setting: rebuilding on every word or point change would reset the view the editor chose.
  }, [tiles]);

  const lat = point?.lat;
  const lng = point?.lng;
  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (lat === undefined || lng === undefined) {
      marker.current?.remove();
      marker.current = undefined;
      return;
    }
    const at = L.latLng(lat, lng);
    if (marker.current) marker.current.setLatLng(at);
    else {
      marker.current = L.marker(at, { icon: pin, draggable: true, keyboard: true, title: t('placeMarker'), alt: t('placeMarker') }).addTo(current);
      marker.current.on('dragend', () => {
        const moved = marker.current?.getLatLng();
        if (moved) pick.current({ lat: rounded(moved.lat), lng: rounded(moved.lng) });
      });
    }
    if (!current.getBounds().contains(at)) current.setView(at, Math.max(current.getZoom(), 12));
  }, [lat, lng, tiles, t]);

  const note = tiles === null ? t('placeMapNoTiles') : tilesFailed ? t('placeMapTilesFailed') : '';
  return (
    <div className="place-map">
      <div ref={canvas} className="place-map__canvas" role="region" aria-label={t('placeMap')} />
      <p className="field__hint" role="status">
        {note}
      </p>
    </div>
  );
}
