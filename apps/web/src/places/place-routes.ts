import { type Locale, type SiteView, placePagePath, richTextToHtml } from '@kraina/core';
import { type Request, type Response, Router } from 'express';
import { createElement } from 'react';
import { isSiteLocale, siteLocales } from '../locale/site-locales.js';
import { bodyImageOf } from '../media/body-image.js';
import { pictureSources } from '../media/image-sources.js';
import { imageIdsIn, loadImages } from '../media/load-image.js';
import { placedImage } from '../media/placed-image.js';
import { loadOrMissing } from '../news/load-or-missing.js';
import { type ItemPageOptions, asPreviewWhenAsked } from '../preview/item-page-options.js';
import { sendCacheablePage, sendPage } from '../render/send-page.js';
import type { PageMeta } from '../seo/page-head.js';
import { placeJsonLd } from '../seo/place-json-ld.js';
import { breadcrumbListJsonLd } from '../seo/structured-data.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { catalogueSteps, sendPlaceCatalogue } from './place-catalogue.js';
import { regionName, isPlaceKind } from './place-names.js';
import { PlacePage } from './place-page.js';
import { findEventsHeldAt, findNearbyPlaces } from './place-surroundings.js';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The query string of a request, kept when a redirect adds the trailing slash. */
function queryOf(req: Request): string {
  const index = req.originalUrl.indexOf('?');
  return index === -1 ? '' : req.originalUrl.slice(index);
}

/** `/{locale}/places/…`: the catalogue of every place and of each kind, and each place's page. */
export function placeRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });

  router.get('/:locale/places', (req, res, next) => {
    if (!isSiteLocale(req.params.locale)) return next();
    res.redirect(301, `/${req.params.locale}/places/${queryOf(req)}`);
  });

  router.get('/:locale/places/', async (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale) || !(await sendPlaceCatalogue(site, req, res, locale, undefined))) next();
  });

  router.get('/:locale/places/:kind', (req, res, next) => {
    const { locale, kind } = req.params;
    if (!isSiteLocale(locale) || !isPlaceKind(kind)) return next();
    res.redirect(301, `/${locale}/places/${kind}/${queryOf(req)}`);
  });

  router.get('/:locale/places/:kind/', async (req, res, next) => {
    const { locale, kind } = req.params;
    if (!isSiteLocale(locale) || !isPlaceKind(kind) || !(await sendPlaceCatalogue(site, req, res, locale, kind))) next();
  });

  router.get('/:locale/places/:kind/:slug', async (req, res, next) => {
    const { locale, kind, slug } = req.params;
    if (!isSiteLocale(locale) || !slugPattern.test(slug)) return next();
    const place = await loadOrMissing(site.api.getSite({ params: { slug }, query: { locale } }));
    if (!place) return next();
    // One address per place: its kind and main slug, whatever kind or localized slug the link said.
    if (place.kind !== kind || place.slug !== slug) return res.redirect(301, placePagePath(locale, place));
    await sendPlacePage(site, res, locale, place);
  });

  return router;
}

/**
 * Sends a place's page in `locale`, with the places nearby and the events held there: the public page, or with
 * `options.preview` the same page marked as a draft, never cached and never indexed (see preview/).
 */
export async function sendPlacePage(site: SiteContext, res: Response, locale: Locale, place: SiteView, options: ItemPageOptions = {}): Promise<void> {
  const absolute = (path: string) => new URL(path, site.siteUrl).href;
  const served = place.servedLocale;
  const text = place.translations[served];
  if (!text) throw new Error(`The API served place ${place.slug} in ${served} without a text in it`);
  const [nearby, events] = await Promise.all([findNearbyPlaces(site.api, place, locale), findEventsHeldAt(site.api, place, locale, site.now())]);
  const path = placePagePath(locale, place);
  const steps = [...catalogueSteps(locale, place.kind), { name: text.name, path }];
  const ownLocales = siteLocales.locales.filter((l) => place.translations[l]?.status === 'published');
  // Every picture on the page, each read once: the place's own, its gallery, the description's and the nearby places' cards.
  const images = await loadImages(site, [
    ...[place.image, ...place.gallery].flatMap((ref) => (ref ? [ref.mediaId] : [])),
    ...imageIdsIn(text.description),
    ...nearby.flatMap((other) => (other.image ? [other.image.mediaId] : [])),
  ]);
  const image = place.image ? placedImage(place.image, images, locale) : undefined;
  const gallery = place.gallery.flatMap((ref) => placedImage(ref, images, locale) ?? []);
  const pictures = [...(image ? [image] : []), ...gallery];
  // Previews and search results take one address per picture: the widest rendition, in a format every reader takes.
  const imageUrls = pictures.map((placed) => absolute(pictureSources(placed.image).img.src));
  const meta: PageMeta = {
    canonicalPath: path,
    alternates: Object.fromEntries(ownLocales.map((l) => [l, placePagePath(l, place)])),
    ogType: 'website',
    imageUrl: imageUrls[0],
    imageAlt: pictures[0]?.alt || undefined,
    jsonLd: [
      placeJsonLd({
        kind: place.kind,
        url: absolute(path),
        name: text.name,
        description: text.summary,
        coordinates: place.coordinates,
        streetAddress: text.address,
        region: regionName(locale, place.region),
        imageUrls,
        telephone: place.contacts.phones[0],
        email: place.contacts.email,
        website: place.contacts.website,
        openingHours: place.openingHours,
      }),
      breadcrumbListJsonLd(steps.map((s) => ({ name: s.name, url: absolute(s.path) }))),
    ],
  };
  const bodyHtml = richTextToHtml(text.description, { siteOrigin: site.siteUrl, image: bodyImageOf(images, locale, '(min-width: 48rem) 46rem, 100vw') });
  const page = asPreviewWhenAsked(res, frameOf(site, locale, (other) => placePagePath(other, place)), meta, options, site.timeZone);
  const element = createElement(PlacePage, { frame: page.frame, place, trail: steps, bodyHtml, image, gallery, images, meta: page.meta, nearby, events, tiles: site.mapTiles });
  if (options.preview) sendPage(res, 200, element);
  else sendCacheablePage(res, element, site.pageCache);
}
