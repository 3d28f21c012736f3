import type { EditorialCalendarItem, WorkflowRequest } from '@kraina/core';
import { api } from '../api/api-client.js';

type Movable = Pick<EditorialCalendarItem, 'type' | 'content' | 'id' | 'status' | 'version' | 'locales'>;

function changeWorkflow(item: Pick<Movable, 'content' | 'id'>, body: WorkflowRequest, version: number): Promise<{ version: number }> {
  const request = { params: { id: item.id }, body, ifMatch: version };
  if (item.content === 'article') return api.changeArticleWorkflow(request);
  if (item.content === 'event') return api.changeEventWorkflow(request);
  if (item.content === 'site') return api.changeSiteWorkflow(request);
  return Promise.reject(new Error(`A ${item.content} has no workflow to move it through`));
}

/**
 * Moves a calendar item to `at` in one request based on the version the calendar showed, so a change made since is
 * refused (412) rather than overwritten, and a refusal leaves the item where it was. A scheduled publication is
 * scheduled again (the workflow's `schedule` takes an item already scheduled); the take-down of a live item is set
 * by publishing it again in the locales it is live in, which changes nothing else.
 */
export async function moveCalendarItem(item: Movable, at: string): Promise<void> {
  const body: WorkflowRequest = item.type === 'unpublish' ? { action: 'publish', locales: item.locales, unpublishAt: at } : { action: 'schedule', publishAt: at, locales: item.locales };
  await changeWorkflow(item, body, item.version);
}
