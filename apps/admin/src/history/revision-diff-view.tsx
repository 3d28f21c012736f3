import type { RevisionChange, RevisionSummary } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../locale/locale-context.js';
import { describePath, groupByLocale } from './change-place.js';
import type { ContentKind } from './content-kind.js';
import { fieldLabel, languageName } from './field-labels.js';
import { revisionRoutes } from './revision-kinds.js';

interface RevisionDiffViewProps {
  kind: ContentKind;
  id: string;
  from: RevisionSummary;
  to: RevisionSummary;
}

/** What differs between two versions, field by field and per locale, bodies block by block as their text. */
export function RevisionDiffView({ kind, id, from, to }: RevisionDiffViewProps) {
  const { t, locale } = useLocale();
  const diff = useQuery({
    queryKey: [kind, id, 'revision-diff', from.id, to.id],
    queryFn: () => revisionRoutes[kind].diff(id, from.id, to.id),
    enabled: from.id !== to.id,
  });
  const words = (step: { field: string } | { block: number } | { entry: number }) =>
    'field' in step ? fieldLabel(step.field, t) : 'block' in step ? t('historyBlock', { number: step.block }) : t('historyEntry', { number: step.entry });
  const side = (value: RevisionChange['before']) => (value === undefined || value === null || value === '' ? t('historyNone') : value);
  const kindWord = (change: RevisionChange) => (change.kind === 'added' ? ` (${t('historyAdded')})` : change.kind === 'removed' ? ` (${t('historyRemoved')})` : '');

  return (
    <section className="panel" aria-labelledby="revision-diff-heading">
      <h2 id="revision-diff-heading">{t('historyDiffHeading', { from: from.version, to: to.version })}</h2>
      {from.id === to.id && <p>{t('historyDiffSame')}</p>}
      {diff.isPending && from.id !== to.id && <p role="status">{t('loading')}</p>}
      {diff.isError && <p role="alert">{t('historyDiffFailed', { message: diff.error.message })}</p>}
      {diff.data?.changes.length === 0 && <p>{t('historyDiffNone')}</p>}
      {diff.data &&
        groupByLocale(diff.data.changes).map((group) => (
          <div key={group.locale ?? ''}>
            <h3>{group.locale === undefined ? t('historyItemFields') : t('historyLocaleText', { language: languageName(group.locale, locale) })}</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('historyField')}</th>
                  <th scope="col">{t('historyBefore', { version: from.version })}</th>
                  <th scope="col">{t('historyAfter', { version: to.version })}</th>
                </tr>
              </thead>
              <tbody>
                {group.changes.map(({ change, path }) => (
                  <tr key={change.pointer + change.kind}>
                    <th scope="row">{describePath(path, words) + kindWord(change)}</th>
                    <td {...(group.locale === undefined ? {} : { lang: group.locale })}>{side(change.before)}</td>
                    <td {...(group.locale === undefined ? {} : { lang: group.locale })}>{side(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
