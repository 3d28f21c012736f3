import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { TokenScopeSchema } from './permission.js';

/** An API token as admins see it in lists: never its secret, which only its creation answer shows. */
export const ApiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scopes: z.array(TokenScopeSchema),
    createdBy: z.uuid().nullable(),
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema.nullable(),
    lastUsedAt: TimestampSchema.nullable(),
    revokedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
/** An API token, without its secret. */
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/** What an admin sends to create an API token. */
export const CreateApiTokenInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    scopes: z.array(TokenScopeSchema).min(1).max(TokenScopeSchema.options.length),
    expiresAt: TimestampSchema.optional(),
  })
  .meta({ id: 'CreateApiTokenInput' });
/** What an admin sends to create an API token. */
export type CreateApiTokenInput = z.input<typeof CreateApiTokenInputSchema>;

/** A new API token with its secret, answered once: send it as `Authorization: Bearer <secret>`. */
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ secret: z.string() }).meta({ id: 'CreatedApiToken' });
/** A new API token with its secret. */
export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;

/** Every API token, newest first, revoked ones included so their use can still be traced. */
export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) }).meta({ id: 'ApiTokenList' });
