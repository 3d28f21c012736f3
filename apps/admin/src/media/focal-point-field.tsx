import type { MouseEvent } from 'react';
import { useId } from 'react';
import { useLocale } from '../locale/locale-context.js';
import { focalPointAt } from './media-form-values.js';

interface FocalPointFieldProps {
  src: string;
  /** The image's size, so the area to click has its shape before the file arrives. */
  width: number | null;
  height: number | null;
  value: { x: number; y: number };
  onChange: (value: { x: number; y: number }) => void;
  error?: string | undefined;
}

/**
 * Where crops keep the subject: clicked on the image, or typed in the two number fields, which are the keyboard's way
 * to set it. A marker shows the point either way.
 */
export function FocalPointField({ src, width, height, value, onChange, error }: FocalPointFieldProps) {
  const { t } = useLocale();
  const ids = { legend: useId(), hint: useId(), x: useId(), y: useId(), error: useId() };

  function pick(event: MouseEvent<HTMLDivElement>) {
    onChange(focalPointAt({ x: event.clientX, y: event.clientY }, event.currentTarget.getBoundingClientRect()));
  }

  const number = (axis: 'x' | 'y') => (
    <div className="field">
      <label htmlFor={ids[axis]}>{t(axis === 'x' ? 'mediaFocalX' : 'mediaFocalY')}</label>
      <input
        id={ids[axis]}
        type="number"
        min={0}
        max={1}
        step={0.01}
        value={value[axis]}
        aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
        {...(error ? { 'aria-invalid': true } : {})}
        onChange={(event) => {
          if (event.target.value !== '') onChange({ ...value, [axis]: Number(event.target.value) });
        }}
      />
    </div>
  );

  return (
    <fieldset className="focal-point">
      <legend>{t('mediaFocalPoint')}</legend>
      <p id={ids.hint} className="field__hint">
        {t('mediaFocalHint')}
      </p>
      {/* A pointer's shortcut to the number fields below, which keyboards use; so the image itself takes no focus. */}
      <div className="focal-point__image" onClick={pick} style={width !== null && height !== null ? { aspectRatio: `${width} / ${height}` } : undefined}>
        <img src={src} alt="" />
        <span className="focal-point__marker" aria-hidden="true" style={{ left: `${value.x * 100}%`, top: `${value.y * 100}%` }} />
      </div>
      <div className="focal-point__numbers">
        {number('x')}
        {number('y')}
      </div>
      {error && (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
