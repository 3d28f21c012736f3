import { AppError } from '@kraina/core';
import { refuseUnlessMayChange } from '../auth/content-access.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { readForStaff } from '../editorial/read-for-staff.js';
import { baseVersionOf, requiredVersionOf } from '../contract/if-match.js';
import type { RevisionAuthors } from '../revision/revision-authors.js';
import type { WithdrawnReads } from '../workflow/withdrawn-reads.js';
import type { SiteStore } from './site-store.js';

type SiteHandlers = Pick<ContractHandlers, 'listSites' | 'getSite' | 'createSite' | 'updateSite' | 'deleteSite' | 'listStaffSites' | 'getStaffSite'>;

/** The place routes: each turns a validated request into one store call. */
export function siteHandlers(sites: SiteStore, authors: RevisionAuthors, withdrawn: WithdrawnReads): SiteHandlers {
  return {
    listSites: ({ query, locale }) => sites.list(query, locale),
    getSite: async ({ params, locale, req, res }) => {
      const site = (await sites.findPublishedBySlug(params.slug, locale)) ?? (await withdrawn.read('site', params.slug, locale, req, res));
      if (!site) throw new AppError('not-found', `No place "${params.slug}" is published`);
      return site;
    },
    createSite: ({ body, staff }) => sites.create(body, staff.id),
    updateSite: async ({ params, body, staff, req }) => {
      // Sites record no author of their own; their first revision names who created them.
      const site = await sites.getById(params.id);
      refuseUnlessMayChange(staff, site && { authorId: await authors.firstAuthorOf('site', site.id), status: site.status, kind: site.kind }, body);
      return sites.update(params.id, body, requiredVersionOf(req, body.version), staff.id);
    },
    deleteSite: ({ params, req, staff }) => sites.delete(params.id, baseVersionOf(req), staff.id),
    listStaffSites: ({ query, staff }) => sites.listForStaff(query, staff.id),
    // Events and places keep no author column; the first revision's author is theirs, as the workflow reads it.
    getStaffSite: readForStaff(async (id) => {
      const item = await sites.getById(id);
      return item && { ...item, authorId: await authors.firstAuthorOf('site', id) };
    }, 'place'),
  };
}
