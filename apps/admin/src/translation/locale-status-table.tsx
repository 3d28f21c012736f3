import { statusLabels } from '../article/status-labels.js';
import { fieldLabel, languageName } from '../history/field-labels.js';
import type { ContentItem } from '../history/revision-kinds.js';
import { useLocale } from '../locale/locale-context.js';

interface LocaleStatusTableProps {
  item: ContentItem;
  locales: readonly string[];
  source: string;
}

/** Each locale's state at a glance: its publish status, and which of its fields lag behind the source. */
export function LocaleStatusTable({ item, locales, source }: LocaleStatusTableProps) {
  const { t, locale } = useLocale();
  return (
    <table className="data-table">
      <caption>{t('translationStatusCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('translationStatusLanguage')}</th>
          <th scope="col">{t('translationStatusPublish')}</th>
          <th scope="col">{t('translationStatusTranslation')}</th>
        </tr>
      </thead>
      <tbody>
        {locales.map((code) => {
          const text = item.translations[code];
          const stale = item.translationStatus?.[code]?.stale ?? [];
          const state = !text
            ? t('translationStatusMissing')
            : code === source
              ? t('translationStatusSource')
              : stale.length > 0
                ? t('translationStatusStale', { count: stale.length, fields: stale.map((field) => fieldLabel(field, t)).join(', ') })
                : t('translationStatusCurrent');
          return (
            <tr key={code}>
              <th scope="row">{languageName(code, locale)}</th>
              <td>{text ? t(statusLabels[text.status]) : '—'}</td>
              <td>{state}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
