/// <reference types="vite/client" />
import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import type { PlaceMapProps, PlaceMarker } from './place-map-props.js';

// Leaflet finds its default marker images by a path in its stylesheet, which hashed file names break; naming the
// bundled images keeps the familiar pin.
const pin = new L.Icon.Default({ imagePath: '', iconUrl, iconRetinaUrl, shadowUrl });

/** The popup of a marker: the place's name linking to its page, built as nodes so no name is read as HTML. */
function popupOf(marker: PlaceMarker): HTMLElement {
  const content = document.createElement('div');
  const link = document.createElement('a');
  link.href = marker.href;
  link.textContent = marker.name;
  const name = document.createElement('strong');
  name.append(link);
  content.append(name);
  if (marker.detail) {
    const detail = document.createElement('p');
    detail.textContent = marker.detail;
    content.append(detail);
  }
  return content;
}

/**
 * Draws the places on a Leaflet map inside the island's root, above the list the server rendered. The map and its
 * markers take keyboard focus (arrows pan, + and − zoom, Enter opens a marker's popup); without tiles, or when they
 * fail, a note says the background is missing and the markers stay, over a plain background.
 */
export function mountPlaceMap(root: HTMLElement, { markers, tiles, labels, zoom }: PlaceMapProps): void {
  const canvas = document.createElement('div');
  canvas.className = 'place-map__canvas';
  const note = document.createElement('p');
  note.className = 'place-map__note';
  note.setAttribute('role', 'status');
  root.append(canvas, note);

  const map = L.map(canvas, { zoomControl: false, attributionControl: tiles !== null, keyboard: true, scrollWheelZoom: false });
  // Named as a region, so screen reader users know what took focus and that the list below says the same.
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', labels.map);
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);

  if (tiles === null) note.textContent = labels.noTiles;
  else {
    const layer = L.tileLayer(tiles.urlTemplate, { attribution: tiles.attribution, maxZoom: 19 });
    layer.once('tileerror', () => {
      note.textContent = labels.tilesFailed;
    });
    layer.addTo(map);
  }

  for (const marker of markers) {
    L.marker([marker.lat, marker.lng], { icon: pin, title: marker.name, alt: marker.name, keyboard: true })
      .bindPopup(popupOf(marker))
      .addTo(map);
  }
  map.on('popupopen', (event) => {
    // Leaflet names its close button in English.
    event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', labels.closePopup);
  });

  const points = markers.map((m) => L.latLng(m.lat, m.lng));
  if (points.length === 1 && points[0]) map.setView(points[0], zoom ?? 13);
  else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 12 });
  root.classList.add('place-map--mounted');
}
