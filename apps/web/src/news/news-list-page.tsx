import type { ArticlePage } from '@kraina/core';
import { type BreadcrumbStep, Breadcrumbs } from '../layout/breadcrumbs.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { PageMeta } from '../seo/page-head.js';
import { ArticleList } from './article-list.js';
import { PaginationNav } from './pagination-nav.js';

/** A section's (or all) news, one numbered page of it, with the trail above and page links below. */
export function NewsListPage({
  frame,
  heading,
  description,
  trail,
  subsections,
  list,
  pageHref,
  feedPath,
  meta,
  timeZone,
}: {
  frame: PageFrame;
  heading: string;
  description?: string | undefined;
  trail: readonly BreadcrumbStep[];
  /** Links to the sections inside this one (or the root sections on the page of all news). */
  subsections: readonly BreadcrumbStep[];
  list: ArticlePage;
  pageHref: (page: number) => string;
  feedPath: string;
  meta: PageMeta;
  timeZone: string;
}) {
  const { locale } = frame;
  const t = messagesFor(locale);
  const page = list.page ?? 1;
  const totalPages = list.totalPages ?? 1;
  const pageLabel = page > 1 ? ` · ${formatMessage(locale, t.pageOf, { page, totalPages })}` : '';
  return (
    <PageLayout frame={frame} title={`${heading}${pageLabel} · ${frame.siteName}`} description={description} meta={meta}>
      <Breadcrumbs steps={trail} t={t} />
      <h1>{heading}</h1>
      {description ? <p className="lead">{description}</p> : null}
      {subsections.length > 0 ? (
        <nav className="section-links" aria-label={t.sectionsLabel}>
          <ul>
            {subsections.map((section) => (
              <li key={section.path}>
                <a href={section.path}>{section.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p className="list-status">
        {list.total === null ? null : <span>{formatMessage(locale, t.articleCount, { count: list.total })}</span>}
        {totalPages > 1 ? <span>{formatMessage(locale, t.pageOf, { page, totalPages })}</span> : null}
        <a href={feedPath} className="feed-link">
          {t.feedLink}
        </a>
      </p>
      {list.items.length === 0 ? <p>{t.noNewsYet}</p> : <ArticleList items={list.items} locale={locale} timeZone={timeZone} eagerImages={page === 1 ? 2 : 0} />}
      <PaginationNav locale={locale} t={t} page={page} totalPages={totalPages} hrefFor={pageHref} />
    </PageLayout>
  );
}
