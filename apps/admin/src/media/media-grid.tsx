import { type Media, resolveLocalized } from '@kraina/core';
import { useLocale } from '../locale/locale-context.js';
import { missingAltLocales } from './missing-alt.js';
import './media.css';

/** The rendition to show an image at `width` pixels: the smallest variant at least that wide, else the original. */
export function renditionFor(media: Pick<Media, 'url' | 'variants'>, width: number): string {
  const wideEnough = media.variants.filter((variant) => variant.width >= width).sort((a, b) => a.width - b.width);
  return wideEnough[0]?.url ?? media.url;
}

interface MediaGridProps {
  items: readonly Media[];
  /** What a card's button does, worded for that item, e.g. "Open stage.png" or "Choose stage.png". */
  actionLabel: (media: Media) => string;
  onAction: (media: Media) => void;
  selectedId?: string | undefined;
}

/**
 * Media as cards: a thumbnail, the file name, its alt text in the interface language, and a flag on every image that
 * lacks alt text in some content locale, since content showing it cannot be published in that locale.
 */
export function MediaGrid({ items, actionLabel, onAction, selectedId }: MediaGridProps) {
  const { t, locale } = useLocale();
  return (
    <ul className="media-grid">
      {items.map((media) => {
        const missing = missingAltLocales(media);
        const alt = resolveLocalized(media.alt, locale);
        return (
          <li key={media.id} className={`media-card${media.id === selectedId ? ' media-card--selected' : ''}`}>
            {media.kind === 'image' ? (
              // The card's text says what the image is; the thumbnail adds nothing for a screen reader.
              <img src={renditionFor(media, 240)} alt="" loading="lazy" width={media.width ?? undefined} height={media.height ?? undefined} />
            ) : (
              <span className="media-card__document" aria-hidden="true">
                PDF
              </span>
            )}
            <p className="media-card__name">{media.filename}</p>
            {alt && (
              <p className="media-card__alt" lang={alt.locale}>
                {alt.value}
              </p>
            )}
            {missing.length > 0 && <p className="media-card__flag">{t('mediaMissingAlt', { locales: missing.join(', ') })}</p>}
            <button type="button" className="button button--quiet" aria-pressed={selectedId === undefined ? undefined : media.id === selectedId} onClick={() => onAction(media)}>
              {actionLabel(media)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
