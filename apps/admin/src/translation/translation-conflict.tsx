import type { RevisionSummary } from '@kraina/core';
import { useEffect, useRef } from 'react';
import { fieldText } from '../history/field-text.js';
import type { ContentItem } from '../history/revision-kinds.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { TextField } from './translatable-kinds.js';
import type { TextValues } from './translation-values.js';

interface TranslationConflictProps {
  theirs: ContentItem;
  latest: RevisionSummary | undefined;
  locale: string;
  fields: readonly { field: TextField; label: string }[];
  mine: TextValues;
  onReload: () => void;
  onKeepMine: () => void;
}

/** Someone saved first: who and when, their text of this locale beside the translator's, and the two ways on. */
export function TranslationConflict({ theirs, latest, locale, fields, mine, onReload, onKeepMine }: TranslationConflictProps) {
  const { t, locale: uiLocale } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const when = formatDateTime(latest?.createdAt ?? theirs.updatedAt, uiLocale);
  const rows = fields
    .map(({ field, label }) => ({ label, theirs: (fieldText(theirs.translations[locale]?.[field.name]) ?? '').trim(), mine: (fieldText(mine[field.name]) ?? '').trim() }))
    .filter((row) => row.theirs !== row.mine);
  return (
    <section className="panel conflict" aria-labelledby="translation-conflict-heading">
      <h2 id="translation-conflict-heading" ref={heading} tabIndex={-1}>
        {t('conflictHeading')}
      </h2>
      <p>
        {latest?.authorName
          ? t('conflictWho', { name: latest.authorName, version: theirs.version, time: when })
          : t('conflictSomeone', { version: theirs.version, time: when })}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('theirVersion')}</th>
            <th scope="col">{t('yourVersion')}</th>
          </tr>
        </thead>
        <tbody lang={locale}>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.theirs}</td>
              <td>{row.mine}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="workflow__actions">
        <button type="button" className="button button--quiet" onClick={onReload}>
          {t('reloadTheirs')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('keepMine', { version: theirs.version })}
        </button>
      </div>
    </section>
  );
}
