import type { EditorialCalendarItem, WorkflowRequest } from '@kraina/core';
import { api } from '../api/api-client.js';

type Movable = Pick<EditorialCalendarItem, 'content' | 'id' | 'status' | 'version' | 'locales'>;

function changeWorkflow(item: Pick<Movable, 'content' | 'id'>, body: WorkflowRequest, version: number): Promise<{ version: number }> {
  const request = { params: { id: item.id }, body, ifMatch: version };
  if (item.content === 'article') return api.changeArticleWorkflow(request);
  if (item.content === 'event') return api.changeEventWorkflow(request);
  if (item.content === 'site') return api.changeSiteWorkflow(request);
  return Promise.reject(new Error(`A ${item.content} has no workflow to move it through`));
}

/**
 * Moves a scheduled publication to `publishAt` through the workflow's `schedule` action, which takes an item that is
 * already scheduled, in one request based on the version the calendar showed: a change made since is refused (412)
 * rather than overwritten, and a refusal leaves the item where it was.
 */
export async function moveCalendarItem(item: Movable, publishAt: string): Promise<void> {
  await changeWorkflow(item, { action: 'schedule', publishAt, locales: item.locales }, item.version);
}
