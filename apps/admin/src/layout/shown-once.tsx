import { useEffect, useId, useRef, useState } from 'react';

interface ShownOnceProps {
  heading: string;
  warning: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  copyFailedLabel: string;
  dismissLabel: string;
  onDismiss: () => void;
}

/**
 * A secret the API answers only once (a token, a reset code): shown read-only with a copy button and a plain warning,
 * and focused on arrival so a screen reader announces it before anything else can take the user's attention.
 */
export function ShownOnce({ heading, warning, label, value, copyLabel, copiedLabel, copyFailedLabel, dismissLabel, onDismiss }: ShownOnceProps) {
  const region = useRef<HTMLElement>(null);
  const field = useId();
  const headingId = useId();
  const [copied, setCopied] = useState<'' | 'done' | 'failed'>('');

  useEffect(() => region.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('done');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); the field stays selectable by hand.
      setCopied('failed');
    }
  }

  return (
    <section ref={region} className="panel shown-once" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>{heading}</h2>
      <p className="notice">{warning}</p>
      <div className="field">
        <label htmlFor={field}>{label}</label>
        <input id={field} readOnly value={value} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
        <span role="status">{copied === 'done' ? copiedLabel : copied === 'failed' ? copyFailedLabel : ''}</span>
      </div>
    </section>
  );
}
