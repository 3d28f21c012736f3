import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { ContentKind } from './content-kind.js';
import { fieldLabel, languageName } from './field-labels.js';
import { fieldText } from './field-text.js';
import { revisionRoutes } from './revision-kinds.js';

interface RevisionViewProps {
  kind: ContentKind;
  id: string;
  revisionId: string;
  onClose: () => void;
}

/** One saved version as it was: each locale's texts, field by field. Opening it moves focus to its heading. */
export function RevisionView({ kind, id, revisionId, onClose }: RevisionViewProps) {
  const { t, locale } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const revision = useQuery({ queryKey: [kind, id, 'revision', revisionId], queryFn: () => revisionRoutes[kind].get(id, revisionId) });
  useEffect(() => heading.current?.focus(), [revision.data]);

  return (
    <section className="panel" aria-labelledby="revision-view-heading">
      <h2 id="revision-view-heading" ref={heading} tabIndex={-1}>
        {revision.data
          ? t('historyViewHeading', { version: revision.data.version, time: formatDateTime(revision.data.createdAt, locale), name: revision.data.authorName ?? t('historySomeone') })
          : t('loading')}
      </h2>
      {revision.isError && <p role="alert">{t('historyLoadFailed', { message: revision.error.message })}</p>}
      {revision.data &&
        Object.entries(revision.data.snapshot.translations).map(([code, text]) => (
          <div key={code}>
            <h3>{t('historyLocaleText', { language: languageName(code, locale) })}</h3>
            <dl lang={code}>
              {Object.entries(text).flatMap(([field, value]) => {
                const shown = field === 'status' ? undefined : fieldText(value);
                return shown === undefined
                  ? []
                  : [
                      <div key={field}>
                        <dt>{fieldLabel(field, t)}</dt>
                        <dd>{shown === '' ? t('historyNone') : shown}</dd>
                      </div>,
                    ];
              })}
            </dl>
          </div>
        ))}
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('historyClose')}
      </button>
    </section>
  );
}
