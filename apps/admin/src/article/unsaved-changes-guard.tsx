import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useLocale } from '../locale/locale-context.js';

/**
 * Warns before unsaved changes are lost: the browser's own prompt on reload or close, and a dialog on a move inside
 * the app. A move to sign-in (the session ended) goes through, since the draft is kept on the device for the return.
 */
export function UnsavedChangesGuard({ when, mayLeave, onDiscard }: { when: boolean; mayLeave: () => boolean; onDiscard: () => void }) {
  const { t } = useLocale();
  // Asked at the moment of leaving, not at the last render: a save that just finished may leave straight away.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => !mayLeave() && nextLocation.pathname !== '/sign-in' && currentLocation.pathname !== nextLocation.pathname);
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div className="guard" role="alertdialog" aria-modal="false" aria-labelledby="guard-text">
      <p id="guard-text">{t('unsavedChanges')}</p>
      <button ref={stay} type="button" className="button" onClick={() => blocker.reset()}>
        {t('stay')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => {
          onDiscard();
          blocker.proceed();
        }}>
        {t('leave')}
      </button>
    </div>
  );
}
