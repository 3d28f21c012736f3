import { z } from 'zod';
import { LocaleSchema } from '../locale/locale.js';
import { TimestampSchema } from '../content/timestamp.js';

/** What a member of staff may do: `admin` everything, `editor` all content, `author` own drafts, `translator` translations. */
export const UserRoleSchema = z.enum(['admin', 'editor', 'author', 'translator']).meta({ id: 'UserRole' });
/** A staff role. */
export type UserRole = z.infer<typeof UserRoleSchema>;

/** A password as a person chooses it: long rather than complex (NIST SP 800-63B), bounded so hashing stays cheap. */
export const PasswordSchema = z.string().min(12, 'Must be at least 12 characters').max(256);

/** A member of staff, as the API returns them; password hashes and secrets never leave the server. */
export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    role: UserRoleSchema,
    // The locales a translator may edit; empty for other roles, which are not limited by locale.
    locales: z.array(LocaleSchema),
    twoFactorEnabled: z.boolean(),
    disabled: z.boolean(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.int().nonnegative(),
  })
  .meta({ id: 'User' });
/** A member of staff. */
export type User = z.infer<typeof UserSchema>;

/** What an admin sends to create an account. */
export const CreateUserInputSchema = z
  .strictObject({
    email: UserSchema.shape.email,
    name: UserSchema.shape.name,
    role: UserRoleSchema,
    locales: z.array(LocaleSchema).default([]),
    password: PasswordSchema,
  })
  .meta({ id: 'CreateUserInput' });
/** What an admin sends to create an account. */
export type CreateUserInput = z.input<typeof CreateUserInputSchema>;

/** What an admin may change on an account; every field optional, none server-owned. */
export const UpdateUserInputSchema = z
  .strictObject({
    name: UserSchema.shape.name,
    role: UserRoleSchema,
    locales: z.array(LocaleSchema),
    disabled: z.boolean(),
  })
  .partial()
  .meta({ id: 'UpdateUserInput' });
/** What an admin may change on an account. */
export type UpdateUserInput = z.input<typeof UpdateUserInputSchema>;

/** Every staff account, ordered by name. */
export const UserListSchema = z.object({ items: z.array(UserSchema) }).meta({ id: 'UserList' });
