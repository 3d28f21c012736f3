import type { ContractHandlers } from '../contract/contract-handlers.js';
import { baseVersionOf } from '../contract/if-match.js';
import type { WorkflowMoves } from './workflow-moves.js';

type WorkflowHandlers = Pick<ContractHandlers, 'changeArticleWorkflow' | 'changeEventWorkflow' | 'changeSiteWorkflow'>;

/** The workflow routes of articles, events and places: each one move, based on `If-Match` or the body's `version`. */
export function workflowHandlers(moves: WorkflowMoves): WorkflowHandlers {
  return {
    changeArticleWorkflow: ({ params, body, staff, req }) => moves.move('article', params.id, body, staff, baseVersionOf(req, body.version)),
    changeEventWorkflow: ({ params, body, staff, req }) => moves.move('event', params.id, body, staff, baseVersionOf(req, body.version)),
    changeSiteWorkflow: ({ params, body, staff, req }) => moves.move('site', params.id, body, staff, baseVersionOf(req, body.version)),
  };
}
