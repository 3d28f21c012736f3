import {
  type ArticleView,
  type Locale,
  type SectionNode,
  articlePagePath,
  isLocalDate,
  resolveLocalized,
  richTextToHtml,
} from '@kraina/core';
import { type Request, type Response, Router } from 'express';
import { createElement } from 'react';
import { calendarMonthOf, monthParam } from '../calendar/calendar-month.js';
import type { BreadcrumbStep } from '../layout/breadcrumbs.js';
import { formatDay } from '../locale/format-date.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { isSiteLocale, siteLocales } from '../locale/site-locales.js';
import { bodyImageOf } from '../media/body-image.js';
import { imageIdsIn, loadImages } from '../media/load-image.js';
import { imageOf } from '../media/media-routes.js';
import { type ItemPageOptions, asPreviewWhenAsked } from '../preview/item-page-options.js';
import { sendCacheablePage, sendPage } from '../render/send-page.js';
import type { PageMeta } from '../seo/page-head.js';
import { breadcrumbListJsonLd, newsArticleJsonLd } from '../seo/structured-data.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { ArticlePage } from './article-page.js';
import { DayArchivePage } from './day-archive-page.js';
import { loadOrMissing, requestedPage } from './load-or-missing.js';
import { NewsListPage } from './news-list-page.js';
import { dayArchivePath, newsFeedPath, newsListPath } from './news-paths.js';
import { sectionTrail } from './section-trail.js';
import { findRelated } from './related-items.js';

const listPageSize = 20;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every served locale's path for a page that exists in all of them (lists, archives). */
function everyLocale(pathIn: (locale: Locale) => string): Partial<Record<Locale, string>> {
  return Object.fromEntries(siteLocales.locales.map((locale) => [locale, pathIn(locale)]));
}

/** The query string of a request, kept when the language switch moves a reader to the same page in another locale. */
function queryOf(req: Request): string {
  const index = req.originalUrl.indexOf('?');
  return index === -1 ? '' : req.originalUrl.slice(index);
}

const sectionName = (section: SectionNode, locale: Locale) => resolveLocalized(section.name, locale)?.value ?? section.slug;
const absoluteIn = (site: SiteContext, path: string) => new URL(path, site.siteUrl).href;
const crumbsJsonLdIn = (site: SiteContext, steps: readonly BreadcrumbStep[]) =>
  breadcrumbListJsonLd(steps.map((s) => ({ name: s.name, url: absoluteIn(site, s.path) })));
const homeStep = (locale: Locale): BreadcrumbStep => ({ name: messagesFor(locale).home, path: `/${locale}/` });

function sectionSteps(locale: Locale, trail: readonly SectionNode[]): BreadcrumbStep[] {
  return trail.map((section) => ({ name: sectionName(section, locale), path: newsListPath(locale, section.slug) }));
}

