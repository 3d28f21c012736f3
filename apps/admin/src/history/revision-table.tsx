import type { RevisionSummary } from '@kraina/core';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { fieldLabel } from './field-labels.js';

interface RevisionTableProps {
  revisions: readonly RevisionSummary[];
  /** The oldest revision there is, once every page is read: the one that created the item. */
  firstId: string | undefined;
  from: string | undefined;
  to: string | undefined;
  onCompare: (side: 'from' | 'to', id: string) => void;
  onView: (revision: RevisionSummary) => void;
  /** Absent for a user who may not change the item, who then sees no restore buttons. */
  onRestore: ((revision: RevisionSummary) => void) | undefined;
}

/** The item's saved versions, newest first: who and when, what changed, and a pair of radio buttons to compare any two. */
export function RevisionTable({ revisions, firstId, from, to, onCompare, onView, onRestore }: RevisionTableProps) {
  const { t, locale } = useLocale();
  const newestId = revisions[0]?.id;

  function whatChanged(revision: RevisionSummary): string {
    const fields = [
      ...revision.changedFields.map((field) => fieldLabel(field, t)),
      ...Object.entries(revision.changedTranslations).flatMap(([code, names]) => names.map((field) => `${fieldLabel(field, t)} (${code})`)),
    ];
    const parts = revision.restoredFrom === null ? [] : [t('historyRestoredFrom')];
    if (fields.length > 0) parts.push(fields.join(', '));
    else if (revision.id === firstId) parts.push(t('historyCreated'));
    else if (parts.length === 0) parts.push(t('historyNoFieldChanges'));
    return parts.join(': ');
  }

  return (
    <table className="data-table">
      <caption>{t('historyListCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('historyVersion')}</th>
          <th scope="col">{t('historyWhen')}</th>
          <th scope="col">{t('historyWho')}</th>
          <th scope="col">{t('historyWhat')}</th>
          <th scope="col">{t('historyCompareFrom')}</th>
          <th scope="col">{t('historyCompareTo')}</th>
          <th scope="col">{t('historyActions')}</th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((revision) => (
          <tr key={revision.id}>
            <th scope="row">{revision.version}</th>
            <td>{formatDateTime(revision.createdAt, locale)}</td>
            <td>{revision.authorName ?? t('historySomeone')}</td>
            <td>{whatChanged(revision)}</td>
            <td>
              <input
                type="radio"
                name="compare-from"
                aria-label={t('historyCompareFromVersion', { version: revision.version })}
                checked={from === revision.id}
                onChange={() => onCompare('from', revision.id)}
              />
            </td>
            <td>
              <input
                type="radio"
                name="compare-to"
                aria-label={t('historyCompareToVersion', { version: revision.version })}
                checked={to === revision.id}
                onChange={() => onCompare('to', revision.id)}
              />
            </td>
            <td>
              <div className="workflow__actions">
                <button type="button" className="button button--quiet" onClick={() => onView(revision)}>
                  {t('historyView', { version: revision.version })}
                </button>
                {onRestore && revision.id !== newestId && (
                  <button type="button" className="button button--quiet" onClick={() => onRestore(revision)}>
                    {t('historyRestore', { version: revision.version })}
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
