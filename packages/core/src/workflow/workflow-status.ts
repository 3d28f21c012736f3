import { z } from 'zod';

/** Where an item is in the editorial workflow: draft → in-review → scheduled | published → archived. */
export const WorkflowStatusSchema = z
  .enum(['draft', 'in-review', 'scheduled', 'published', 'archived'])
  .meta({ id: 'WorkflowStatus' });
/** An editorial workflow status. */
export type WorkflowStatus = z.infer<typeof WorkflowStatusSchema>;
