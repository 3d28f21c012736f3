import type { Config } from '../config.js';
import type { MapTiles } from '../islands/place-map/place-map-props.js';

/** The configured map tiles, or null when MAP_TILE_URL is empty and maps show markers on a plain background. */
export function mapTilesOf(config: Pick<Config, 'MAP_TILE_URL' | 'MAP_TILE_ATTRIBUTION'>): MapTiles | null {
  return config.MAP_TILE_URL === '' ? null : { urlTemplate: config.MAP_TILE_URL, attribution: config.MAP_TILE_ATTRIBUTION };
}

/**
 * The content security policy sources a tile URL template needs in `img-src`: its origin, with a subdomain
 * placeholder such as `{s}` allowed as any subdomain. None without tiles.
 */
export function mapTileImageSources(template: string): string[] {
  if (template === '') return [];
  const match = /^(https?):\/\/([^/?#]+)/.exec(template);
  if (!match) return [];
  const [, scheme, host = ''] = match;
  // CSP allows a wildcard only as the leftmost label; a placeholder elsewhere in the host widens to that.
  const labels = host.split('.');
  const lastPlaceholder = labels.findLastIndex((label) => label.includes('{'));
  const source = lastPlaceholder === -1 ? host : ['*', ...labels.slice(lastPlaceholder + 1)].join('.');
  return [`${scheme}://${source}`];
}
