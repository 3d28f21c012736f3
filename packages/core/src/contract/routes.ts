import { z } from 'zod';
import {
  ArticleDayCountsQuerySchema,
  ArticlePageSchema,
  ArticleListQuerySchema,
  ArticleViewSchema,
} from '../article/article-list-query.js';
import { ArticleSchema, CreateArticleInputSchema, UpdateArticleInputSchema } from '../article/article.js';
import { DayCountsSchema } from '../calendar/day-counts.js';
import {
  EventDayCountsQuerySchema,
  EventListQuerySchema,
  EventOccurrencePageSchema,
  EventViewSchema,
} from '../event/event-list-query.js';
import { CreateEventInputSchema, EventSchema, UpdateEventInputSchema } from '../event/event.js';
import { LocaleSchema } from '../locale/locale.js';
import { SearchPageSchema, SearchQuerySchema } from '../search/search.js';
import { CreateSectionInputSchema, SectionNodeSchema, SectionSchema, UpdateSectionInputSchema } from '../section/section.js';
import { SitePageSchema, SiteListQuerySchema, SiteViewSchema } from '../site/site-list-query.js';
import { CreateSiteInputSchema, SiteSchema, UpdateSiteInputSchema } from '../site/site.js';
import { SlugSchema } from '../slug/slug.js';
import type { RouteContract } from './route-contract.js';

const bySlug = z.strictObject({ slug: SlugSchema });
const byId = z.strictObject({ id: z.uuid() });
const localeOnly = z.strictObject({ locale: LocaleSchema.optional() }).meta({ id: 'LocaleQuery' });

/** The section tree, roots first. */
export const SectionTreeSchema = z.object({ items: z.array(SectionNodeSchema) }).meta({ id: 'SectionTree' });

/** Every operation of the REST API under `/api/v1`: the server validates by it, OpenAPI and the client derive from it. */
export const routes = {
  listArticles: { method: 'GET', path: '/articles', tag: 'articles', access: 'public', summary: 'List published news, newest first', query: ArticleListQuerySchema, response: ArticlePageSchema },
  getArticle: { method: 'GET', path: '/articles/:slug', tag: 'articles', access: 'public', summary: 'Read an article by its slug in any locale', params: bySlug, query: localeOnly, response: ArticleViewSchema },
  createArticle: { method: 'POST', path: '/articles', tag: 'articles', access: 'staff', summary: 'Create a draft article', body: CreateArticleInputSchema, response: ArticleSchema, status: 201 },
  updateArticle: { method: 'PATCH', path: '/articles/:id', tag: 'articles', access: 'staff', summary: 'Change an article', params: byId, body: UpdateArticleInputSchema, response: ArticleSchema },
  deleteArticle: { method: 'DELETE', path: '/articles/:id', tag: 'articles', access: 'staff', summary: 'Delete an article', params: byId, status: 204 },
  countArticlesByDay: { method: 'GET', path: '/calendar/articles', tag: 'articles', access: 'public', summary: 'Count published news per day of a month', query: ArticleDayCountsQuerySchema, response: DayCountsSchema },

  listEvents: { method: 'GET', path: '/events', tag: 'events', access: 'public', summary: 'List event occurrences in a date range', query: EventListQuerySchema, response: EventOccurrencePageSchema },
  getEvent: { method: 'GET', path: '/events/:slug', tag: 'events', access: 'public', summary: 'Read an event by its slug in any locale', params: bySlug, query: localeOnly, response: EventViewSchema },
  createEvent: { method: 'POST', path: '/events', tag: 'events', access: 'staff', summary: 'Create a draft event', body: CreateEventInputSchema, response: EventSchema, status: 201 },
  updateEvent: { method: 'PATCH', path: '/events/:id', tag: 'events', access: 'staff', summary: 'Change an event', params: byId, body: UpdateEventInputSchema, response: EventSchema },
  deleteEvent: { method: 'DELETE', path: '/events/:id', tag: 'events', access: 'staff', summary: 'Delete an event', params: byId, status: 204 },
  countEventsByDay: { method: 'GET', path: '/calendar/events', tag: 'events', access: 'public', summary: 'Count event occurrences per day of a month', query: EventDayCountsQuerySchema, response: DayCountsSchema },

  listSites: { method: 'GET', path: '/sites', tag: 'sites', access: 'public', summary: 'List places by kind and region, in a box or nearest a point', query: SiteListQuerySchema, response: SitePageSchema },
  getSite: { method: 'GET', path: '/sites/:slug', tag: 'sites', access: 'public', summary: 'Read a place by its slug in any locale', params: bySlug, query: localeOnly, response: SiteViewSchema },
  createSite: { method: 'POST', path: '/sites', tag: 'sites', access: 'staff', summary: 'Create a draft place', body: CreateSiteInputSchema, response: SiteSchema, status: 201 },
  updateSite: { method: 'PATCH', path: '/sites/:id', tag: 'sites', access: 'staff', summary: 'Change a place', params: byId, body: UpdateSiteInputSchema, response: SiteSchema },
  deleteSite: { method: 'DELETE', path: '/sites/:id', tag: 'sites', access: 'staff', summary: 'Delete a place', params: byId, status: 204 },

  listSections: { method: 'GET', path: '/sections', tag: 'sections', access: 'public', summary: 'The tree of news sections', response: SectionTreeSchema },
  createSection: { method: 'POST', path: '/sections', tag: 'sections', access: 'staff', summary: 'Create a section', body: CreateSectionInputSchema, response: SectionSchema, status: 201 },
  updateSection: { method: 'PATCH', path: '/sections/:id', tag: 'sections', access: 'staff', summary: 'Change a section', params: byId, body: UpdateSectionInputSchema, response: SectionSchema },
  deleteSection: { method: 'DELETE', path: '/sections/:id', tag: 'sections', access: 'staff', summary: 'Delete an empty section', params: byId, status: 204 },

  search: { method: 'GET', path: '/search', tag: 'search', access: 'public', summary: 'Search published articles, events and places', query: SearchQuerySchema, response: SearchPageSchema },
} as const satisfies Record<string, RouteContract>;

/** The name of an API operation, such as `listArticles`. */
export type RouteName = keyof typeof routes;
/** The operations of the API, by name. */
export type Routes = typeof routes;
