/// <reference types="vite/client" />
// The place map island's entry: small, so a page starts it at once; Leaflet arrives in a chunk of its own. Its styles
// are imported here so the manifest lists them and the page links them in its head, before the map is drawn.
import 'leaflet/dist/leaflet.css';
import './place-map.css';
import { mountIslands } from '../mount-islands.js';
import type { PlaceMapProps } from './place-map-props.js';

mountIslands<PlaceMapProps>('place-map', async (root, props) => {
  const { mountPlaceMap } = await import('./mount-place-map.js');
  mountPlaceMap(root, props);
});
