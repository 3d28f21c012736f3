import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

// Two-factor sign-in, password resets and the portal's sign-in rules. Recovery codes and reset tokens are kept
// only as hashes, like session secrets; the TOTP secret itself must be kept, since codes are computed from it.

/** Adds the two-factor columns to users, and the recovery codes, password resets and security settings tables. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  // A secret being set up: it replaces two_factor_secret only once a code made from it is confirmed.
  await db.schema.alterTable('users').addColumn('two_factor_pending_secret', 'text').execute();
  // The newest 30-second step a code was accepted for: a code of that step or an earlier one is never taken again.
  await db.schema.alterTable('users').addColumn('two_factor_last_step', 'integer').execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('password_resets_user').on('password_resets').column('user_id').execute();

  // One row per setting, its value as JSON: a portal-wide rule is one read, and a new one needs no migration.
  await db.schema
    .createTable('security_settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
