import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { LocalDateSchema } from '../calendar/local-date.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';

/**
 * What the audit log records: sign-ins and failures, two-factor and password changes, account and token changes,
 * publishing, and the creation, change and deletion of what admins manage (accounts, redirects, site alerts, sections).
 */
export const AuditActionSchema = z
  .enum([
    'sign-in',
    'sign-in-failed',
    'role-changed',
    'published',
    'unpublished',
    'deleted',
    'token-used',
    // Two-factor sign-in and passwords (the mandatory rule is two actions, since details name no setting).
    'two-factor-enabled',
    'two-factor-disabled',
    'recovery-code-used',
    'two-factor-made-mandatory',
    'two-factor-made-optional',
    'password-changed',
    'password-reset-issued',
    'password-reset',
    // What admins manage: the entry's target type says what was created, changed or deleted.
    'created',
    'changed',
    'account-disabled',
    'account-enabled',
    'token-created',
    'token-revoked',
  ])
  .meta({ id: 'AuditAction' });
/** One kind of audited event. */
export type AuditAction = z.infer<typeof AuditActionSchema>;

const RoleSnapshotSchema = z.strictObject({ role: z.string(), locales: z.array(z.string()) });

/** What an entry says besides who and what: the fields each action records, and no others. */
export const AuditDetailsSchema = z
  .strictObject({
    email: z.string().optional().describe('The email a sign-in was tried with'),
    slug: z.string().optional(),
    status: z.string().optional(),
    locales: z.array(z.string()).optional().describe('The locales published or unpublished'),
    name: z.string().optional().describe("A token's name"),
    from: RoleSnapshotSchema.optional(),
    to: RoleSnapshotSchema.optional(),
  })
  .meta({ id: 'AuditDetails' });
/** What an audit entry says besides who and what. */
export type AuditDetails = z.infer<typeof AuditDetailsSchema>;

/**
 * One entry of the append-only audit log. `hash` is SHA-256 over the previous entry's hash and this entry's
 * fields, so changing or removing any entry breaks every hash after it.
 */
export const AuditEntrySchema = z
  .object({
    seq: z.int().positive(),
    at: TimestampSchema,
    action: AuditActionSchema,
    actorId: z.uuid().nullable().describe('The member of staff who acted (for a token, its creator); null for the system or a stranger'),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    address: z.string().nullable().describe('The client address the request came from'),
    details: AuditDetailsSchema,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: 'AuditEntry' });
/** One audit log entry. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Filters for reading the audit log, newest first: by action, actor, the thing acted on, and UTC days. */
export const AuditListQuerySchema = z
  .strictObject({
    action: AuditActionSchema.optional(),
    actorId: z.uuid().optional(),
    entityType: z.string().min(1).max(40).optional().describe('What kind of thing the entries are about: user, token, redirect, site-alert, section, article…'),
    entityId: z.string().min(1).max(200).optional().describe('The one thing the entries are about; best with entityType'),
    from: LocalDateSchema.optional().describe('First day, UTC'),
    to: LocalDateSchema.optional().describe('Last day, UTC'),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .meta({ id: 'AuditListQuery' });
/** Filters for reading the audit log. */
export type AuditListQuery = z.input<typeof AuditListQuerySchema>;

/** A page of the audit log. */
export const AuditPageSchema = cursorPage(AuditEntrySchema).meta({ id: 'AuditPage' });
/** A page of the audit log. */
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** Whether the chain of hashes holds, and where it first breaks if not. */
export const AuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.int().nonnegative(),
    brokenAt: z.int().positive().nullable().describe('The first entry whose hash or sequence does not follow'),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditVerification' });
/** The audit log's verification. */
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
