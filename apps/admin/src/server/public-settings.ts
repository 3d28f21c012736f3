import { mapTilesOf } from '@kraina/core';
import type { AdminSettings } from '../app/admin-settings.js';
import type { Config } from './config.js';

/** The browser's share of the settings, and only that: the map tiles and where the public site is. */
export function publicSettingsOf(config: Pick<Config, 'MAP_TILE_URL' | 'MAP_TILE_ATTRIBUTION' | 'PUBLIC_SITE_URL'>): AdminSettings {
  return { mapTiles: mapTilesOf(config.MAP_TILE_URL, config.MAP_TILE_ATTRIBUTION), publicSiteUrl: config.PUBLIC_SITE_URL ?? null };
}
