import type { WorkflowAction, WorkflowStatus } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

/** Each workflow status's name in the interface. */
export const statusLabels: Record<WorkflowStatus, MessageKey> = {
  draft: 'statusDraft',
  'in-review': 'statusInReview',
  scheduled: 'statusScheduled',
  published: 'statusPublished',
  archived: 'statusArchived',
};

/** Each workflow action's button label. */
export const actionLabels: Record<WorkflowAction, MessageKey> = {
  submit: 'actionSubmit',
  return: 'actionReturn',
  schedule: 'actionSchedule',
  unschedule: 'actionUnschedule',
  publish: 'actionPublish',
  unpublish: 'actionUnpublish',
  archive: 'actionArchive',
  restore: 'actionRestore',
};