/** `/{locale}/news/…`: news lists by section, articles, and the day archive with its calendar. */
export function newsRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });
  const { api } = site;
  const crumbsJsonLd = (steps: readonly BreadcrumbStep[]) => crumbsJsonLdIn(site, steps);

  // A list of news, of one section or of all, one numbered page of it.
  async function sendList(req: Request, res: Response, locale: Locale, section: SectionNode | undefined, trail: readonly SectionNode[], tree: readonly SectionNode[]) {
    const t = messagesFor(locale);
    const page = requestedPage(req.query.page);
    if (page === undefined) return false;
    const tag = typeof req.query.tag === 'string' && slugPattern.test(req.query.tag) ? req.query.tag : undefined;
    const pathOf = (n: number, l: Locale = locale) => {
      const path = newsListPath(l, section?.slug, n);
      return tag === undefined ? path : `${path}${path.includes('?') ? '&' : '?'}tag=${tag}`;
    };
    // One address per page: `?page=1` is the list itself.
    if (req.query.page === '1') {
      res.redirect(301, pathOf(1));
      return true;
    }
    const list = await api.listArticles({ query: { locale, page, limit: listPageSize, ...(section ? { section: section.slug } : {}), ...(tag ? { tag } : {}) } });
    if (page > 1 && page > (list.totalPages ?? 0)) return false;

    const heading = section ? sectionName(section, locale) : tag ? `${t.news}: ${tag}` : t.news;
    const description = section ? resolveLocalized(section.description, locale)?.value : t.newsDescription;
    const steps = section ? [homeStep(locale), ...sectionSteps(locale, trail)] : [homeStep(locale), { name: t.news, path: newsListPath(locale) }];
    const children = section ? section.children : tree;
    const feedPath = newsFeedPath(locale, section?.slug);
    const feedTitle = section
      ? formatMessage(locale, t.sectionFeedTitle, { site: site.siteName, section: heading })
      : formatMessage(locale, t.feedTitle, { site: site.siteName });
    const meta: PageMeta = {
      canonicalPath: pathOf(page),
      alternates: everyLocale((l) => pathOf(page, l)),
      ogType: 'website',
      jsonLd: [crumbsJsonLd(steps)],
      feeds: [{ title: feedTitle, path: feedPath }],
    };
    const frame = frameOf(site, locale, (other) => pathOf(page, other));
    sendCacheablePage(
      res,
      createElement(NewsListPage, {
        frame,
        heading,
        description,
        trail: steps,
        subsections: children.map((child) => ({ name: sectionName(child, locale), path: newsListPath(locale, child.slug) })),
        list,
        pageHref: (n) => pathOf(n),
        feedPath,
        meta,
        timeZone: site.timeZone,
      }),
      site.pageCache,
    );
    return true;
  }

  router.get('/:locale/news', (req, res, next) => {
    if (!isSiteLocale(req.params.locale)) return next();
    res.redirect(301, `/${req.params.locale}/news/${queryOf(req)}`);
  });

  router.get('/:locale/news/', async (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale)) return next();
    const { items: tree } = await api.listSections();
    if (!(await sendList(req, res, locale, undefined, [], tree))) next();
  });

  router.get('/:locale/news/archive/:year/:month/:day', async (req, res, next) => {
    const { locale, year, month, day } = req.params;
    const date = `${year}-${month}-${day}`;
    if (!isSiteLocale(locale) || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isLocalDate(date)) return next();
    const shown = calendarMonthOf(req.query.month, { year: Number(year), month: Number(month) });
    const [list, counts] = await Promise.all([
      loadOrMissing(api.listArticles({ query: { locale, day: date, limit: 100 } })),
      loadOrMissing(api.countArticlesByDay({ query: { locale, year: shown.year, month: shown.month } })),
    ]);
    if (!list || !counts) return next();
    const t = messagesFor(locale);
    const steps = [homeStep(locale), { name: t.news, path: newsListPath(locale) }, { name: formatDay(date, locale), path: dayArchivePath(locale, date) }];
    const meta: PageMeta = {
      canonicalPath: dayArchivePath(locale, date),
      alternates: everyLocale((l) => dayArchivePath(l, date)),
      ogType: 'website',
      jsonLd: [crumbsJsonLd(steps)],
    };
    const frame = frameOf(site, locale, (other) => `${dayArchivePath(other, date)}${queryOf(req)}`);
    sendCacheablePage(
      res,
      createElement(DayArchivePage, {
        frame,
        date,
        trail: steps,
        items: list.items,
        counts,
        dayHref: (d) => dayArchivePath(locale, d),
        monthHref: (y, m) => `${dayArchivePath(locale, date)}?month=${monthParam(y, m)}`,
        meta,
        timeZone: site.timeZone,
      }),
      site.pageCache,
    );
  });

  router.get('/:locale/news/:section', (req, res, next) => {
    const { locale, section } = req.params;
    if (!isSiteLocale(locale) || !slugPattern.test(section)) return next();
    res.redirect(301, `${newsListPath(locale, section)}${queryOf(req)}`);
  });

  router.get('/:locale/news/:section/', async (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale)) return next();
    const { items: tree } = await api.listSections();
    const trail = sectionTrail(tree, req.params.section);
    const section = trail?.at(-1);
    if (!trail || !section || !(await sendList(req, res, locale, section, trail, tree))) next();
  });

  router.get('/:locale/news/:section/:slug', async (req, res, next) => {
    const { locale, section: sectionSlug, slug } = req.params;
    if (!isSiteLocale(locale) || !slugPattern.test(slug)) return next();
    const article = await loadOrMissing(api.getArticle({ params: { slug }, query: { locale } }));
    if (!article) return next();
    // A moved article, or a localized slug, has one address: the section it is in now and its main slug.
    if (article.section !== sectionSlug || article.slug !== slug) return res.redirect(301, articlePagePath(locale, article));
    await sendArticlePage(site, res, locale, article);
  });

  return router;
}

