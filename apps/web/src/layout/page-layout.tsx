import type { Locale, SiteAlert } from '@kraina/core';
import type { ReactNode } from 'react';
import { AlertBanners } from '../alerts/alert-banners.js';
import { messagesFor } from '../locale/messages.js';
import { siteLocales } from '../locale/site-locales.js';
import { type PreviewMark, PreviewBanner } from '../preview/preview-banner.js';
import { SearchBox } from '../search/search-box.js';
import { type PageMeta, PageHead } from '../seo/page-head.js';
import { GuideMenu } from './guide-menu.js';
import { LanguageSwitch } from './language-switch.js';

/** What every page knows about where it is shown. */
export interface PageFrame {
  locale: Locale;
  siteName: string;
  /** The site's public origin, e.g. `https://belarus.by`, for absolute links in feeds, previews and JSON-LD. */
  siteUrl: string;
  /** Where this page lives in another locale, for the language switch. */
  hrefFor: (locale: Locale) => string;
  /** The site-wide banners showing now, most urgent first (frameOf fills them in). */
  alerts?: readonly SiteAlert[] | undefined;
  /** Set when the page shows a draft through a preview link. */
  preview?: PreviewMark | undefined;
}

/** The document around every page: skip link, header with the site name, languages and guides, main, footer. */
export function PageLayout({
  frame,
  title,
  description,
  meta,
  noindex = false,
  children,
}: {
  frame: PageFrame;
  title: string;
  description?: string | undefined;
  /** Canonical, hreflang, previews and JSON-LD; content pages have them, error pages do not. */
  meta?: PageMeta;
  /** Keeps a page without PageMeta (search, errors) out of search engines. */
  noindex?: boolean;
  children: ReactNode;
}) {
  const { locale, siteName, siteUrl, hrefFor } = frame;
  const t = messagesFor(locale);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {description === undefined ? null : <meta name="description" content={description} />}
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        {noindex && meta?.noindex !== true ? <meta name="robots" content="noindex, nofollow" /> : null}
        {meta === undefined ? null : (
          <PageHead
            meta={meta}
            locale={locale}
            defaultLocale={siteLocales.defaultLocale}
            siteUrl={siteUrl}
            siteName={siteName}
            title={title}
            description={description}
          />
        )}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {frame.preview === undefined ? null : <PreviewBanner mark={frame.preview} locale={locale} />}
        <AlertBanners alerts={frame.alerts ?? []} locale={locale} />
        <header className="site-header">
          <div className="site-header__bar">
            <a className="site-name" href={`/${locale}/`}>
              {siteName}
            </a>
            <SearchBox locale={locale} t={t} id="site-search" className="site-search" />
            <LanguageSwitch locale={locale} t={t} hrefFor={hrefFor} />
          </div>
          <GuideMenu locale={locale} t={t} />
        </header>
        {/* tabIndex lets the skip link move keyboard focus here, not only the scroll position. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            © {new Date().getFullYear()} {siteName}
          </p>
          <p>{t.poweredBy}</p>
        </footer>
      </body>
    </html>
  );
}
