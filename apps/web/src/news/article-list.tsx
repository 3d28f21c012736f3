import { type ArticleSummary, type Locale, articlePagePath } from '@kraina/core';
import { formatDateTime } from '../locale/format-date.js';
import type { ImageSource } from '../media/image-sources.js';
import { imageOf } from '../media/media-routes.js';
import { ResponsiveImage } from '../media/responsive-image.js';

/** A list of news items: picture, headline linked to the article, time and lead. */
export function ArticleList({
  items,
  locale,
  timeZone,
  headingLevel = 2,
  showImages = true,
  eagerImages = 0,
  images,
}: {
  items: readonly ArticleSummary[];
  locale: Locale;
  timeZone: string;
  headingLevel?: 2 | 3;
  showImages?: boolean;
  /** How many of the first pictures are above the fold, and so load at once rather than lazily. */
  eagerImages?: number;
  /** Pictures loaded with loadImages, by media id: given, a card whose picture is missing shows none. */
  images?: ReadonlyMap<string, ImageSource>;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="article-list">
      {items.map((item, index) => {
        // A story shown in a fallback language says so to screen readers and hyphenation alike.
        const lang = item.servedLocale === locale ? undefined : item.servedLocale;
        const published = item.firstPublishedAt ?? item.updatedAt;
        const image = item.leadImage && (images ? images.get(item.leadImage.mediaId) : imageOf(item.leadImage.mediaId));
        return (
          <li key={item.id} className="article-card" lang={lang}>
            {showImages && image ? (
              <ResponsiveImage
                className="article-card__image"
                image={image}
                // The headline link beside it says what the story is; repeating it as alt text would be noise.
                alt=""
                sizes="(min-width: 48rem) 16rem, 100vw"
                isAboveFold={index < eagerImages}
              />
            ) : null}
            <div className="article-card__text">
              <Heading className="article-card__headline">
                <a href={articlePagePath(locale, item)}>{item.headline}</a>
              </Heading>
              <p className="article-card__time">
                <time dateTime={published}>{formatDateTime(published, locale, timeZone)}</time>
              </p>
              {item.lead ? <p className="article-card__lead">{item.lead}</p> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
