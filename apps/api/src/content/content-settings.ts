import type { LocaleSettings } from '@kraina/core';

/** What the stores need to know about the portal: its locales and fallbacks, and the zone its days are counted in. */
export interface ContentSettings {
  locales: LocaleSettings;
  timeZone: string;
}
