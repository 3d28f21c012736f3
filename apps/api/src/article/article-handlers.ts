import { AppError } from '@kraina/core';
import { refuseUnlessMayChange } from '../auth/content-access.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { readForStaff } from '../editorial/read-for-staff.js';
import { baseVersionOf, requiredVersionOf } from '../contract/if-match.js';
import type { WithdrawnReads } from '../workflow/withdrawn-reads.js';
import type { ArticleStore } from './article-store.js';

type ArticleHandlers = Pick<ContractHandlers, 'listArticles' | 'getArticle' | 'createArticle' | 'updateArticle' | 'deleteArticle' | 'countArticlesByDay' | 'listStaffArticles' | 'getStaffArticle'>;

/** The article routes: each turns a validated request into one store call. */
export function articleHandlers(articles: ArticleStore, withdrawn: WithdrawnReads): ArticleHandlers {
  return {
    listArticles: ({ query, locale }) => articles.listPublished(query, locale),
    getArticle: async ({ params, locale, req, res }) => {
      const article = (await articles.findPublishedBySlug(params.slug, locale)) ?? (await withdrawn.read('article', params.slug, locale, req, res));
      // 404 rather than 403 for drafts: telling a stranger a draft exists already leaks it.
      if (!article) throw new AppError('not-found', `No article "${params.slug}" is published`);
      return article;
    },
    createArticle: ({ body, staff }) => articles.create(body, staff.id),
    updateArticle: async ({ params, body, staff, req }) => {
      const article = await articles.getById(params.id);
      refuseUnlessMayChange(staff, article && { authorId: article.authorId, status: article.status }, body);
      return articles.update(params.id, body, requiredVersionOf(req, body.version), staff.id);
    },
    deleteArticle: ({ params, req, staff }) => articles.delete(params.id, baseVersionOf(req), staff.id),
    countArticlesByDay: ({ query, locale }) => articles.countByDay(query, locale),
    listStaffArticles: ({ query, staff }) => articles.listForStaff(query, staff.id),
    getStaffArticle: readForStaff(articles.getById, 'article'),
  };
}