/**
 * Sends an article's page in `locale`, with its section trail and related items: the public page, or with
 * `options.preview` the same page marked as a draft, never cached and never indexed (see preview/).
 */
export async function sendArticlePage(site: SiteContext, res: Response, locale: Locale, article: ArticleView, options: ItemPageOptions = {}): Promise<void> {
  const { api } = site;
  const absolute = (path: string) => absoluteIn(site, path);
  const crumbsJsonLd = (steps: readonly BreadcrumbStep[]) => crumbsJsonLdIn(site, steps);
  const [{ items: tree }, related] = await Promise.all([api.listSections(), findRelated(api, article, locale)]);
  const trail = sectionTrail(tree, article.section) ?? [];
  const served = article.servedLocale;
  const text = article.translations[served];
  if (!text) throw new Error(`The API served article ${article.slug} in ${served} without a text in it`);
  const path = articlePagePath(locale, article);
  const steps = [homeStep(locale), ...sectionSteps(locale, trail), { name: text.headline, path }];
  const published = article.firstPublishedAt ?? article.updatedAt;
  const ownLocales = siteLocales.locales.filter((l) => article.translations[l]?.status === 'published');
  const image = article.leadImage;
  const imageUrl = image ? absolute(imageOf(image.mediaId).src) : undefined;
  const agency = article.dateline ? resolveLocalized(article.dateline.agency, served)?.value : undefined;
  const section = trail.at(-1);
  const meta: PageMeta = {
    canonicalPath: path,
    alternates: Object.fromEntries(ownLocales.map((l) => [l, articlePagePath(l, article)])),
    ogType: 'article',
    imageUrl,
    imageAlt: image ? resolveLocalized(image.alt, locale)?.value : undefined,
    article: { publishedTime: published, modifiedTime: article.updatedAt, section: section ? sectionName(section, locale) : undefined, tags: article.tags },
    jsonLd: [
      newsArticleJsonLd({
        url: absolute(path),
        headline: text.headline,
        description: text.lead,
        inLanguage: served,
        datePublished: published,
        dateModified: article.updatedAt,
        imageUrls: imageUrl ? [imageUrl] : [],
        section: section ? sectionName(section, locale) : undefined,
        keywords: article.tags,
        datelinePlace: article.dateline ? resolveLocalized(article.dateline.place, served)?.value : undefined,
        // The dateline's agency wrote it; without one, the newsroom of the portal did.
        author: { type: 'Organization', name: agency ?? site.siteName },
        publisher: { name: site.siteName, url: absolute(`/${locale}/`), logoUrl: absolute('/assets/favicon.svg') },
      }),
      crumbsJsonLd(steps),
    ],
  };
  // Every picture on the page, each read once: lead, gallery, the body's and the related stories' cards.
  const images = await loadImages(site, [
    ...(image ? [image.mediaId] : []),
    ...article.gallery.map((entry) => entry.mediaId),
    ...imageIdsIn(text.body),
    ...related.articles.flatMap((item) => (item.leadImage ? [item.leadImage.mediaId] : [])),
  ]);
  const bodyHtml = richTextToHtml(text.body, { siteOrigin: site.siteUrl, image: bodyImageOf(images, locale, '(min-width: 48rem) 46rem, 100vw') });
  const page = asPreviewWhenAsked(res, frameOf(site, locale, (other) => articlePagePath(other, article)), meta, options, site.timeZone);
  const element = createElement(ArticlePage, { frame: page.frame, article, trail: steps, bodyHtml, related, images, meta: page.meta, timeZone: site.timeZone });
  if (options.preview) sendPage(res, 200, element);
  else sendCacheablePage(res, element, site.pageCache);
}

