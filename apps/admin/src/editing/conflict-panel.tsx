import type { RevisionSummary } from '@kraina/core';
import { useEffect, useId, useRef } from 'react';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';

/** One field where the saved item and the editor's form disagree, as text a person compares. */
export interface ConflictingField {
  field: string;
  theirs: string;
  mine: string;
}

interface ConflictPanelProps {
  /** The version someone else saved, and when. */
  theirs: { version: number; updatedAt: string };
  /** The newest revision, which says who saved `theirs` and when; absent if the history could not be read. */
  latest: RevisionSummary | undefined;
  fields: readonly ConflictingField[];
  /** The language of the compared values, when they are one locale's text (a translation). */
  lang?: string;
  onReload: () => void;
  onKeepMine: () => void;
}

/** Someone saved first: who and when, their fields beside the editor's, and the two ways on. Nothing is overwritten unasked. */
export function ConflictPanel({ theirs, latest, fields, lang, onReload, onKeepMine }: ConflictPanelProps) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const when = formatDateTime(latest?.createdAt ?? theirs.updatedAt, locale);
  return (
    <section className="panel conflict" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
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
        <tbody lang={lang}>
          {fields.map((field) => (
            <tr key={field.field}>
              <th scope="row">{field.field}</th>
              <td>{field.theirs}</td>
              <td>{field.mine}</td>
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
