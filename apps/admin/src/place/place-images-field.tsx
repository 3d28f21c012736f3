import type { ImageRef } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';
import { MediaPicker } from '../media/media-picker.js';

interface PlaceImagesFieldProps {
  image: ImageRef | null;
  gallery: readonly ImageRef[];
  onImageChange: (image: ImageRef | null) => void;
  onGalleryChange: (gallery: ImageRef[]) => void;
}

function ImageName({ mediaId }: { mediaId: string }) {
  const { t } = useLocale();
  const media = useQuery({ queryKey: ['media', mediaId], queryFn: () => api.getMedia({ params: { id: mediaId } }) });
  return <>{media.data?.filename ?? t('placeChosenImage', { id: mediaId })}</>;
}

/**
 * The place's main image and its gallery, chosen from the media library. The gallery's order is changed with
 * buttons, which a keyboard reaches as easily as a mouse.
 */
export function PlaceImagesField({ image, gallery, onImageChange, onGalleryChange }: PlaceImagesFieldProps) {
  const { t } = useLocale();
  const headingId = useId();
  const [picking, setPicking] = useState<'image' | 'gallery' | undefined>();

  function move(index: number, by: -1 | 1) {
    const next = [...gallery];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    onGalleryChange(next);
  }

  return (
    <section className="panel place-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('placeImagesHeading')}</h2>
      <h3>{t('placeMainImage')}</h3>
      <p>{image ? <ImageName mediaId={image.mediaId} /> : t('placeNoImage')}</p>
      <div className="workflow__actions">
        <button type="button" className="button" onClick={() => setPicking('image')}>
          {t('placeChooseImage')}
        </button>
        {image && (
          <button type="button" className="button button--quiet" onClick={() => onImageChange(null)}>
            {t('placeRemoveImage')}
          </button>
        )}
      </div>
      <h3>{t('placeGallery')}</h3>
      {gallery.length === 0 ? (
        <p>{t('placeGalleryEmpty')}</p>
      ) : (
        <ol className="place-gallery">
          {gallery.map((item, index) => (
            <li key={`${item.mediaId}-${index}`}>
              <ImageName mediaId={item.mediaId} />{' '}
              <button type="button" className="button button--quiet" disabled={index === 0} onClick={() => move(index, -1)}>
                {t('placeMoveUp', { number: index + 1 })}
              </button>
              <button type="button" className="button button--quiet" disabled={index === gallery.length - 1} onClick={() => move(index, 1)}>
                {t('placeMoveDown', { number: index + 1 })}
              </button>
              <button type="button" className="button button--quiet" onClick={() => onGalleryChange(gallery.filter((_, i) => i !== index))}>
                {t('placeRemoveFromGallery', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button" onClick={() => setPicking('gallery')}>
        {t('placeAddToGallery')}
      </button>
      <MediaPicker
        open={picking !== undefined}
        onClose={() => setPicking(undefined)}
        onChoose={(media) => {
          if (picking === 'image') onImageChange({ mediaId: media.id });
          else onGalleryChange([...gallery, { mediaId: media.id }]);
          setPicking(undefined);
        }}
      />
    </section>
  );
}
