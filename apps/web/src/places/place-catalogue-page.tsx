import type { Locale, SiteKind, SiteSummary } from '@kraina/core';
import type { MapTiles } from '../islands/place-map/place-map-props.js';
import { type BreadcrumbStep, Breadcrumbs } from '../layout/breadcrumbs.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { ImageSource } from '../media/image-sources.js';
import type { PageMeta } from '../seo/page-head.js';
import { PlaceList, markersOf } from './place-list.js';
import { PlaceMap } from './place-map.js';
import { kindsName, placeKinds, placeRegions, regionName } from './place-names.js';
import { placesPath } from './place-paths.js';

/** What a catalogue page shows: one page of places of a kind (or of all), maybe in one region. */
export interface PlaceCataloguePageProps {
  frame: PageFrame;
  kind: SiteKind | undefined;
  region: string | undefined;
  heading: string;
  description: string;
  trail: readonly BreadcrumbStep[];
  places: readonly SiteSummary[];
  /** The places' pictures, by media id (loadImages). */
  images: ReadonlyMap<string, ImageSource>;
  /** The next page's address, when there is one. */
  moreHref: string | undefined;
  /** Set on pages after the first: the first page's address. */
  firstHref: string | undefined;
  tiles: MapTiles | null;
  meta: PageMeta;
}

function KindLinks({ locale, current }: { locale: Locale; current: SiteKind | undefined }) {
  const t = messagesFor(locale);
  return (
    <nav className="place-kinds" aria-label={t.placesKindsLabel}>
      <ul>
        <li>
          <a href={placesPath(locale)} aria-current={current === undefined ? 'page' : undefined}>
            {t.allPlaces}
          </a>
        </li>
        {placeKinds.map((kind) => (
          <li key={kind}>
            <a href={placesPath(locale, kind)} aria-current={current === kind ? 'page' : undefined}>
              {kindsName(locale, kind)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function RegionFilter({ locale, kind, region }: { locale: Locale; kind: SiteKind | undefined; region: string | undefined }) {
  const t = messagesFor(locale);
  const regions = placeRegions.map((slug) => ({ slug, name: regionName(locale, slug) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    // A GET form: it works with JavaScript off, and every filtered view has an address to share.
    <form className="place-filter" method="get" action={placesPath(locale, kind)} aria-labelledby="place-filter-heading">
      <h2 id="place-filter-heading" className="visually-hidden">
        {t.placesFilterHeading}
      </h2>
      <div className="field">
        <label htmlFor="place-filter-region">{t.placesFilterRegion}</label>
        <select id="place-filter-region" name="region" defaultValue={region ?? ''}>
          <option value="">{t.placesFilterAnyRegion}</option>
          {regions.map(({ slug, name }) => (
            <option key={slug} value={slug}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.placesFilterSubmit}</button>
    </form>
  );
}

/** A catalogue of places: the kinds, the region filter, the map island over the list, and the link to more. */
export function PlaceCataloguePage({ frame, kind, region, heading, description, trail, places, images, moreHref, firstHref, tiles, meta }: PlaceCataloguePageProps) {
  const { locale } = frame;
  const t = messagesFor(locale);
  const emptyMessage = region === undefined ? t.placesNoneFound : formatMessage(locale, t.placesNoneInRegion, { region: regionName(locale, region) });
  return (
    <PageLayout frame={frame} title={`${heading} · ${frame.siteName}`} description={description} meta={meta}>
      <Breadcrumbs steps={trail} t={t} />
      <div className="place-catalogue">
        <h1>{heading}</h1>
        <p className="lead">{description}</p>
        <KindLinks locale={locale} current={kind} />
        <RegionFilter locale={locale} kind={kind} region={region} />
        {places.length === 0 ? (
          <p className="notice">{emptyMessage}</p>
        ) : (
          <section aria-labelledby="place-list-heading">
            <h2 id="place-list-heading">
              {region === undefined ? heading : `${heading}: ${regionName(locale, region)}`}
              <span className="place-catalogue__count"> ({formatMessage(locale, t.placesCount, { count: places.length })})</span>
            </h2>
            <PlaceMap locale={locale} markers={markersOf(places, locale)} tiles={tiles} />
            <PlaceList places={places} images={images} locale={locale} headingLevel={3} />
          </section>
        )}
        {moreHref || firstHref ? (
          <nav className="place-pages" aria-label={t.paginationLabel}>
            <ul>
              {firstHref ? (
                <li>
                  <a href={firstHref}>{t.placesFromStart}</a>
                </li>
              ) : null}
              {moreHref ? (
                <li>
                  <a href={moreHref} rel="next">
                    {t.placesMore}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </div>
    </PageLayout>
  );
}
