import type { SiteDraft } from './build-site.js';
import { castleAndPalaceSites } from './castles-and-palaces.js';
import { museumSites } from './museums.js';
import { natureReserveSites } from './nature-reserves.js';
import { sanatoriumSites } from './sanatoria.js';
import { touristSites } from './tourist-sites.js';
import { unescoSites } from './unesco.js';
import { warMemorialSites } from './war-memorials.js';

/** Every demo place, by kind. */
export const siteDrafts: SiteDraft[] = [
  ...unescoSites,
  ...castleAndPalaceSites,
  ...touristSites,
  ...warMemorialSites,
  ...museumSites,
  ...sanatoriumSites,
  ...natureReserveSites,
];
