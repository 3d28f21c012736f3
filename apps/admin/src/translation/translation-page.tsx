import { defaultLocaleSettings, defaultLocales, may, sourceLocaleOf } from '@kraina/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { principalOf } from '../api/principal.js';
import { useSession } from '../api/session.js';
import { contentKindOfPath, contentPath } from '../history/content-kind.js';
import { languageName } from '../history/field-labels.js';
import { type ContentItem, revisionRoutes } from '../history/revision-kinds.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { LocaleStatusTable } from './locale-status-table.js';
import { TranslationActions } from './translation-actions.js';
import { TranslationForm } from './translation-form.js';

/** Translating an article, event or place: the source text read-only beside the translation, with each locale's state. */
export function TranslationPage() {
  const { t, locale } = useLocale();
  const kind = contentKindOfPath(useLocation().pathname);
  const id = useParams().id ?? '';
  const [search, setSearch] = useSearchParams();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const ids = { from: useId(), to: useId() };
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [dirty, setDirty] = useState(false);
  usePageTitle(t('translationHeading'));
  const item = useQuery({ queryKey: [kind, id], queryFn: () => revisionRoutes[kind ?? 'article'].read(id), enabled: kind !== undefined });

  if (kind === undefined) return <NotFoundPage />;
  if (!session || item.isPending) return <p role="status">{t('loading')}</p>;
  if (item.isError) {
    return (
      <>
        <h1>{t('translationHeading')}</h1>
        <p role="alert">{t('translationLoadFailed', { message: item.error.message })}</p>
      </>
    );
  }

  const current = item.data;
  const principal = principalOf(session);
  const itemLocales = Object.keys(current.translations);
  // Who may write the whole item may translate into any locale; a translator only into the locales assigned to them,
  // which is the rule the API applies to the save.
  const mayWriteAll = may(principal, 'content:write') || (may(principal, 'content:write-own') && current.authorId === principal.id);
  const writable: readonly string[] = mayWriteAll ? [...new Set([...defaultLocales, ...itemLocales])] : principal.locales;
  const askedFrom = search.get('from');
  const from = askedFrom !== null && itemLocales.includes(askedFrom) ? askedFrom : (sourceLocaleOf(itemLocales, defaultLocaleSettings) ?? 'en');
  const targets = writable.filter((code) => code !== from);
  const askedTo = search.get('to');
  const to = askedTo !== null && targets.includes(askedTo) ? askedTo : targets[0];
  const sources = itemLocales.filter((code) => code !== to);
  const choose = (next: { from?: string; to?: string }) => setSearch({ from: next.from ?? from, ...((next.to ?? to) === undefined ? {} : { to: next.to ?? to }) }, { replace: true });

  function remember(changed: ContentItem) {
    queryClient.setQueryData([kind, changed.id], changed);
    void queryClient.invalidateQueries({ queryKey: [kind, changed.id, 'source-changes'] });
  }

  function showSaved(saved: ContentItem) {
    remember(saved);
    setSavedAt(new Date());
  }

  return (
    <>
      <h1>{t('translationHeading')}</h1>
      <p>
        <Link to={contentPath(kind, id)}>{t('translationEditorLink')}</Link> · <Link to={contentPath(kind, id, 'history')}>{t('translationHistoryLink')}</Link>
      </p>
      <p role="status" className="outcome">
        {savedAt ? t('translationSaved', { time: formatTime(savedAt, locale) }) : ''}
      </p>
      <div className="filters">
        <label htmlFor={ids.from}>
          {t('translationFrom')}
          <select id={ids.from} value={from} disabled={dirty} onChange={(event) => choose({ from: event.target.value })}>
            {sources.map((code) => (
              <option key={code} value={code}>{languageName(code, locale)}</option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.to}>
          {t('translationInto')}
          <select id={ids.to} value={to ?? ''} disabled={dirty || targets.length === 0} onChange={(event) => choose({ to: event.target.value })}>
            {targets.map((code) => (
              <option key={code} value={code}>{languageName(code, locale)}</option>
            ))}
          </select>
        </label>
      </div>
      {dirty && <p className="field__hint">{t('translationLocalesLocked')}</p>}
      {!mayWriteAll && <p>{t('translationYourLocales', { languages: principal.locales.map((code) => languageName(code, locale)).join(', ') })}</p>}
      {askedTo !== null && !writable.includes(askedTo) && <p role="alert">{t('translationNotYourLocale', { language: languageName(askedTo, locale) })}</p>}
      <LocaleStatusTable item={current} locales={[...new Set([...defaultLocales, ...itemLocales])]} source={sourceLocaleOf(itemLocales, defaultLocaleSettings) ?? from} />
      {to === undefined ? (
        <p>{t('translationNoTarget')}</p>
      ) : (
        <div className="editor-layout">
          <TranslationForm key={`${from}:${to}:${current.version}`} kind={kind} item={current} source={from} target={to} onSaved={showSaved} onDirtyChange={setDirty} />
          <TranslationActions key={to} kind={kind} item={current} target={to} session={session} hasUnsavedChanges={dirty} onChanged={remember} />
        </div>
      )}
    </>
  );
}
