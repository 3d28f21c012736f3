import { type ImageRef, defaultLocales, isAppError, resolveLocalized } from '@kraina/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';
import { MediaPicker } from './media-picker.js';
import { missingAltLocales } from './missing-alt.js';
import { type ImageDescription, uploadMedia } from './upload-media.js';

interface LeadImageFieldProps {
  value: ImageRef | null;
  onChange: (value: ImageRef | null) => void;
}

/**
 * The article's lead image: the one chosen, one chosen from the library, or an upload to the media library with alt
 * text in each locale and visible progress. Alt text lives on the media item, so every use of the image has it; the
 * field warns of each locale the image has none in, since the API refuses to publish that locale until it has.
 */
export function LeadImageField({ value, onChange }: LeadImageFieldProps) {
  const { t, locale } = useLocale();
  const ids = { file: useId(), progress: useId(), hint: useId(), credit: useId() };
  const fieldIds = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const nothing: ImageDescription = { alt: {}, caption: {}, credit: '' };
  const [description, setDescription] = useState<ImageDescription>(nothing);
  const [progress, setProgress] = useState(0);
  const [picking, setPicking] = useState(false);
  const current = useQuery({ queryKey: ['media', value?.mediaId], queryFn: () => api.getMedia({ params: { id: value?.mediaId ?? '' } }), enabled: value !== null });

  const upload = useMutation({
    mutationFn: (file: File) => uploadMedia(file, description, setProgress),
    onMutate: () => setProgress(0),
    onSuccess: (media) => {
      onChange({ mediaId: media.id });
      setDescription(nothing);
      if (fileInput.current) fileInput.current.value = '';
    },
  });

  const refusal = upload.error && isAppError(upload.error) ? [upload.error.message, ...upload.error.issues.map((issue) => issue.detail)].join(' ') : upload.error?.message;
  const currentAlt = current.data ? (resolveLocalized(current.data.alt, locale)?.value ?? '') : '';
  const missingAlt = value !== null && current.data ? missingAltLocales(current.data) : [];

  return (
    <fieldset className="lead-image">
      <legend>{t('leadImage')}</legend>
      <p>{value === null ? t('noLeadImage') : current.data ? t('currentLeadImage', { filename: current.data.filename, alt: currentAlt }) : t('loading')}</p>
      {missingAlt.length > 0 && (
        <p className="notice">
          {t('mediaLeadMissingAlt', { locales: missingAlt.join(', ') })} <Link to={`/media?item=${value?.mediaId ?? ''}`}>{t('mediaAddAltText')}</Link>
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={() => setPicking(true)}>
          {t('mediaChooseFromLibrary')}
        </button>
        {value !== null && (
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            {t('removeLeadImage')}
          </button>
        )}
      </div>
      <MediaPicker open={picking} onClose={() => setPicking(false)} onChoose={(media) => onChange({ mediaId: media.id })} />
      <div className="field">
        <label htmlFor={ids.file}>{t('imageFile')}</label>
        <input id={ids.file} ref={fileInput} type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" />
      </div>
      <p id={ids.hint} className="field__hint">
        {t('altTextHint')}
      </p>
      {defaultLocales.flatMap((code) =>
        (['alt', 'caption'] as const).map((field) => (
          <div className="field" key={`${field}-${code}`}>
            <label htmlFor={`${fieldIds}-${field}-${code}`}>{t(field === 'alt' ? 'altTextFor' : 'captionFor', { locale: code })}</label>
            <input
              id={`${fieldIds}-${field}-${code}`}
              lang={code}
              {...(field === 'alt' ? { 'aria-describedby': ids.hint } : {})}
              value={description[field][code] ?? ''}
              onChange={(event) => setDescription({ ...description, [field]: { ...description[field], [code]: event.target.value } })}
            />
          </div>
        )),
      )}
      <div className="field">
        <label htmlFor={ids.credit}>{t('credit')}</label>
        <input id={ids.credit} value={description.credit} onChange={(event) => setDescription({ ...description, credit: event.target.value })} />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={upload.isPending}
          onClick={() => {
            const file = fileInput.current?.files?.[0];
            if (file) upload.mutate(file);
          }}
        >
          {t('upload')}
        </button>
        <label htmlFor={ids.progress}>{t('uploadProgress')}</label>
        <progress id={ids.progress} max={1} value={progress} />
      </div>
      <p role="status">{upload.isSuccess ? t('uploaded', { filename: upload.data.filename }) : ''}</p>
      <p role="alert" className="outcome--refused">
        {refusal ? t('actionRefused', { message: refusal }) : ''}
      </p>
    </fieldset>
  );
}
