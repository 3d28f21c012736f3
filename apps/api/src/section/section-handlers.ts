import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { SectionStore } from './section-store.js';

type SectionHandlers = Pick<ContractHandlers, 'listSections' | 'createSection' | 'updateSection' | 'deleteSection'>;

/** The section routes. */
export function sectionHandlers(sections: SectionStore): SectionHandlers {
  return {
    listSections: async () => ({ items: await sections.tree() }),
    createSection: ({ body }) => sections.create(body),
    updateSection: ({ params, body, req }) => sections.update(params.id, body, requiredVersionOf(req)),
    deleteSection: ({ params }) => sections.delete(params.id),
  };
}
