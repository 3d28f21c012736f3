import type { MapTiles } from '@kraina/core';
// What the server hands the place map island, shared by the page that renders it and the module that mounts it.

/** One place on the map: where it is, and its name linking to its page. */
export interface PlaceMarker {
  name: string;
  href: string;
  lat: number;
  lng: number;
  /** A short line under the name in the popup, such as its kind and town. */
  detail?: string | undefined;
}

/** The background tiles, from the site's configuration (MAP_TILE_URL, MAP_TILE_ATTRIBUTION). */
export type { MapTiles } from '@kraina/core';

/** The map's words in the page's language. */
export interface PlaceMapLabels {
  /** The map's accessible name, saying the same places are listed on the page. */
  map: string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  /** Shown over the map when no tiles are configured. */
  noTiles: string;
  /** Shown over the map when tiles fail to load. */
  tilesFailed: string;
}

/** Everything the place map island needs. */
export interface PlaceMapProps {
  markers: PlaceMarker[];
  tiles: MapTiles | null;
  labels: PlaceMapLabels;
  /** The zoom for a map of one place; a map of several fits them all. */
  zoom?: number | undefined;
}
