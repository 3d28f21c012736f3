import type { KrainaClient, Locale } from '@kraina/core';
import type { ShowingAlerts } from './alerts/showing-alerts.js';
import type { MapTiles } from './islands/place-map/place-map-props.js';
import type { PageFrame } from './layout/page-layout.js';
import type { PageCachePolicy } from './render/send-page.js';

/** What every page's route needs: the site's name and address, the API, how long pages keep, and the clock. */
export interface SiteContext {
  siteName: string;
  siteUrl: string;
  api: KrainaClient;
  /** The API without the site's short cache, for answers that must be fresh each time (draft previews). */
  uncachedApi: KrainaClient;
  pageCache: PageCachePolicy;
  /** The zone the portal's days are counted in, as the API counts them. */
  timeZone: string;
  now: () => Date;
  /** The background tiles of the places maps, or null when MAP_TILE_URL is empty. */
  mapTiles: MapTiles | null;
  /** The site-wide banners showing now, refreshed before each page by refreshShowingAlerts. */
  alerts: ShowingAlerts;
}

/** The frame of a page in `locale`, whose other-language versions live at `hrefFor(other)`. */
export function frameOf(site: SiteContext, locale: Locale, hrefFor: (other: Locale) => string): PageFrame {
  return { locale, siteName: site.siteName, siteUrl: site.siteUrl, hrefFor, alerts: site.alerts.current };
}
