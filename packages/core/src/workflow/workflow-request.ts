import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { LocaleSchema } from '../locale/locale.js';
import { WithdrawalInputSchema } from './withdrawal.js';
import { type WorkflowAction, WorkflowActionSchema } from './workflow.js';

// Only these actions publish text, so only they may name the locales they publish.
const publishingActions: readonly WorkflowAction[] = ['publish', 'schedule'];

/**
 * One move of an item through the editorial workflow, as staff send it: the action, the version it is based on (or
 * `If-Match`), and what that action alone takes: `publishAt` for `schedule`, `locales` and `unpublishAt` for `publish`
 * and `schedule`, `withdrawal` for `unpublish`.
 */
export const WorkflowRequestSchema = z
  .strictObject({
    action: WorkflowActionSchema,
    version: z.int().nonnegative().optional().describe('The version this move is based on, if not sent as If-Match'),
    publishAt: TimestampSchema.optional().describe('When a scheduled item is published: required to schedule, and in the future'),
    locales: z
      .array(LocaleSchema)
      .min(1)
      .max(50)
      .optional()
      .describe('The locales to publish; without it, every locale the item has a text in'),
    unpublishAt: TimestampSchema.nullable()
      .optional()
      .describe('When the published item comes down by itself, back to draft; null cancels a take-down, and without it one set stays'),
    withdrawal: WithdrawalInputSchema.optional().describe('Unpublishing for good: the page stays, saying when and why'),
  })
  .superRefine((request, context) => {
    const refuse = (field: string, message: string) => context.addIssue({ code: 'custom', path: [field], message });
    if (request.action === 'schedule' && request.publishAt === undefined) refuse('publishAt', 'Say when to publish');
    if (request.action !== 'schedule' && request.publishAt !== undefined) refuse('publishAt', 'Only "schedule" takes a time');
    if (!publishingActions.includes(request.action) && request.locales !== undefined) refuse('locales', 'Only "publish" and "schedule" take locales');
    if (!publishingActions.includes(request.action) && request.unpublishAt !== undefined) refuse('unpublishAt', 'Only "publish" and "schedule" take a time to unpublish');
    if (typeof request.unpublishAt === 'string' && request.publishAt !== undefined && Date.parse(request.unpublishAt) <= Date.parse(request.publishAt)) {
      refuse('unpublishAt', 'Must be after the time it is published');
    }
    if (request.action !== 'unpublish' && request.withdrawal !== undefined) refuse('withdrawal', 'Only "unpublish" takes a withdrawal');
  })
  .meta({ id: 'WorkflowRequest' });
/** One move of an item through the editorial workflow. */
export type WorkflowRequest = z.input<typeof WorkflowRequestSchema>;
