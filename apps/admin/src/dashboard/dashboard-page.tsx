import type { StaffArticleListQuery, StaffArticleSummary } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/api-client.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';
import { FailedImportsPanel } from './failed-imports-panel.js';
import { staleTranslations } from './stale-translations.js';

function useArticles(query: StaffArticleListQuery) {
  return useQuery({ queryKey: ['articles', query], queryFn: () => api.listStaffArticles({ query }) });
}

function ArticlePanel({ title, query, when }: { title: MessageKey; query: StaffArticleListQuery; when: (a: StaffArticleSummary) => string | null }) {
  const { t, locale } = useLocale();
  const articles = useArticles(query);
  return (
    <section className="panel" aria-labelledby={`panel-${title}`}>
      <h2 id={`panel-${title}`}>{t(title)}</h2>
      {articles.isPending && <p>{t('loading')}</p>}
      {articles.isError && <p role="alert">{t('requestFailed', { message: articles.error.message })}</p>}
      {articles.data?.items.length === 0 && <p>{t('nothingHere')}</p>}
      <ul className="panel__list">
        {articles.data?.items.map((article) => {
          const moment = when(article);
          return (
            <li key={article.id}>
              <Link to={`/articles/${article.id}`} lang={article.headlineLocale}>
                {article.headline}
              </Link>
              {moment !== null && <time dateTime={moment}> · {formatDateTime(moment, locale)}</time>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * What needs a member of staff today: their drafts, work awaiting review, what is scheduled or just out, stale
 * translations and imports that failed.
 */
export function DashboardPage() {
  const { t } = useLocale();
  usePageTitle(t('dashboardHeading'));
  const lagging = useArticles({ translationStatus: 'stale', sort: 'updated-desc', limit: 10 });
  const stale = staleTranslations(lagging.data?.items ?? []);
  return (
    <>
      <div className="page-heading">
        <h1>{t('dashboardHeading')}</h1>
        <Link className="button" to="/articles/new">
          {t('newArticle')}
        </Link>
      </div>
      <div className="panels">
        <ArticlePanel title="myDrafts" query={{ author: 'me', status: 'draft', limit: 10 }} when={(a) => a.updatedAt} />
        <ArticlePanel title="waitingForReview" query={{ status: 'in-review', sort: 'updated-asc', limit: 10 }} when={(a) => a.updatedAt} />
        <ArticlePanel title="scheduled" query={{ status: 'scheduled', limit: 10 }} when={(a) => a.publishAt} />
        <ArticlePanel title="recentlyPublished" query={{ status: 'published', limit: 10 }} when={(a) => a.firstPublishedAt} />
        <section className="panel" aria-labelledby="panel-stale">
          <h2 id="panel-stale">{t('staleTranslations')}</h2>
          {lagging.isPending && <p>{t('loading')}</p>}
          {lagging.isError && <p role="alert">{t('requestFailed', { message: lagging.error.message })}</p>}
          {lagging.isSuccess && stale.length === 0 && <p>{t('nothingHere')}</p>}
          <ul className="panel__list">
            {stale.map(({ article, locales }) => (
              <li key={article.id}>
                <Link to={`/articles/${article.id}`} lang={article.headlineLocale}>
                  {article.headline}
                </Link>
                {locales.map(({ locale, fields }) => (
                  <span key={locale}> · {t('staleFields', { locale, fields: fields.join(', ') })}</span>
                ))}
              </li>
            ))}
          </ul>
        </section>
        <FailedImportsPanel />
      </div>
    </>
  );
}
