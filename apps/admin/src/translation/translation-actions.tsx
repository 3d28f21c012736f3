import { type SessionInfo, allowedActions, isAppError, workflowActorOf } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { principalOf } from '../api/principal.js';
import type { ContentKind } from '../history/content-kind.js';
import { languageName } from '../history/field-labels.js';
import type { ContentItem } from '../history/revision-kinds.js';
import { useLocale } from '../locale/locale-context.js';
import { translatableKinds } from './translatable-kinds.js';

interface TranslationActionsProps {
  kind: ContentKind;
  item: ContentItem;
  target: string;
  session: SessionInfo;
  /** Whether the form has changes not yet saved: confirming or publishing would act on the saved text, not on these. */
  hasUnsavedChanges: boolean;
  onChanged: (item: ContentItem) => void;
}

/** Marking the target locale's translation current, and publishing it for those who may publish. */
export function TranslationActions({ kind, item, target, session, hasUnsavedChanges, onChanged }: TranslationActionsProps) {
  const { t, locale } = useLocale();
  const description = translatableKinds[kind];
  const language = languageName(target, locale);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const saved = item.translations[target];
  const mayPublish = allowedActions(item.status, workflowActorOf(principalOf(session), item.authorId ?? null)).includes('publish');
  // Publishing names the locales that are live afterwards; the ones already published stay so rather than going back
  // to draft because this one was added.
  const published = Object.entries(item.translations).flatMap(([code, text]) => (text.status === 'published' ? [code] : []));
  const refused = (error: Error) => {
    const message = isAppError(error) ? [error.message, ...error.issues.map((issue) => issue.detail)].join(' ') : String(error);
    setOutcome({ ok: false, text: t('translationRefused', { message }) });
  };

  const confirm = useMutation({
    mutationFn: () => description.confirm(item.id, target, item.version),
    onSuccess: (confirmed) => {
      setOutcome({ ok: true, text: t('translationConfirmed', { language }) });
      onChanged(confirmed);
    },
    onError: refused,
  });
  const publish = useMutation({
    mutationFn: () => description.publish(item.id, [...new Set([...published, target])], item.version),
    onSuccess: (moved) => {
      setOutcome({ ok: true, text: t('translationPublished', { language }) });
      onChanged(moved);
    },
    onError: refused,
  });

  if (!saved) return null;
  return (
    <section className="panel workflow" aria-labelledby="translation-actions-heading">
      <h2 id="translation-actions-heading">{t('translationActionsHeading', { language })}</h2>
      {hasUnsavedChanges && <p>{t('translationSaveFirst')}</p>}
      <div className="workflow__actions">
        <button type="button" className="button" disabled={hasUnsavedChanges || confirm.isPending} onClick={() => confirm.mutate()}>
          {t('translationConfirm', { language })}
        </button>
        {mayPublish && saved.status !== 'published' && (
          <button type="button" className="button" disabled={hasUnsavedChanges || publish.isPending} onClick={() => publish.mutate()}>
            {t('translationPublish', { language })}
          </button>
        )}
      </div>
      <p role="status" className="outcome">
        {outcome?.ok === true ? outcome.text : ''}
      </p>
      <p role="alert" className="outcome outcome--refused">
        {outcome?.ok === false ? outcome.text : ''}
      </p>
    </section>
  );
}
