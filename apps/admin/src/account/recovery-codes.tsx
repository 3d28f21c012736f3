import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../locale/locale-context.js';
import { recoveryCodesText } from './account-display.js';

/**
 * The recovery codes, shown this once (the API keeps only their hashes), with ways to keep them: copied, or saved as
 * a text file. Focus moves here so a screen reader user hears that they arrived.
 */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  const text = recoveryCodesText(codes, t('accountRecoveryFileHeading'));
  const [download] = useState(() => URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' })));

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => () => URL.revokeObjectURL(download), [download]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('accountRecoveryCopied'));
    } catch {
      setCopied(t('accountRecoveryCopyFailed'));
    }
  }

  return (
    <div className="recovery-codes notice">
      <h3 ref={heading} tabIndex={-1}>
        {t('accountRecoveryHeading')}
      </h3>
      <p>{t('accountRecoveryLead')}</p>
      <ol className="recovery-codes__list" aria-label={t('accountRecoveryHeading')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('accountRecoveryCopy')}
        </button>
        <a className="button button--quiet" href={download} download="kraina-recovery-codes.txt">
          {t('accountRecoveryDownload')}
        </a>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('accountRecoveryDone')}
        </button>
      </div>
      <p role="status" className="outcome">
        {copied}
      </p>
    </div>
  );
}
