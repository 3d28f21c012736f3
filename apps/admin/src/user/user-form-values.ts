import {
  type CreateUserInput,
  CreateUserInputSchema,
  type Locale,
  type UpdateUserInput,
  UpdateUserInputSchema,
  type User,
  type UserRole,
} from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';

/** What the new-account form holds. */
export interface CreateUserValues {
  name: string;
  email: string;
  role: UserRole;
  locales: Locale[];
  password: string;
}

/** What the account form holds. */
export interface UpdateUserValues {
  name: string;
  role: UserRole;
  locales: Locale[];
  disabled: boolean;
}

// Only a translator is limited by locale (core's User: "empty for other roles"), so locales ticked before the role
// was changed away from translator are not sent.
const localesFor = (role: UserRole, locales: readonly Locale[]) => (role === 'translator' ? [...locales] : []);

/** What creating the account sends. */
export function createUserInputOf(values: CreateUserValues): CreateUserInput {
  return { name: values.name, email: values.email.trim(), role: values.role, locales: localesFor(values.role, values.locales), password: values.password };
}

/** The form's values for an account. */
export function updateUserValuesOf(user: User): UpdateUserValues {
  return { name: user.name, role: user.role, locales: [...user.locales], disabled: user.disabled };
}

/** What saving the account sends: every field the form holds, at the version shown (sent as If-Match). */
export function updateUserInputOf(values: UpdateUserValues): UpdateUserInput {
  return { name: values.name, role: values.role, locales: localesFor(values.role, values.locales), disabled: values.disabled };
}

function resolverOver<Values extends FieldValues>(schema: unknown, inputOf: (values: Values) => unknown): Resolver<Values> {
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(inputOf(values) as FieldValues, context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}

/** The new-account form's resolver: core's create schema, with its password rule, over what would be sent. */
export const createUserResolver = (): Resolver<CreateUserValues> => resolverOver(CreateUserInputSchema, createUserInputOf);

/** The account form's resolver: core's update schema over what would be sent. */
export const updateUserResolver = (): Resolver<UpdateUserValues> => resolverOver(UpdateUserInputSchema, updateUserInputOf);
