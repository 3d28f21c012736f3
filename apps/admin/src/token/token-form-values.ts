import { type CreateApiTokenInput, CreateApiTokenInputSchema, type TokenScope } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';

/** What the new-token form holds: the expiry is a calendar day, or blank for a token that never expires. */
export interface TokenFormValues {
  name: string;
  scopes: TokenScope[];
  expiresAt: string;
}

/**
 * What creating the token sends. A token chosen to expire on a day works through the end of that day where the
 * admin is, so "expires 31 December" never stops on the 30th in another time zone's evening.
 */
export function tokenInputOf(values: TokenFormValues): CreateApiTokenInput {
  const day = values.expiresAt.trim();
  const end = day === '' ? undefined : new Date(`${day}T23:59:59`);
  return {
    name: values.name,
    scopes: values.scopes,
    ...(end === undefined ? {} : { expiresAt: Number.isNaN(end.getTime()) ? day : end.toISOString() }),
  };
}

/** The form's resolver: core's create schema over what would be sent, so the form refuses what the API refuses. */
export function tokenResolver(): Resolver<TokenFormValues> {
  const check = zodResolver(CreateApiTokenInputSchema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(tokenInputOf(values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}
