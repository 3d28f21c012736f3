import { z } from 'zod';
import { LocaleSchema } from '../locale/locale.js';
import { TimestampSchema } from '../content/timestamp.js';
import { CursorSchema, PageSizeSchema } from '../pagination/page.js';

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

/** Which accounts to list: by role, by name or email (case-insensitive, in part), enabled or disabled, by name. */
export const UserListQuerySchema = z
  .strictObject({
    role: UserRoleSchema.optional(),
    q: z.string().trim().min(1).max(200).optional().describe('Part of a name or email, in any case'),
    // A query string carries text, so the flag is spelled out rather than coerced (where "false" would read as true).
    disabled: z.enum(['true', 'false']).optional().describe('Only disabled accounts ("true") or only enabled ones ("false")'),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .meta({ id: 'UserListQuery' });
/** Which accounts to list. */
export type UserListQuery = z.input<typeof UserListQuerySchema>;

/** A page of staff accounts, ordered by name; `nextCursor` is null on the last page. */
export const UserListSchema = z.object({ items: z.array(UserSchema), nextCursor: z.string().nullable() }).meta({ id: 'UserList' });
/** A page of staff accounts. */
export type UserList = z.infer<typeof UserListSchema>;
