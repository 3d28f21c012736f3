import { actorOf } from '../audit/audit-log.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { SectionStore } from './section-store.js';

type SectionHandlers = Pick<ContractHandlers, 'listSections' | 'createSection' | 'updateSection' | 'deleteSection'>;

/** The section routes. */
export function sectionHandlers(sections: SectionStore): SectionHandlers {
  return {
    listSections: async () => ({ items: await sections.tree() }),
    createSection: ({ body, req, staff }) => sections.create(body, actorOf(staff, req)),
    updateSection: ({ params, body, req, staff }) => sections.update(params.id, body, requiredVersionOf(req), actorOf(staff, req)),
    deleteSection: ({ params, req, staff }) => sections.delete(params.id, actorOf(staff, req)),
  };
}
