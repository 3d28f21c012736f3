import type { KrainaClient, Locale } from '@kraina/core';
import type { PageFrame } from './layout/page-layout.js';
import type { PageCachePolicy } from './render/send-page.js';

/** What every page's route needs: the site's name and address, the API, how long pages keep, and the clock. */
export interface SiteContext {
  siteName: string;
  siteUrl: string;
  api: KrainaClient;
  pageCache: PageCachePolicy;
  /** The zone the portal's days are counted in, as the API counts them. */
  timeZone: string;
  now: () => Date;
}

/** The frame of a page in `locale`, whose other-language versions live at `hrefFor(other)`. */
export function frameOf(site: SiteContext, locale: Locale, hrefFor: (other: Locale) => string): PageFrame {
  return { locale, siteName: site.siteName, siteUrl: site.siteUrl, hrefFor };
}
