import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';

/** What the last autosave of a draft came to, beside the Save button, announced as it changes. */
export function AutosaveStatus({ savedAt, failure }: { savedAt: Date | undefined; failure: string | undefined }) {
  const { t, locale } = useLocale();
  return (
    <span className="field__hint" role="status">
      {failure ? t('draftAutosaveFailed', { message: failure }) : savedAt ? t('draftAutosavedAt', { time: formatTime(savedAt, locale) }) : ''}
    </span>
  );
}
