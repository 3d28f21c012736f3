import { type ArticleSummary, type ArticleView, formatDateline } from '@kraina/core';
import { type BreadcrumbStep, Breadcrumbs } from '../layout/breadcrumbs.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { nativeLocaleName } from '../locale/locale-name.js';
import { formatDateTime } from '../locale/format-date.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { ImageSource } from '../media/image-sources.js';
import { PlacedFigure, placedImage } from '../media/placed-image.js';
import type { PageMeta } from '../seo/page-head.js';
import { ArticleList } from './article-list.js';
import { newsListPath } from './news-paths.js';

/** An event or place an article links to, as a line in its "related" lists. */
export interface RelatedLink {
  id: string;
  name: string;
  path: string;
  note?: string | undefined;
}

/** The items an article points readers to. */
export interface RelatedItems {
  articles: readonly ArticleSummary[];
  events: readonly RelatedLink[];
  places: readonly RelatedLink[];
}

/**
 * An article: trail, headline, lead, dates, lead picture with caption and credit, the dateline and the body, then
 * tags and what it relates to. The body arrives as HTML already made safe by core's richTextToHtml.
 */
export function ArticlePage({
  frame,
  article,
  trail,
  bodyHtml,
  related,
  images,
  meta,
  timeZone,
}: {
  frame: PageFrame;
  article: ArticleView;
  trail: readonly BreadcrumbStep[];
  bodyHtml: string;
  related: RelatedItems;
  /** The pictures the API vouches for, by media id (loadImages); one missing here is left out of the page. */
  images: ReadonlyMap<string, ImageSource>;
  meta: PageMeta;
  timeZone: string;
}) {
  const { locale } = frame;
  const t = messagesFor(locale);
  const served = article.servedLocale;
  const text = article.translations[served];
  if (!text) throw new Error(`The API served article ${article.slug} in ${served} without a text in it`);
  const published = article.firstPublishedAt ?? article.updatedAt;
  const isUpdated = article.firstPublishedAt !== null && article.updatedAt > article.firstPublishedAt;
  const lead = article.leadImage && placedImage(article.leadImage, images, locale);
  const gallery = article.gallery.flatMap((ref) => placedImage(ref, images, locale) ?? []);
  const lang = served === locale ? undefined : served;
  return (
    <PageLayout frame={frame} title={`${text.headline} · ${frame.siteName}`} description={text.lead} meta={meta}>
      <Breadcrumbs steps={trail} t={t} />
      <article className="article" lang={lang}>
        {served === locale ? null : (
          <p className="notice" lang={locale}>
            {formatMessage(locale, t.shownInLanguage, { language: nativeLocaleName(served) })}
          </p>
        )}
        <h1>{text.headline}</h1>
        {text.lead ? <p className="lead">{text.lead}</p> : null}
        <p className="article__dates" lang={locale}>
          <span>
            {t.published}: <time dateTime={published}>{formatDateTime(published, locale, timeZone)}</time>
          </span>
          {isUpdated ? (
            <span>
              {t.updated}: <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, locale, timeZone)}</time>
            </span>
          ) : null}
        </p>
        {lead ? <PlacedFigure className="article__lead-image" placed={lead} locale={locale} sizes="(min-width: 48rem) 46rem, 100vw" isAboveFold /> : null}
        <div className="article__body">
          {article.dateline ? <p className="article__dateline">{formatDateline(article.dateline, served)}</p> : null}
          <div dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        </div>
        {gallery.length > 0 ? (
          <section className="article__gallery" aria-labelledby="photo-gallery">
            <h2 id="photo-gallery">{t.photoGallery}</h2>
            <ul>
              {gallery.map((placed, index) => (
                // One picture may appear twice in a gallery; its place in the list tells the two apart.
                <li key={`${index}-${placed.image.src}`}>
                  <PlacedFigure placed={placed} locale={locale} sizes="(min-width: 48rem) 22rem, 100vw" />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      {article.tags.length > 0 ? (
        <section className="article__tags" aria-labelledby="tags">
          <h2 id="tags">{t.tags}</h2>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag}>
                <a href={`${newsListPath(locale)}?tag=${tag}`}>{tag}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.articles.length > 0 ? (
        <section className="related" aria-labelledby="related-articles">
          <h2 id="related-articles">{t.relatedArticles}</h2>
          <ArticleList items={related.articles} locale={locale} timeZone={timeZone} headingLevel={3} images={images} />
        </section>
      ) : null}
      <RelatedLinks id="related-events" heading={t.relatedEvents} links={related.events} />
      <RelatedLinks id="related-places" heading={t.relatedPlaces} links={related.places} />
    </PageLayout>
  );
}

function RelatedLinks({ id, heading, links }: { id: string; heading: string; links: readonly RelatedLink[] }) {
  if (links.length === 0) return null;
  return (
    <section className="related" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="related__links">
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.path}>{link.name}</a>
            {link.note ? <span className="related__note"> · {link.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
