import { useEffect, useId, useRef } from 'react';
import { useLocale } from '../locale/locale-context.js';

interface RestoreDialogProps {
  version: number;
  restoring: boolean;
  /** The API's refusal, in its words, if restoring failed. */
  refusal: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before restoring: a modal `<dialog>`, so focus moves into it and stays there, Escape cancels, and focus goes
 * back to the button that opened it.
 */
export function RestoreDialog({ version, restoring, refusal, onConfirm, onCancel }: RestoreDialogProps) {
  const { t } = useLocale();
  const ids = { heading: useId(), explain: useId() };
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    opener.current = document.activeElement;
    element?.showModal();
    return () => {
      element?.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} className="panel" aria-labelledby={ids.heading} aria-describedby={ids.explain} onCancel={(event) => { event.preventDefault(); onCancel(); }}>
      <h2 id={ids.heading}>{t('historyRestoreHeading', { version })}</h2>
      <p id={ids.explain}>{t('historyRestoreExplain')}</p>
      <p role="alert" className="outcome outcome--refused">
        {refusal === undefined ? '' : t('historyRestoreFailed', { message: refusal })}
      </p>
      <div className="workflow__actions">
        <button type="button" className="button button--quiet" onClick={onCancel} autoFocus>
          {t('historyCancel')}
        </button>
        <button type="button" className="button" onClick={onConfirm} disabled={restoring}>
          {restoring ? t('historyRestoring') : t('historyRestoreConfirm')}
        </button>
      </div>
    </dialog>
  );
}
